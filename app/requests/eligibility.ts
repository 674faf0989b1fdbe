/**
 * The request pre-check (issue 16, part 3): what a person still lacks to request one
 * opportunity, each gap with the page that fixes it. One pure function used by the
 * opportunity page, the top of the request form and the request form's action (which
 * re-checks everything on the server). No I/O, no clock: the caller passes `today`.
 *
 * The rules are the ones already in force, reused rather than restated:
 * - profession, career stage, languages: the matching's hard constraints
 *   (app/matching/eligibility.ts, the ranker's rules);
 * - mobility direction: ./direction.ts (issue 19);
 * - required documents: ./wallet.ts `missingWalletTypes` (the one the form's documents
 *   check uses), valid until the stay's last day;
 * - seats: ./seats.ts (the approval rule `checkApproval`, the daily occupancy);
 * - deadline: last day to apply, inclusive (as the ranker and the old form check).
 *
 * Blocking gaps stop the form being shown and sent. Three kinds only warn (decision 0038):
 * documents (the form can add one; the action still refuses a request without them, by the
 * form's documents check), a language level (self-declared in the profile; the centre judges
 * it, as it always has) and an open request to the same opportunity (a second request for
 * other dates is allowed; an overlapping one is refused when sent).
 */
import { profileShortfalls } from "~/matching";
import type { CareerStage, CefrLevel, Profession, RequiredDocument } from "~/generated/prisma/enums";
import { addDays, type DateRange, type IsoDate } from "~/platform/calendar";
import { mayRequestAcross } from "./direction";
import { checkApproval, cohortTaken, occupancyByDay, type SeatStay } from "./seats";
import { missingWalletTypes, type WalletType } from "./wallet";

/** Codes of the pre-check's gaps, in the order they are listed. */
export const GAP_CODES = [
  "unverified",
  "profile",
  "direction",
  "profession",
  "careerStage",
  "language",
  "closed",
  "noFreeWindow",
  "seatsFull",
  "document",
  "documentExpires",
  "openRequest",
] as const;
export type GapCode = (typeof GAP_CODES)[number];

/**
 * One thing the person lacks. `href` is the page that fixes it (a local path); `params`
 * feed the text `requests:precheck.<code>` (dates `YYYY-MM-DD`, `type` a wallet type,
 * `language` an ISO 639-1 code, `level`/`yourLevel` CEFR levels, "" when not spoken).
 */
export interface Gap {
  code: GapCode;
  blocking: boolean;
  href: string;
  params: Record<string, string>;
}

/** What the pre-check needs of the opportunity (dates inclusive `YYYY-MM-DD`). */
export interface PrecheckOpportunity {
  id: string;
  professions: readonly Profession[];
  careerStages: readonly CareerStage[];
  languages: readonly { code: string; level: CefrLevel }[];
  deadline: IsoDate | null;
  requiredDocuments: readonly RequiredDocument[];
  /** Daily seats of stays outside cohorts. */
  seats: number;
  minDays: number;
  windows: readonly DateRange[];
  cohorts: readonly { id: string; start: IsoDate; end: IsoDate; seats: number }[];
  /** The centre's country: null in Lombardy (./direction.ts). */
  centreCountry: string | null;
}

/** What the pre-check needs of the person. */
export interface PrecheckApplicant {
  emailVerified: boolean;
  /** Null without a profile row. */
  profile: {
    profession: Profession | null;
    careerStage: CareerStage | null;
    languages: readonly { code: string; level: CefrLevel }[];
    homeCentreId: string | null;
  } | null;
  /** The wallet's documents (./wallet.ts types; `expiresOn` inclusive). */
  wallet: readonly { type: WalletType; expiresOn: IsoDate | null }[];
  /** The applicant's open request (SUBMITTED, IN_REVIEW, INFO_REQUESTED) to this opportunity, if any. */
  openRequestId: string | null;
}

/** Input of `precheckRequest`. */
export interface PrecheckInput {
  today: IsoDate;
  opportunity: PrecheckOpportunity;
  applicant: PrecheckApplicant;
  /** The opportunity's APPROVED stays (with their cohort, null outside cohorts). */
  approved: readonly SeatStay[];
  /** The stay chosen in the form, if any (a cohort's dates for a cohort request). */
  stay?: SeatStay | null;
  /** PONTE_MOBILITY_DIRECTION enforced (app/platform/env.server.ts). */
  enforceDirection: boolean;
  /** Where the wallet should send the person back after adding a document (a local path). */
  backTo?: string;
}

/**
 * Every gap between the person and the opportunity, in `GAP_CODES` order; `[]` when they may
 * request it now. Without a chosen `stay`, documents must be valid until the end of the
 * earliest free stay (today when there is none).
 * @throws RangeError on invalid dates or seat counts (as ./seats.ts).
 */
