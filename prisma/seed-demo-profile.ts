/**
 * The demo applicant's profile (issue 4): applicant@ponte.example is a radiation oncologist
 * at an early-career stage from Portugal, speaking Portuguese (C2), English (C1) and Spanish
 * (B2) but no Italian, with core interests carbon-ion and proton therapy, also interested in
 * radiomics, wanting an observership or a clinical visit of two to four weeks in the next six
 * months. The data goes through the profile form's schema, like anything a person types.
 *
 * Idempotent: the profile is created when the account has none and is otherwise left as it
 * is, with one exception that keeps the demo working as time passes: when every availability
 * window has ended, they are replaced by the next six months again.
 * Availability is "the next six months" from the day the seed runs (not fixed dates): the
 * catalogue's example windows are yearly and always at their next occurrence (issue 21), so
 * a seed run on any day finds them; fixed dates would stop matching as soon as they passed.
 */
import { addMonths } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { saveProfile } from "../app/matching/profile.server";
import { addDays, isoDateOfInstant, type IsoDate } from "../app/platform/calendar";
import { dateFromIso } from "../app/platform/dates";
import type { prisma as appPrisma } from "../app/platform/db.server";
import { createProfileSchema } from "../app/matching/profile-validation";

/** The demo applicant's address (also in prisma/seed-demo.ts). */
const DEMO_APPLICANT = "applicant@ponte.example";

/** Today to six months later, minus a day (inclusive range). */
export function nextSixMonths(today: IsoDate): { start: IsoDate; end: IsoDate } {
  const end = isoDateOfInstant(addMonths(new UTCDate(`${today}T00:00:00Z`), 6));
  return { start: today, end: addDays(end, -1) };
}

/** The demo profile as the form would submit it. */
export function demoProfileForm(today: IsoDate) {
  const window = nextSixMonths(today);
  return {
    profession: "PHYSICIAN",
    careerStage: "EARLY_CAREER",
    country: "PT",
    homeInstitution: "Radiation oncology department, Porto (demo profile)",
    // ORCID's own documentation example iD (the fictitious Josiah Carberry).
    orcid: "0000-0002-1825-0097",
    researchStatement:
      "Radiation oncologist treating skull-base and head and neck tumours. I would like to spend two to four weeks " +
      "seeing how carbon-ion and proton therapy plans are chosen, delivered and followed up at a synchrotron centre, " +
      "and to learn how radiomics could help select patients for particle therapy.",
    stayTypes: ["OBSERVERSHIP", "CLINICAL_VISIT"],
    suggestToCentres: "on",
    languages: [
      { code: "pt", level: "C2" },
      { code: "en", level: "C1" },
      { code: "es", level: "B2" },
    ],
    interests: [
      { topicId: "carbon-ion-radiotherapy", weight: "CORE" },
      { topicId: "proton-therapy", weight: "CORE" },
      { topicId: "radiomics", weight: "ALSO" },
    ],
    windows: [window],
  };
}

/** The seed's Prisma client (the same type as the app's). */
type Db = typeof appPrisma;

export interface DemoProfileSummary {
  created: boolean;
  windowsRenewed: boolean;
}

/**
 * Gives the demo applicant their profile (see module docs). Does nothing when the account
 * does not exist.
 * @throws Error when the demo data no longer passes the profile schema (e.g. a topic left the taxonomy).
 */
export async function seedDemoProfile(prisma: Db, now: Date = new Date()): Promise<DemoProfileSummary> {
  const today = isoDateOfInstant(now);
  const user = await prisma.user.findUnique({
    where: { email: DEMO_APPLICANT },
    select: { id: true, profile: { select: { windows: { select: { endDate: true } } } } },
  });
  if (!user) return { created: false, windowsRenewed: false };
  if (user.profile) {
    const windows = user.profile.windows;
    if (windows.length === 0 || windows.some((w) => w.endDate >= dateFromIso(today)))
      return { created: false, windowsRenewed: false };
    const next = nextSixMonths(today);
    await prisma.$transaction([
      prisma.availabilityWindow.deleteMany({ where: { profileId: user.id } }),
      prisma.availabilityWindow.create({
        data: { profileId: user.id, startDate: dateFromIso(next.start), endDate: dateFromIso(next.end) },
      }),
    ]);
    return { created: false, windowsRenewed: true };
  }
  const form = demoProfileForm(today);
  const known = new Set(
    (
      await prisma.topic.findMany({ where: { id: { in: form.interests.map((i) => i.topicId) } }, select: { id: true } })
    ).map((t) => t.id),
  );
  const parsed = createProfileSchema({ today, isKnownTopic: (id) => known.has(id) }).safeParse(form);
  if (!parsed.success) throw new Error(`The demo profile does not pass the profile schema: ${parsed.error.message}`);
  await saveProfile(user.id, parsed.data, prisma);
  return { created: true, windowsRenewed: false };
}
