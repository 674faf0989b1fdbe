/**
 * Loads the interest taxonomy and the Lombardy catalogue into the database.
 *
 * Idempotent (running it twice changes nothing): topics are upserted from the versioned
 * taxonomy file; centres, their facts and sources, and the example opportunities are
 * created when missing (by slug / seed key) and never overwritten, because coordinators
 * and admins own them once they exist. A hash of both data files is kept in `AppMeta`, so
 * an unchanged catalogue costs one query.
 *
 * The example opportunities' and example events' (prisma/data/events.ts) dates are yearly
 * (`MM-DD`) and land at their next occurrence on the seed day (`now`, UTC): no example is
 * seeded closed or past, whatever the day. The daily job of
 * app/catalogue/example-dates.server.ts keeps them open afterwards. Example events are
 * created when missing (by seed key), like the example opportunities.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Prisma, PrismaClient } from "../app/generated/prisma/client";
import { centres as catalogue, CATALOGUE_VERSION } from "./data/catalogue";
import { exampleEvents } from "./data/events";
import type { CentreSeed, EventSeed, OpportunitySeed, TaxonomyFile } from "./data/types";
import { exampleEventTimes, resolveYearlyEvent, resolveYearlySchedule } from "../app/catalogue/example-dates";
import { isoDateOfInstant, type IsoDate } from "../app/platform/calendar";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The taxonomy file, parsed. */
export function readTaxonomy(): TaxonomyFile {
  return JSON.parse(fs.readFileSync(path.join(here, "data", "taxonomy.json"), "utf8")) as TaxonomyFile;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export interface SeedSummary {
  skipped: boolean;
  topics: number;
  centresCreated: number;
  opportunitiesCreated: number;
  eventsCreated: number;
}

function dataHash(taxonomy: TaxonomyFile): string {
  return createHash("sha256")
    .update(JSON.stringify({ taxonomy, catalogue, exampleEvents, CATALOGUE_VERSION }))
    .digest("hex");
}

/** Topics parent-first, so each parent exists before its children. */
function parentFirst(taxonomy: TaxonomyFile) {
  const byKey = new Map(taxonomy.topics.map((t) => [t.key, t]));
  const depth = (key: string): number => {
    let d = 0;
    let cur = byKey.get(key);
    while (cur?.parentKey) {
      d += 1;
      cur = byKey.get(cur.parentKey);
    }
    return d;
  };
  return taxonomy.topics.map((t) => ({ ...t, depth: depth(t.key) })).sort((a, b) => a.depth - b.depth);
}

function opportunityData(o: OpportunitySeed, centreId: string, today: IsoDate): Prisma.OpportunityCreateInput {
  const dated = resolveYearlySchedule(o, today);
  return {
    seedKey: o.key,
    centre: { connect: { id: centreId } },
    type: o.type,
    status: "PUBLISHED",
    isExample: true,
    titleEn: o.titleEn,
    titleIt: o.titleIt,
    descriptionEn: o.descriptionEn,
    descriptionIt: o.descriptionIt,
    professions: o.professions,
    careerStages: o.careerStages,
    seats: o.seats,
    minDays: o.minDays,
    maxDays: o.maxDays,
    deadline: dated.deadline ? day(dated.deadline) : null,
    topics: { create: [...new Set(o.topics)].map((topicId) => ({ topic: { connect: { id: topicId } } })) },
    languages: { create: o.languages.map((l) => ({ code: l.code, minLevel: l.level })) },
    windows: { create: dated.windows.map((w) => ({ startDate: day(w.start), endDate: day(w.end) })) },
    cohorts: {
      create: dated.cohorts.map((c) => ({
        key: c.key,
        name: c.name,
        startDate: day(c.start),
        endDate: day(c.end),
        seats: c.seats,
      })),
    },
    questions: { create: (o.questions ?? []).map((q, i) => ({ position: i + 1, textEn: q.en, textIt: q.it })) },
  };
}

function eventData(e: EventSeed, centreIds: Map<string, string>, today: IsoDate): Prisma.EventCreateInput {
  const times = exampleEventTimes(resolveYearlyEvent(e, today), e.times);
  return {
    seedKey: e.key,
    kind: e.kind,
    status: "PUBLISHED",
    isExample: true,
    titleEn: e.titleEn,
    titleIt: e.titleIt,
    descriptionEn: e.descriptionEn,
    descriptionIt: e.descriptionIt,
    ...times,
    online: e.online,
    venue: e.venue,
    address: e.address,
    city: e.city,
    languages: e.languages,
    capacity: e.capacity,
    feeKind: e.fee,
    publishedAt: new Date(),
    centres: {
      create: e.centres.map((slug, i) => {
        const id = centreIds.get(slug);
        if (!id) throw new Error(`event ${e.key}: unknown centre ${slug}`);
        return { centre: { connect: { id } }, lead: i === 0 };
      }),
    },
    topics: { create: [...new Set(e.topics)].map((topicId) => ({ topic: { connect: { id: topicId } } })) },
  };
}

async function createCentre(tx: Prisma.TransactionClient, c: CentreSeed, parentId: string | null) {
  return tx.centre.create({
    data: {
      slug: c.slug,
      name: c.name,
      nameIt: c.nameIt,
      kind: c.kind,
      country: c.country ?? null,
      city: c.city,
      address: c.address,
      website: c.website,
      irccs: c.irccs,
      rorId: c.rorId ?? null,
      descriptionEn: c.descriptionEn,
      descriptionIt: c.descriptionIt,
      languages: c.languages,
      parentId,
      sources: {
        create: c.sources.map((s) => ({
          n: s.n,
          url: s.url,
          title: s.title,
          date: s.date ?? null,
          kind: s.kind ?? null,
        })),
      },
      facts: { create: c.facts.map((f, i) => ({ position: i + 1, textEn: f.en, textIt: f.it, sourceNs: f.sources })) },
      topics: { create: [...new Set(c.topics)].map((topicId) => ({ topicId })) },
    },
    select: { id: true },
  });
}

/**
 * Seeds taxonomy and catalogue; see the module docs for what "idempotent" means here. The
 * examples' yearly dates are resolved against `now`'s UTC day.
 * @throws when a data file references an unknown topic or parent (the transaction rolls back).
 */
export async function seedDatabase(prisma: PrismaClient, now: Date = new Date()): Promise<SeedSummary> {
  const today = isoDateOfInstant(now);
  const taxonomy = readTaxonomy();
  const hash = dataHash(taxonomy);
  const stored = await prisma.appMeta.findUnique({ where: { key: "seed.hash" } });
  if (stored?.value === hash)
    return {
      skipped: true,
      topics: taxonomy.topics.length,
      centresCreated: 0,
      opportunitiesCreated: 0,
      eventsCreated: 0,
    };

  return prisma.$transaction(
    async (tx) => {
      for (const t of parentFirst(taxonomy)) {
        const data = {
          parentId: t.parentKey,
          depth: t.depth,
          labelEn: t.labelEn,
          labelIt: t.labelIt,
          synonymsEn: t.synonymsEn,
          synonymsIt: t.synonymsIt,
          meshTreeNumber: t.meshTreeNumber,
          meshUi: t.meshUi,
        };
        await tx.topic.upsert({ where: { id: t.key }, create: { id: t.key, ...data }, update: data });
      }

      const existing = new Map(
        (await tx.centre.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id] as const),
      );
      let centresCreated = 0;
      // Parents before children.
      const ordered = [...catalogue].sort((a, b) => Number(Boolean(a.parentSlug)) - Number(Boolean(b.parentSlug)));
      for (const c of ordered) {
        if (existing.has(c.slug)) continue;
        const parentId = c.parentSlug ? (existing.get(c.parentSlug) ?? null) : null;
        if (c.parentSlug && !parentId) throw new Error(`centre ${c.slug}: unknown parent ${c.parentSlug}`);
        const created = await createCentre(tx, c, parentId);
        existing.set(c.slug, created.id);
        centresCreated += 1;
      }

      const keys = new Set(
        (await tx.opportunity.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true } })).map(
          (o) => o.seedKey,
        ),
      );
      // Examples a coordinator deleted stay deleted (the audit event keeps the seed key; decision 0026).
      for (const e of await tx.auditEvent.findMany({
        where: { action: "opportunity.delete" },
        select: { data: true },
      })) {
        const key = (e.data as { seedKey?: unknown } | null)?.seedKey;
        if (typeof key === "string") keys.add(key);
      }
      let opportunitiesCreated = 0;
      for (const c of catalogue) {
        for (const o of c.opportunities) {
          if (keys.has(o.key)) continue;
          await tx.opportunity.create({ data: opportunityData(o, existing.get(c.slug)!, today), select: { id: true } });
          opportunitiesCreated += 1;
        }
      }

      const eventKeys = new Set(
        (await tx.event.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true } })).map(
          (e) => e.seedKey,
        ),
      );
      let eventsCreated = 0;
      for (const e of exampleEvents) {
        if (eventKeys.has(e.key)) continue;
        await tx.event.create({ data: eventData(e, existing, today), select: { id: true } });
        eventsCreated += 1;
      }

      for (const [key, value] of [
        ["seed.hash", hash],
        ["taxonomy.version", taxonomy.version],
        ["catalogue.version", CATALOGUE_VERSION],
      ] as const) {
        await tx.appMeta.upsert({ where: { key }, create: { key, value }, update: { value } });
      }
      return { skipped: false, topics: taxonomy.topics.length, centresCreated, opportunitiesCreated, eventsCreated };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
