/**
 * Admins' centre tools: list, create, and edit a centre's facts (names, kind, in Lombardy or a
 * partner abroad with its country, city, address,
 * website, IRCCS status, ROR ID, parent, descriptions) and its numbered sources and sourced
 * facts. Callers check the ADMIN role (routes use `requireUserWithRole`); every change writes
 * an AuditEvent ("centre.create", "centre.update") in the same transaction.
 */
import type { Prisma } from "~/generated/prisma/client";
import type { CentreInput } from "~/catalogue/centre-validation";
import { settleHomeCentreStaff } from "~/accounts/home-centre.server";
import { prisma } from "~/platform/db.server";

/** Every centre with what the admin list shows, by name. */
export async function listCentresForAdminPage() {
  return prisma.centre.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      nameIt: true,
      kind: true,
      country: true,
      city: true,
      updatedAt: true,
      _count: { select: { facts: true, sources: true, opportunities: true, coordinators: true } },
    },
  });
}

const editSelect = {
  id: true,
  slug: true,
  name: true,
  nameIt: true,
  kind: true,
  country: true,
  city: true,
  address: true,
  website: true,
  irccs: true,
  rorId: true,
  emailDomains: true,
  parentId: true,
  descriptionEn: true,
  descriptionIt: true,
  updatedAt: true,
  facts: { orderBy: { position: "asc" }, select: { textEn: true, textIt: true, sourceNs: true } },
  sources: { orderBy: { n: "asc" }, select: { n: true, url: true, title: true, date: true, kind: true } },
} satisfies Prisma.CentreSelect;

export type CentreForAdmin = Prisma.CentreGetPayload<{ select: typeof editSelect }>;

/** One centre with its facts and sources, or null. */
export async function getCentreForAdmin(slug: string): Promise<CentreForAdmin | null> {
  return prisma.centre.findUnique({ where: { slug }, select: editSelect });
}

/** The form's value of a saved centre. */
export function centreFormValue(c: CentreForAdmin) {
  return {
    slug: c.slug,
    version: c.updatedAt.toISOString(),
    name: c.name,
    nameIt: c.nameIt,
    kind: c.kind,
    location: c.country ? "abroad" : "lombardy",
    country: c.country ?? undefined,
    city: c.city,
    address: c.address ?? undefined,
    website: c.website ?? undefined,
    irccs: c.irccs === true ? "yes" : c.irccs === false ? "no" : "unconfirmed",
    rorId: c.rorId ?? undefined,
    emailDomains: c.emailDomains.length ? c.emailDomains.join(", ") : undefined,
    parentId: c.parentId ?? undefined,
    descriptionEn: c.descriptionEn,
    descriptionIt: c.descriptionIt,
    sources: c.sources.map((s) => ({
      n: String(s.n),
      url: s.url,
      title: s.title,
      date: s.date ?? undefined,
      kind: s.kind ?? undefined,
    })),
    facts: c.facts.map((f) => ({ textEn: f.textEn, textIt: f.textIt, sources: f.sourceNs.join(", ") })),
  };
}

/**
 * Centres that may be chosen as the parent of `centreId` (all of them for a new centre):
 * never the centre itself or one below it.
 */
export async function listParentOptions(centreId?: string) {
  const all = await prisma.centre.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, nameIt: true, parentId: true },
  });
  if (!centreId) return all.map(({ id, name, nameIt }) => ({ id, name, nameIt }));
  const below = new Set<string>([centreId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of all) {
      if (c.parentId && below.has(c.parentId) && !below.has(c.id)) {
        below.add(c.id);
        grew = true;
      }
    }
  }
  return all.filter((c) => !below.has(c.id)).map(({ id, name, nameIt }) => ({ id, name, nameIt }));
}

/** True when `parentId` exists and `centreId` is not it or one of its ancestors (no cycle). */
async function parentAllowed(
  tx: Prisma.TransactionClient,
  parentId: string,
  centreId: string | null,
): Promise<boolean> {
  let current: string | null = parentId;
  for (let steps = 0; current && steps < 100; steps++) {
    if (current === centreId) return false;
    const row: { parentId: string | null } | null = await tx.centre.findUnique({
      where: { id: current },
      select: { parentId: true },
    });
    if (!row) return steps > 0; // the parent itself must exist
    current = row.parentId;
  }
  return true;
}