export function precheckRequest(input: PrecheckInput): Gap[] {
  const { today, opportunity: o, applicant: a } = input;
  const gaps: Gap[] = [];
  const add = (code: GapCode, blocking: boolean, href: string, params: Record<string, string> = {}) =>
    gaps.push({ code, blocking, href, params });

  if (!a.emailVerified) add("unverified", true, "/verify-email");
  const p = a.profile;
  if (!p?.profession || !p.careerStage) add("profile", true, "/profile");
  if (p && !mayRequestAcross(p.homeCentreId, o.centreCountry, input.enforceDirection))
    add("direction", true, "/profile");
  if (p) {
    for (const s of profileShortfalls(o, p)) {
      if (s.code === "language") {
        add("language", false, "/profile", { language: s.language, level: s.level, yourLevel: s.yourLevel ?? "" });
      } else if (p.profession && p.careerStage) add(s.code, true, "/profile");
    }
  }
  if (o.deadline && o.deadline < today) add("closed", true, "/opportunities", { deadline: o.deadline });

  const earliest = earliestFreeStay(o, input.approved, today);
  if (!earliest) add("noFreeWindow", true, "/opportunities");
  const stay = input.stay ?? null;
  if (stay) {
    const cohort = stay.cohortId ? o.cohorts.find((c) => c.id === stay.cohortId) : null;
    const check = checkApproval({
      seats: o.seats,
      approved: input.approved,
      candidate: stay,
      cohort: cohort ? { seats: cohort.seats, range: { start: cohort.start, end: cohort.end } } : null,
    });
    if (!check.ok && (!stay.cohortId || cohort))
      add("seatsFull", true, `/opportunities/${o.id}`, { date: check.conflicts[0]! });
  }

  const validUntil = stay?.end ?? earliest?.end ?? today;
  const back = input.backTo ? `&back=${encodeURIComponent(input.backTo)}` : "";
  for (const type of missingWalletTypes(o.requiredDocuments, a.wallet, validUntil)) {
    const held = a.wallet
      .filter((d) => d.type === type && d.expiresOn)
      .sort((x, y) => (x.expiresOn! < y.expiresOn! ? 1 : -1))[0];
    const href = `/profile/documents?type=${type}${back}`;
    if (held) add("documentExpires", false, href, { type, expiresOn: held.expiresOn!, until: validUntil });
    else add("document", false, href, { type });
  }
  if (a.openRequestId) add("openRequest", false, `/requests/${a.openRequestId}`);
  return gaps;
}

/** The first blocking gap's code, or null. */
export function firstBlocking(gaps: readonly Gap[]): GapCode | null {
  return gaps.find((g) => g.blocking)?.code ?? null;
}

/**
 * The earliest stay that can still be requested with a free seat on every day: a cohort not
 * yet started with a seat left (its dates), or the first `minDays` run of days from today
 * within a window on which fewer than `seats` approved visitors are on site (an opportunity
 * with neither windows nor cohorts takes any dates). Null: none.
 * @throws RangeError on invalid dates or seat counts.
 */
export function earliestFreeStay(
  o: Pick<PrecheckOpportunity, "seats" | "minDays" | "windows" | "cohorts">,
  approved: readonly SeatStay[],
  today: IsoDate,
): DateRange | null {
  let best: DateRange | null = null;
  for (const c of o.cohorts) {
    if (c.start < today || cohortTaken(approved, c.id) >= c.seats) continue;
    if (!best || c.start < best.start) best = { start: c.start, end: c.end };
  }
  const dated = approved.filter((s) => s.cohortId === null);
  const need = Math.max(1, o.minDays);
  // Neither windows nor cohorts: any dates (as the form's schema); a free run exists at the
  // latest after the last approved stay.
  const lastTaken = dated.reduce((last, s) => (s.end > last ? s.end : last), today);
  const windows = o.windows.length || o.cohorts.length ? o.windows : [{ start: today, end: addDays(lastTaken, need) }];
  for (const w of windows) {
    const from = w.start < today ? today : w.start;
    if (from > w.end || (best && best.start <= from)) continue;
    let run = 0;
    let runStart: IsoDate = from;
    for (const [day, taken] of occupancyByDay(dated, { start: from, end: w.end })) {
      if (taken < o.seats) {
        if (run === 0) runStart = day;
        run += 1;
        if (run >= need) {
          if (!best || runStart < best.start) best = { start: runStart, end: addDays(runStart, need - 1) };
          break;
        }
      } else run = 0;
    }
  }
  return best;
}
