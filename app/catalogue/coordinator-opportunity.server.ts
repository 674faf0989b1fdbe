/**
 * The coordinators' tools on the database: their centre's details, its opportunities
 * (create, edit, publish, close, back to draft) and each opportunity's seat calendar.
 *
 * Authorization lives in every query's `where` clause (docs/architecture.md): a coordinator
 * reaches only opportunities and centres with `coordinators.some({userId})`, an admin any.
 * Anything outside that scope is "not found", so its existence does not leak.
 *
 * Seat safety (issue 5, item 9): saving an opportunity first locks its row, and its cohorts'
 * rows, with `SELECT … FOR NO KEY UPDATE`, which conflicts with the `FOR UPDATE` that an
 * approval takes (app/requests/apply.server.ts) but not with the key-share locks of new
 * requests' foreign keys; then it counts the approved requests and refuses any change that
 * would leave one of them without a seat, a window or a cohort (app/catalogue/opportunity-capacity.ts),
 * all in one READ COMMITTED transaction. So an approval cannot slip in between the check
 * and the update.
 *
 * The matcher's index needs no call here: database triggers bump `AppMeta`
 * "catalogue.revision" on every change to these tables (migration 20261129124952).
 */
import { randomBytes } from "node:crypto";
import type { OpportunityStatus, Prisma } from "~/generated/prisma/client";
import { isoDateOfInstant, type DateRange } from "~/platform/calendar";
import { prisma } from "~/platform/db.server";
import { dateFromIso, isoFromDate } from "~/platform/dates";
import {
  capacityProblems,
  seatCalendarMonths,
  type CapacityPlan,
  type CapacityProblem,
} from "~/catalogue/opportunity-capacity";
import { publishProblems, type CentreDetailsInput, type OpportunityInput } from "~/catalogue/opportunity-validation";
import { amountText, missingPracticalFacts, parseAmount } from "~/catalogue/practical-facts";
import { practicalColumns } from "~/catalogue/opportunity.server";
import type { Staff } from "~/accounts/staff.server";
import { cohortTaken, onSiteRuns } from "~/requests";
import { listApprovedStays } from "~/requests/seats.server";

type Tx = Prisma.TransactionClient;

/** Centres the person may manage. */
function centreScope(staff: Staff): Prisma.CentreWhereInput {
  return staff.isAdmin ? {} : { coordinators: { some: { userId: staff.id } } };
}

/** Opportunities the person may manage. */
function opportunityScope(staff: Staff): Prisma.OpportunityWhereInput {
  return staff.isAdmin ? {} : { centre: { coordinators: { some: { userId: staff.id } } } };
}

/** One audit event in `tx` (AuditEvent; actions "centre.update", "opportunity.*"). */
async function audit(tx: Tx, actorId: string, action: string, subject: string, data: Prisma.InputJsonValue) {
  await tx.auditEvent.create({ data: { actorId, action, subject, data } });
}

const range = (r: { startDate: Date; endDate: Date }): DateRange => ({
  start: isoFromDate(r.startDate),
  end: isoFromDate(r.endDate),
});

// ─── The centre ─────────────────────────────────────────────────────────────

/** A centre the person manages, with its opportunities (every status); null if none such. */
export async function getManagedCentre(staff: Staff, slug: string) {
  return prisma.centre.findFirst({
    where: { slug, ...centreScope(staff) },
    select: {
      id: true,
      slug: true,
      name: true,
      nameIt: true,
      descriptionEn: true,
      descriptionIt: true,
      languages: true,
      responseTimeDays: true,
      opportunities: {
        orderBy: [{ status: "asc" }, { titleEn: "asc" }],
        select: {
          id: true,
          type: true,
          status: true,
          titleEn: true,
          titleIt: true,
          seats: true,
          deadline: true,
          isExample: true,
          windows: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
          cohorts: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
          _count: { select: { requests: { where: { status: "APPROVED" } } } },
        },
      },
    },
  });
}

/**
 * Saves a managed centre's descriptions, working languages and response time.
 * @returns false when the centre is unknown or not the person's (nothing changes).
 */
