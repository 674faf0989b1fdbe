/**
 * Helpers for the coordinator-tools tests: people with session cookies, form bodies in
 * Conform's naming (`windows[0].start`), dates relative to today (new windows may not lie
 * in the past), and centres that tests create (slug "test-…", removed after each test).
 */
import { prisma } from "~/platform/db.server";
import { addDays } from "~/platform/calendar";
import { todayIso } from "~/platform/dates";
import { createUser, sessionCookie } from "../../factories/accounts";

/** A date `n` days after a base about three months ahead (so it never lies in the past). */
export const day = (n: number) => addDays(BASE, n);
const BASE = addDays(todayIso(), 90);

export async function signedIn(options: Parameters<typeof createUser>[0]) {
  const user = await createUser(options);
  return { user, cookie: await sessionCookie(user.id) };
}

export const asCoordinator = (...centreSlugs: string[]) => signedIn({ roles: ["COORDINATOR"], centreSlugs });
export const asAdmin = () => signedIn({ roles: ["ADMIN"] });
export const asApplicant = () => signedIn({ roles: ["APPLICANT"] });

/** Flattens a nested form value into Conform field names (`a[0].b`); undefined is left out. */
export function toForm(value: unknown, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  if (value === undefined || value === null) return out;
  if (Array.isArray(value)) value.forEach((v, i) => toForm(v, `${prefix}[${i}]`, out));
  else if (typeof value === "object")
    for (const [k, v] of Object.entries(value)) toForm(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = String(value);
  return out;
}

/** The practical facts' fields, every required one stated. */
export const PRACTICAL_FORM = {
  feeKind: "FREE",
  visitorScope: "OBSERVATION_ONLY",
  documents: ["CV", "HEALTH_INSURANCE"],
  visaLetter: "yes",
  contactName: "Dr Chiara Conti",
  contactRole: "International office",
  contactEmail: "international@centre.example",
};

/** A complete, valid opportunity form: one 30-day window, 2 seats, stays of 1–30 days. */
export function opportunityForm(overrides: Record<string, unknown> = {}) {
  return {
    type: "OBSERVERSHIP",
    titleEn: "Proton therapy planning observership",
    titleIt: "Osservazione della pianificazione in protonterapia",
    descriptionEn: "Observe treatment planning with the medical physics team.",
    descriptionIt: "Osservare la pianificazione dei trattamenti con il gruppo di fisica medica.",
    topics: ["proton-therapy"],
    professions: ["PHYSICIAN", "RESEARCHER"],
    careerStages: [],
    languages: [{ code: "en", level: "B2" }],
    seats: 2,
    minDays: 1,
    maxDays: 30,
    deadline: day(0),
    windows: [{ start: day(10), end: day(39) }],
    cohorts: [],
    questions: [{ textEn: "Why this centre?", textIt: "Perché questo centro?" }],
    // The practical facts a real opportunity needs before it is published (decision 0026).
    ...PRACTICAL_FORM,
    ...overrides,
  };
}

/** The `data` of a `data()` result (the action's JSON). */
export function bodyOf<T = { result?: { error?: Record<string, string[] | null> | null } }>(value: unknown): T {
  return (value as { data: T }).data;
}

/** The errors of a Conform reply, by field name ("" = form errors). */
export function errorsOf(value: unknown): Record<string, string[]> {
  if (value instanceof Response) return {};
  const error = bodyOf(value).result?.error ?? {};
  return Object.fromEntries(Object.entries(error).filter(([, v]) => v && v.length)) as Record<string, string[]>;
}

/** A centre made by a test, with slug "test-<name>" (removed after each test by `removeTestCentres`). */
export async function createTestCentre(
  name: string,
  data: Partial<Parameters<typeof prisma.centre.create>[0]["data"]> = {},
) {
  return prisma.centre.create({
    data: {
      slug: `test-${name}`,
      name: `Test centre ${name}`,
      nameIt: `Centro di prova ${name}`,
      kind: "RESEARCH_INSTITUTE",
      city: "Milan",
      descriptionEn: "A centre created by a test.",
      descriptionIt: "Un centro creato da un test.",
      languages: ["it"],
      ...data,
    },
    select: { id: true, slug: true },
  });
}

/** Deletes the centres tests created (their requests first: requests restrict deletion). */
export async function removeTestCentres() {
  const ids = (await prisma.centre.findMany({ where: { slug: { startsWith: "test-" } }, select: { id: true } })).map(
    (c) => c.id,
  );
  if (!ids.length) return;
  await prisma.request.deleteMany({ where: { opportunity: { centreId: { in: ids } } } });
  await prisma.centre.updateMany({ where: { parentId: { in: ids } }, data: { parentId: null } });
  await prisma.centre.deleteMany({ where: { id: { in: ids } } });
}

/** Everything about an opportunity that an edit could change, for "nothing changed" checks. */
export async function snapshot(id: string) {
  return prisma.opportunity.findUniqueOrThrow({
    where: { id },
    include: {
      topics: { orderBy: { topicId: "asc" } },
      languages: { orderBy: { code: "asc" } },
      windows: { orderBy: { startDate: "asc" }, select: { startDate: true, endDate: true } },
      cohorts: { orderBy: { key: "asc" } },
      questions: { orderBy: { position: "asc" } },
    },
  });
}