function centreData(input: CentreInput) {
  return {
    name: input.name,
    nameIt: input.nameIt,
    kind: input.kind,
    country: input.country,
    city: input.city,
    address: input.address,
    website: input.website,
    irccs: input.irccs,
    rorId: input.rorId,
    emailDomains: input.emailDomains,
    parentId: input.parentId,
    descriptionEn: input.descriptionEn,
    descriptionIt: input.descriptionIt,
  };
}

const factRows = (centreId: string, input: CentreInput) =>
  input.facts.map((f, i) => ({ centreId, position: i + 1, textEn: f.textEn, textIt: f.textIt, sourceNs: f.sources }));
const sourceRows = (centreId: string, input: CentreInput) =>
  input.sources.map((s) => ({ centreId, n: s.n, url: s.url, title: s.title, date: s.date, kind: s.kind }));

export type CentreSaveResult =
  | { status: "ok"; slug: string }
  | { status: "not-found" }
  | { status: "stale" }
  | { status: "slug-taken" }
  | { status: "parent-invalid" };

/** Creates a centre with its sources and facts (no working languages yet, 21-day response time). */
export async function createCentre(actorId: string, slug: string, input: CentreInput): Promise<CentreSaveResult> {
  try {
    return await prisma.$transaction(async (tx): Promise<CentreSaveResult> => {
      if (await tx.centre.findUnique({ where: { slug }, select: { id: true } })) return { status: "slug-taken" };
      if (input.parentId && !(await parentAllowed(tx, input.parentId, null))) return { status: "parent-invalid" };
      const centre = await tx.centre.create({
        data: { ...centreData(input), slug, languages: [] },
        select: { id: true },
      });
      await tx.centreSource.createMany({ data: sourceRows(centre.id, input) });
      await tx.centreFact.createMany({ data: factRows(centre.id, input) });
      await tx.auditEvent.create({ data: { actorId, action: "centre.create", subject: centre.id, data: { slug } } });
      return { status: "ok", slug };
    });
  } catch (error) {
    // Two admins creating the same slug at once: the unique index decides.
    if ((error as { code?: string } | null)?.code === "P2002") return { status: "slug-taken" };
    throw error;
  }
}

/**
 * Saves a centre's facts, sources and descriptions (the slug stays). `input.version`, when
 * given, must be the `updatedAt` the form was loaded with (else "stale", nothing changes).
 */
export async function updateCentre(actorId: string, slug: string, input: CentreInput): Promise<CentreSaveResult> {
  return prisma.$transaction(async (tx): Promise<CentreSaveResult> => {
    const rows = await tx.$queryRaw<{ id: string; updatedAt: Date }[]>`
      SELECT "id", "updatedAt" FROM "Centre" WHERE "slug" = ${slug} FOR NO KEY UPDATE`;
    if (!rows.length) return { status: "not-found" };
    const id = rows[0].id;
    if (input.version && input.version !== new Date(rows[0].updatedAt).toISOString()) return { status: "stale" };
    if (input.parentId && !(await parentAllowed(tx, input.parentId, id))) return { status: "parent-invalid" };

    const before = await tx.centre.findUniqueOrThrow({ where: { id }, select: editSelect });
    const data = centreData(input);
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(data[k]),
    ) as string[];
    await tx.centre.update({ where: { id }, data, select: { id: true } });
    // New or removed institutional domains verify, or stop verifying, its staff (decision 0035).
    if (changed.includes("emailDomains")) await settleHomeCentreStaff(tx, id);

    const sourcesNow = JSON.stringify(sourceRows(id, input).map(({ centreId: _c, ...s }) => s));
    if (JSON.stringify(before.sources) !== sourcesNow) {
      changed.push("sources");
      await tx.centreSource.deleteMany({ where: { centreId: id } });
      await tx.centreSource.createMany({ data: sourceRows(id, input) });
    }
    const factsNow = JSON.stringify(
      input.facts.map((f) => ({ textEn: f.textEn, textIt: f.textIt, sourceNs: f.sources })),
    );
    if (JSON.stringify(before.facts) !== factsNow) {
      changed.push("facts");
      await tx.centreFact.deleteMany({ where: { centreId: id } });
      await tx.centreFact.createMany({ data: factRows(id, input) });
    }
    await tx.auditEvent.create({
      data: { actorId, action: "centre.update", subject: id, data: { changed, by: "admin" } },
    });
    return { status: "ok", slug };
  });
}