export async function updateCentreDetails(staff: Staff, slug: string, input: CentreDetailsInput): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const where = { slug, ...centreScope(staff) };
    const before = await tx.centre.findFirst({
      where,
      select: { id: true, descriptionEn: true, descriptionIt: true, languages: true, responseTimeDays: true },
    });
    if (!before) return false;
    const { count } = await tx.centre.updateMany({ where: { id: before.id, ...centreScope(staff) }, data: input });
    if (!count) return false;
    const changed = (Object.keys(input) as (keyof CentreDetailsInput)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(input[k]),
    );
    await audit(tx, staff.id, "centre.update", before.id, { changed, by: "coordinator" });
    return true;
  });
}

// ─── One opportunity ────────────────────────────────────────────────────────

/** The practical-fact columns of a parsed form: dependent details only with what they depend on. */
function practicalData(input: OpportunityInput) {
  const paid = input.feeKind === "PAID" && input.feeCurrency && input.feeAmount;
  const minor = paid ? parseAmount(input.feeAmount!, input.feeCurrency!) : null;
  const docs = input.documents;
  return {
    feeKind: input.feeKind,
    feeAmountMinor: typeof minor === "number" ? minor : null,
    feeCurrency: paid ? input.feeCurrency : null,
    feeCoversEn: input.feeCoversEn,
    feeCoversIt: input.feeCoversIt,
    visitorScope: input.visitorScope,
    requiredDocuments: docs,
    recommendationLetters: docs.includes("RECOMMENDATION_LETTERS") ? input.recommendationLetters : null,
    vaccines: docs.includes("IMMUNISATION_RECORD") ? input.vaccines : null,
    otherDocument: docs.includes("OTHER") ? input.otherDocument : null,
    visaLetter: input.visaLetter,
    housingTravelEn: input.housingTravelEn,
    housingTravelIt: input.housingTravelIt,
    workingHoursEn: input.workingHoursEn,
    workingHoursIt: input.workingHoursIt,
    dressCodeEn: input.dressCodeEn,
    dressCodeIt: input.dressCodeIt,
    contactName: input.contactName,
    contactRole: input.contactRole,
    contactEmail: input.contactEmail,
  };
}

const editSelect = {
  id: true,
  status: true,
  type: true,
  isExample: true,
  titleEn: true,
  titleIt: true,
  descriptionEn: true,
  descriptionIt: true,
  professions: true,
  careerStages: true,
  seats: true,
  minDays: true,
  maxDays: true,
  deadline: true,
  updatedAt: true,
  ...practicalColumns,
  centre: { select: { id: true, slug: true, name: true, nameIt: true } },
  topics: { select: { topicId: true } },
  languages: { select: { code: true, minLevel: true }, orderBy: { code: "asc" } },
  windows: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
  cohorts: {
    select: {
      id: true,
      key: true,
      name: true,
      startDate: true,
      endDate: true,
      seats: true,
      _count: { select: { requests: true } },
    },
    orderBy: { startDate: "asc" },
  },
  questions: {
    select: { id: true, textEn: true, textIt: true, _count: { select: { answers: true } } },
    orderBy: { position: "asc" },
  },
  _count: { select: { requests: true } },
} satisfies Prisma.OpportunitySelect;

export type OpportunityForEdit = Prisma.OpportunityGetPayload<{ select: typeof editSelect }>;

/** An opportunity the person manages, with everything its form shows; null if none such. */
export async function getOpportunityForEdit(staff: Staff, id: string): Promise<OpportunityForEdit | null> {
  return prisma.opportunity.findFirst({ where: { id, ...opportunityScope(staff) }, select: editSelect });
}

/** The form's value of a saved opportunity (strings and lists, as Conform posts them). */
export function formValueOf(o: OpportunityForEdit) {
  return {
    version: o.updatedAt.toISOString(),
    type: o.type,
    titleEn: o.titleEn,
    titleIt: o.titleIt,
    descriptionEn: o.descriptionEn,
    descriptionIt: o.descriptionIt,
    topics: o.topics.map((t) => t.topicId),
    professions: o.professions,
    careerStages: o.careerStages,
    languages: o.languages.map((l) => ({ code: l.code, level: l.minLevel })),
    seats: String(o.seats),
    minDays: String(o.minDays),
    maxDays: String(o.maxDays),
    deadline: o.deadline ? isoFromDate(o.deadline) : undefined,
    windows: o.windows.map(range),
    cohorts: o.cohorts.map((c) => ({ id: c.id, name: c.name, ...range(c), seats: String(c.seats) })),
    questions: o.questions.map((q) => ({ id: q.id, textEn: q.textEn, textIt: q.textIt })),
    feeKind: o.feeKind ?? undefined,
    feeAmount: o.feeAmountMinor !== null && o.feeCurrency ? amountText(o.feeAmountMinor, o.feeCurrency) : undefined,
    feeCurrency: o.feeCurrency ?? undefined,
    feeCoversEn: o.feeCoversEn ?? undefined,
    feeCoversIt: o.feeCoversIt ?? undefined,
    visitorScope: o.visitorScope ?? undefined,
    documents: o.requiredDocuments,
    recommendationLetters: o.recommendationLetters === null ? undefined : String(o.recommendationLetters),
    vaccines: o.vaccines ?? undefined,
    otherDocument: o.otherDocument ?? undefined,
    visaLetter: o.visaLetter === null ? undefined : o.visaLetter ? "yes" : "no",
    housingTravelEn: o.housingTravelEn ?? undefined,
    housingTravelIt: o.housingTravelIt ?? undefined,
    workingHoursEn: o.workingHoursEn ?? undefined,
    workingHoursIt: o.workingHoursIt ?? undefined,
    dressCodeEn: o.dressCodeEn ?? undefined,
    dressCodeIt: o.dressCodeIt ?? undefined,
    contactName: o.contactName ?? undefined,
    contactRole: o.contactRole ?? undefined,
    contactEmail: o.contactEmail ?? undefined,
  };
}

/** A new cohort's stable key: its name as a slug plus a short random suffix. */
function cohortKey(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "cohort"}-${randomBytes(3).toString("hex")}`;
}

function scalarData(input: OpportunityInput) {
  return {
    type: input.type,
    titleEn: input.titleEn,
    titleIt: input.titleIt,
    descriptionEn: input.descriptionEn,
    descriptionIt: input.descriptionIt,
    professions: input.professions,
    careerStages: input.careerStages,
    seats: input.seats,
    minDays: input.minDays,
    maxDays: input.maxDays,
    deadline: input.deadline ? dateFromIso(input.deadline) : null,
    ...practicalData(input),
  };
}

/**
 * Creates a DRAFT opportunity at a centre the person manages.
 * @returns the new id, or null when the centre is unknown or not the person's.
 */
export async function createOpportunity(
  staff: Staff,
  centreSlug: string,
  input: OpportunityInput,
): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const centre = await tx.centre.findFirst({
      where: { slug: centreSlug, ...centreScope(staff) },
      select: { id: true },
    });
    if (!centre) return null;
    const created = await tx.opportunity.create({
      data: {
        ...scalarData(input),
        centreId: centre.id,
        status: "DRAFT",
        topics: { create: input.topics.map((topicId) => ({ topicId })) },
        languages: { create: input.languages.map((l) => ({ code: l.code, minLevel: l.level })) },
        windows: {
          create: input.windows.map((w) => ({ startDate: dateFromIso(w.start), endDate: dateFromIso(w.end) })),
        },
        cohorts: {
          create: input.cohorts.map((c) => ({
            key: cohortKey(c.name),
            name: c.name,
            startDate: dateFromIso(c.start),
            endDate: dateFromIso(c.end),
            seats: c.seats,
          })),
        },
        questions: { create: input.questions.map((q, i) => ({ position: i + 1, textEn: q.textEn, textIt: q.textIt })) },
      },
      select: { id: true },
    });
    await audit(tx, staff.id, "opportunity.create", created.id, { centreId: centre.id, title: input.titleEn });
    return created.id;
  });
}

export type UpdateResult =
  | { status: "ok" }
  | { status: "not-found" }
  /** Someone saved the opportunity after this form was loaded. */
  | { status: "stale" }
  /** A posted cohort or question id is not one of this opportunity's. */
  | { status: "invalid-row" }
  | { status: "refused"; problems: CapacityProblem[]; answeredQuestions: number[] };

interface LockedRow {
  id: string;
  status: OpportunityStatus;
  updatedAt: Date;
}

/**
 * Locks the opportunity (when the person may manage it) and its cohorts for the rest of `tx`.
 * @returns the locked row, or null when unknown or not the person's.
 */
async function lockOpportunity(tx: Tx, staff: Staff, id: string): Promise<LockedRow | null> {
  const rows = await tx.$queryRaw<LockedRow[]>`
    SELECT o."id", o."status"::text AS "status", o."updatedAt"
      FROM "Opportunity" o
     WHERE o."id" = ${id}
       AND (${staff.isAdmin}::boolean
            OR EXISTS (SELECT 1 FROM "CentreCoordinator" cc WHERE cc."centreId" = o."centreId" AND cc."userId" = ${staff.id}))
       FOR NO KEY UPDATE OF o`;
  if (!rows.length) return null;
  await tx.$queryRaw`SELECT "id" FROM "Cohort" WHERE "opportunityId" = ${id} ORDER BY "id" FOR NO KEY UPDATE`;
  return { ...rows[0], updatedAt: new Date(rows[0].updatedAt) };
}

/**
 * Saves the whole opportunity form, refusing (and changing nothing) when the change would
 * leave an approved request without a seat, a window or its cohort, or remove a cohort
 * with requests or a question with answers. See the module docs for the locking.
 */
export async function updateOpportunity(
  staff: Staff,
  id: string,
  input: OpportunityInput,
  { adopt = false }: { adopt?: boolean } = {},
): Promise<UpdateResult> {
  try {
    return await prisma.$transaction(async (tx): Promise<UpdateResult> => {
      const locked = await lockOpportunity(tx, staff, id);
      if (!locked) return { status: "not-found" };
      if (input.version && input.version !== locked.updatedAt.toISOString()) return { status: "stale" };

      const saved = await tx.opportunity.findUniqueOrThrow({ where: { id }, select: editSelect });
      const savedCohortIds = new Set(saved.cohorts.map((c) => c.id));
      const savedQuestionIds = new Set(saved.questions.map((q) => q.id));
      if (input.cohorts.some((c) => c.id && !savedCohortIds.has(c.id))) return { status: "invalid-row" };
      if (input.questions.some((q) => q.id && !savedQuestionIds.has(q.id))) return { status: "invalid-row" };
      if (new Set(input.cohorts.map((c) => c.id).filter(Boolean)).size !== input.cohorts.filter((c) => c.id).length)
        return { status: "invalid-row" };
      if (new Set(input.questions.map((q) => q.id).filter(Boolean)).size !== input.questions.filter((q) => q.id).length)
        return { status: "invalid-row" };

      const approved = await tx.request.findMany({
        where: { opportunityId: id, status: "APPROVED" },
        select: { startDate: true, endDate: true, cohortId: true },
      });
      const savedPlan: CapacityPlan = {
        seats: saved.seats,
        windows: saved.windows.map(range),
        cohorts: saved.cohorts.map((c) => ({ id: c.id, name: c.name, seats: c.seats, ...range(c) })),
      };
      const nextPlan: CapacityPlan = {
        seats: input.seats,
        windows: input.windows,
        cohorts: input.cohorts.map((c) => ({
          id: c.id ?? null,
          name: c.name,
          seats: c.seats,
          start: c.start,
          end: c.end,
        })),
      };
      const problems = capacityProblems(
        savedPlan,
        nextPlan,
        approved.map((a) => ({ ...range(a), cohortId: a.cohortId })),
        new Map(saved.cohorts.map((c) => [c.id, c._count.requests])),
      );
      const keptQuestions = new Set(input.questions.map((q) => q.id).filter(Boolean));
      const answeredQuestions = saved.questions.flatMap((q, i) =>
        !keptQuestions.has(q.id) && q._count.answers > 0 ? [i] : [],
      );
      if (problems.length || answeredQuestions.length) return { status: "refused", problems, answeredQuestions };

      // Apply. Every statement is scoped to this (locked, authorised) opportunity.
      // Adopting an example makes it the centre's real programme (the caller checked every required fact).
      await tx.opportunity.update({
        where: { id },
        data: { ...scalarData(input), ...(adopt ? { isExample: false } : {}) },
        select: { id: true },
      });

      const savedTopics = saved.topics.map((t) => t.topicId);
      const topicsChanged = JSON.stringify([...savedTopics].sort()) !== JSON.stringify([...input.topics].sort());
      if (topicsChanged) {
        await tx.opportunityTopic.deleteMany({ where: { opportunityId: id } });
        await tx.opportunityTopic.createMany({ data: input.topics.map((topicId) => ({ opportunityId: id, topicId })) });
      }
      const languagesOf = (l: { code: string; level: string }[]) =>
        JSON.stringify([...l].sort((a, b) => a.code.localeCompare(b.code)));
      const languagesChanged =
        languagesOf(saved.languages.map((l) => ({ code: l.code, level: l.minLevel }))) !== languagesOf(input.languages);
      if (languagesChanged) {
        await tx.opportunityLanguage.deleteMany({ where: { opportunityId: id } });
        await tx.opportunityLanguage.createMany({
          data: input.languages.map((l) => ({ opportunityId: id, code: l.code, minLevel: l.level })),
        });
      }
      const windowsOf = (w: DateRange[]) => JSON.stringify([...w].map((r) => `${r.start}|${r.end}`).sort());
      const windowsChanged = windowsOf(savedPlan.windows) !== windowsOf(input.windows);
      if (windowsChanged) {
        await tx.opportunityWindow.deleteMany({ where: { opportunityId: id } });
        await tx.opportunityWindow.createMany({
          data: input.windows.map((w) => ({
            opportunityId: id,
            startDate: dateFromIso(w.start),
            endDate: dateFromIso(w.end),
          })),
        });
      }

      let cohortsChanged = false;
      const keptCohorts = new Set(input.cohorts.map((c) => c.id).filter((x): x is string => Boolean(x)));
      const removedCohorts = saved.cohorts.filter((c) => !keptCohorts.has(c.id)).map((c) => c.id);
      if (removedCohorts.length) {
        cohortsChanged = true;
        await tx.cohort.deleteMany({ where: { opportunityId: id, id: { in: removedCohorts } } });
      }
      for (const c of input.cohorts) {
        const data = { name: c.name, startDate: dateFromIso(c.start), endDate: dateFromIso(c.end), seats: c.seats };
        if (c.id) {
          const before = saved.cohorts.find((s) => s.id === c.id)!;
          if (
            before.name === c.name &&
            before.seats === c.seats &&
            isoFromDate(before.startDate) === c.start &&
            isoFromDate(before.endDate) === c.end
          )
            continue;
          await tx.cohort.updateMany({ where: { id: c.id, opportunityId: id }, data });
        } else {
          await tx.cohort.create({
            data: { ...data, opportunityId: id, key: cohortKey(c.name) },
            select: { id: true },
          });
        }
        cohortsChanged = true;
      }

      const questionsOf = (q: { id?: string; textEn: string; textIt: string }[]) =>
        JSON.stringify(q.map((x) => [x.id ?? "", x.textEn, x.textIt]));
      const questionsChanged = questionsOf(saved.questions) !== questionsOf(input.questions);
      if (questionsChanged) {
        const removed = saved.questions.filter((q) => !keptQuestions.has(q.id)).map((q) => q.id);
        if (removed.length)
          await tx.opportunityQuestion.deleteMany({ where: { opportunityId: id, id: { in: removed } } });
        // Positions are unique per opportunity: park the kept ones first, then renumber.
        await tx.opportunityQuestion.updateMany({
          where: { opportunityId: id },
          data: { position: { increment: 1_000 } },
        });
        for (const [i, q] of input.questions.entries()) {
          if (q.id)
            await tx.opportunityQuestion.updateMany({
              where: { id: q.id, opportunityId: id },
              data: { position: i + 1, textEn: q.textEn, textIt: q.textIt },
            });
          else
            await tx.opportunityQuestion.create({
              data: { opportunityId: id, position: i + 1, textEn: q.textEn, textIt: q.textIt },
              select: { id: true },
            });
        }
      }

      const after = scalarData(input);
      const before: typeof after = {
        type: saved.type,
        titleEn: saved.titleEn,
        titleIt: saved.titleIt,
        descriptionEn: saved.descriptionEn,
        descriptionIt: saved.descriptionIt,
        professions: saved.professions,
        careerStages: saved.careerStages,
        seats: saved.seats,
        minDays: saved.minDays,
        maxDays: saved.maxDays,
        deadline: saved.deadline,
        feeKind: saved.feeKind,
        feeAmountMinor: saved.feeAmountMinor,
        feeCurrency: saved.feeCurrency,
        feeCoversEn: saved.feeCoversEn,
        feeCoversIt: saved.feeCoversIt,
        visitorScope: saved.visitorScope,
        requiredDocuments: saved.requiredDocuments,
        recommendationLetters: saved.recommendationLetters,
        vaccines: saved.vaccines,
        otherDocument: saved.otherDocument,
        visaLetter: saved.visaLetter,
        housingTravelEn: saved.housingTravelEn,
        housingTravelIt: saved.housingTravelIt,
        workingHoursEn: saved.workingHoursEn,
        workingHoursIt: saved.workingHoursIt,
        dressCodeEn: saved.dressCodeEn,
        dressCodeIt: saved.dressCodeIt,
        contactName: saved.contactName,
        contactRole: saved.contactRole,
        contactEmail: saved.contactEmail,
      };
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
        (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
      ) as string[];
      if (topicsChanged) changed.push("topics");
      if (languagesChanged) changed.push("languages");
      if (windowsChanged) changed.push("windows");
      if (cohortsChanged) changed.push("cohorts");
      if (questionsChanged) changed.push("questions");
      await audit(tx, staff.id, "opportunity.update", id, { changed, status: locked.status });
      if (adopt && saved.isExample) await audit(tx, staff.id, "opportunity.adopt", id, { status: locked.status });
      return { status: "ok" };
    });
  } catch (error) {
    // A request that arrived for a cohort being removed (its foreign key won the race).
    if ((error as { code?: string } | null)?.code === "P2003") return { status: "stale" };
    throw error;
  }
}

// ─── Examples ───────────────────────────────────────────────────────────────

export type DeleteExampleResult =
  | { status: "ok"; centreSlug: string }
  | { status: "not-found" }
  | { status: "has-requests" };

/**
 * Deletes an example opportunity the person manages (decision 0026). Refused when it has
 * requests (close it instead, so their history stays); a real programme is "not found"
 * here. The audit event keeps the seed key, so the seed does not bring the example back.
 */
export async function deleteExample(staff: Staff, id: string): Promise<DeleteExampleResult> {
  return prisma.$transaction(async (tx): Promise<DeleteExampleResult> => {
    const locked = await lockOpportunity(tx, staff, id);
    if (!locked) return { status: "not-found" };
    const o = await tx.opportunity.findUniqueOrThrow({
      where: { id },
      select: {
        isExample: true,
        seedKey: true,
        titleEn: true,
        centre: { select: { slug: true } },
        _count: { select: { requests: true } },
      },
    });
    if (!o.isExample) return { status: "not-found" };
    if (o._count.requests > 0) return { status: "has-requests" };
    await tx.opportunity.delete({ where: { id }, select: { id: true } });
    await audit(tx, staff.id, "opportunity.delete", id, { seedKey: o.seedKey, title: o.titleEn, example: true });
    return { status: "ok", centreSlug: o.centre.slug };
  });
}

// ─── Publishing ─────────────────────────────────────────────────────────────

export type StatusIntent = "publish" | "close" | "draft";

/** Which moves each intent allows (from → to). */
const MOVES: Record<StatusIntent, { from: OpportunityStatus[]; to: OpportunityStatus }> = {
  publish: { from: ["DRAFT", "CLOSED"], to: "PUBLISHED" },
  close: { from: ["PUBLISHED"], to: "CLOSED" },
  draft: { from: ["PUBLISHED", "CLOSED"], to: "DRAFT" },
};

export type StatusResult =
  | { status: "ok"; from: OpportunityStatus; to: OpportunityStatus }
  | { status: "not-found" }
  /** Not a legal move from the current status. */
  | { status: "conflict" }
  /** i18n keys saying why (e.g. no window or cohort to publish). */
  | { status: "refused"; reasons: string[] };

/**
 * Publishes, closes or returns an opportunity to draft (compare-and-swap on the status).
 * Publishing needs a window or cohort that has not ended and a deadline not passed; back
 * to draft is refused while requests are open or approved (close it instead).
 */
export async function changeOpportunityStatus(
  staff: Staff,
  id: string,
  intent: StatusIntent,
  now = new Date(),
): Promise<StatusResult> {
  const move = MOVES[intent];
  return prisma.$transaction(async (tx): Promise<StatusResult> => {
    const o = await tx.opportunity.findFirst({
      where: { id, ...opportunityScope(staff) },
      select: {
        status: true,
        deadline: true,
        isExample: true,
        ...practicalColumns,
        windows: { select: { startDate: true, endDate: true } },
        cohorts: { select: { startDate: true, endDate: true } },
        _count: {
          select: { requests: { where: { status: { in: ["SUBMITTED", "IN_REVIEW", "INFO_REQUESTED", "APPROVED"] } } } },
        },
      },
    });
    if (!o) return { status: "not-found" };
    if (!move.from.includes(o.status)) return { status: "conflict" };
    if (intent === "publish") {
      const reasons = publishProblems(
        {
          windows: o.windows.map(range),
          cohorts: o.cohorts.map(range),
          deadline: o.deadline ? isoFromDate(o.deadline) : null,
          // Examples are labelled and cannot be requested: their facts are not the centre's.
          missingFacts: o.isExample ? [] : missingPracticalFacts(o),
        },
        isoDateOfInstant(now),
      );
      if (reasons.length) return { status: "refused", reasons };
    }
    if (intent === "draft" && o._count.requests > 0)
      return { status: "refused", reasons: ["coordinator:validation.draftWithRequests"] };
    const { count } = await tx.opportunity.updateMany({
      where: { id, status: o.status, ...opportunityScope(staff) },
      data: { status: move.to, ...(move.to === "PUBLISHED" ? { publishedAt: now } : {}) },
    });
    if (!count) return { status: "conflict" };
    await audit(tx, staff.id, `opportunity.${intent}`, id, { from: o.status, to: move.to });
    return { status: "ok", from: o.status, to: move.to };
  });
}

// ─── Seat calendar ──────────────────────────────────────────────────────────

/**
 * The seat calendar of an opportunity the person manages: per day, approved visitors outside
 * cohorts against the daily seats (inclusive dates); per cohort, approved requests against
 * its seats; and who is on site (`onSite`: runs of days with the same approved visitors,
 * cohort or not, for coordinators' eyes only). Null when unknown or not the person's.
 */
export async function getSeatCalendar(staff: Staff, id: string) {
  const o = await prisma.opportunity.findFirst({
    where: { id, ...opportunityScope(staff) },
    select: {
      id: true,
      status: true,
      titleEn: true,
      titleIt: true,
      seats: true,
      centre: { select: { slug: true, name: true, nameIt: true } },
      windows: { select: { startDate: true, endDate: true }, orderBy: { startDate: "asc" } },
      cohorts: {
        select: { id: true, name: true, startDate: true, endDate: true, seats: true },
        orderBy: { startDate: "asc" },
      },
    },
  });
  if (!o) return null;
  // The same rows and rules as the seats on /inbox/:id (app/requests/seats.server.ts).
  const approved = await listApprovedStays(o.id);
  const windows = o.windows.map(range);
  const daily = approved.filter((r) => r.cohortId === null);
  const cohortName = new Map(o.cohorts.map((c) => [c.id, c.name]));
  return {
    id: o.id,
    status: o.status,
    titleEn: o.titleEn,
    titleIt: o.titleIt,
    seats: o.seats,
    centre: o.centre,
    windows,
    months: seatCalendarMonths(o.seats, windows, daily),
    cohorts: o.cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      ...range(c),
      seats: c.seats,
      taken: cohortTaken(approved, c.id),
    })),
    onSite: onSiteRuns(approved).map((run) => ({
      start: run.start,
      end: run.end,
      visitors: run.visitors.map((v) => ({
        requestId: v.id,
        name: v.name,
        cohortName: v.cohortId ? (cohortName.get(v.cohortId) ?? null) : null,
      })),
    })),
  };
}
