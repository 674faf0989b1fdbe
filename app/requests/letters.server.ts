/**
 * Letters a centre issues through Ponte (decision 0030): the invitation letter for the visa
 * (an APPROVED stay at an opportunity whose practical facts say the centre issues visa
 * letters) and the certificate of attendance (after the stay, once a coordinator confirms the
 * visitor came). Each letter is an immutable snapshot (`Letter`) with a public verification
 * code; its PDF is drawn from the snapshot on each download (letter-pdf.server.ts).
 *
 * Rules:
 * - at most one valid letter of each kind per request: issuing again revokes the previous
 *   one (reason "replaced") in the same transaction, and both moves are RequestEvents;
 * - cancelling or withdrawing an approved stay revokes its letters in the move's
 *   transaction (`revokeLettersOfEndedStay`, called by apply.server.ts);
 * - every check is repeated inside the transaction with the request row locked, so a letter
 *   is never issued for a stay that stopped being approved a moment before;
 * - scoping: every function takes the caller's `scope` (inboxScope or applicantScope); a
 *   request outside it is "not found".
 * Dates: stays are inclusive `YYYY-MM-DD`; "the stay has ended" means `endDate < today`,
 * `today` being the UTC date of the caller's `now` (default: the current instant).
 */
import crypto from "node:crypto";
import type { LetterKind, Prisma } from "~/generated/prisma/client";
import { appUrl, enqueueEmail, kickOutbox } from "~/notifications/outbox.server";
import { enqueueFeedbackRequest } from "./feedback.server";
import { isoDateOfInstant } from "~/platform/calendar";
import { isoFromDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { getFixedT } from "~/platform/i18n.server";
import { composeLetter, type LetterFacts } from "./letter-text";
import { VERIFY_CODE_RE, type AttendanceInput, type InvitationInput, type LetterLanguage } from "./letter-validation";

type Tx = Prisma.TransactionClient;
/** A `where` that limits requests to what the caller may see (inboxScope, applicantScope). */
type RequestScope = Prisma.RequestWhereInput;

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** A new verification code: 160 bits from the CSPRNG as 32 base32 characters (RFC 4648, lower case). */
export function newVerifyCode(): string {
  const bytes = crypto.randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** The public address of a letter's verification page. */
export function verifyUrl(code: string): string {
  return appUrl(`/verify/${code}`);
}

const contextSelect = {
  id: true,
  status: true,
  startDate: true,
  endDate: true,
  attendance: true,
  attendanceAt: true,
  applicantId: true,
  applicant: { select: { name: true, email: true, locale: true, profile: { select: { country: true } } } },
  opportunity: {
    select: {
      titleEn: true,
      titleIt: true,
      visaLetter: true,
      centre: {
        select: {
          id: true,
          name: true,
          nameIt: true,
          city: true,
          address: true,
          legalName: true,
          letterAddress: true,
          signatoryName: true,
          signatoryRole: true,
        },
      },
    },
  },
  letters: {
    orderBy: { issuedAt: "desc" },
    select: { id: true, kind: true, code: true, language: true, fullName: true, issuedAt: true, revokedAt: true },
  },
} satisfies Prisma.RequestSelect;

/** A request as the letter pages need it (null outside `scope`). */
export function getLetterContext(scope: RequestScope, requestId: string) {
  return prisma.request.findFirst({ where: { id: requestId, ...scope }, select: contextSelect });
}
export type LetterContext = NonNullable<Awaited<ReturnType<typeof getLetterContext>>>;

/** Why an invitation letter cannot be issued now: "not-approved", "no-visa-letter", or null. */
export function invitationRefusal(
  ctx: Pick<LetterContext, "status" | "opportunity">,
): "not-approved" | "no-visa-letter" | null {
  if (ctx.status !== "APPROVED") return "not-approved";
  if (ctx.opportunity.visaLetter !== true) return "no-visa-letter";
  return null;
}

/**
 * Why attendance cannot be recorded at `today`: "not-approved" (only APPROVED or COMPLETED
 * stays), "not-ended" (the last day is today or later), or null.
 */
export function attendanceRefusal(
  ctx: Pick<LetterContext, "status" | "endDate">,
  today: string,
): "not-approved" | "not-ended" | null {
  if (ctx.status !== "APPROVED" && ctx.status !== "COMPLETED") return "not-approved";
  if (isoFromDate(ctx.endDate) >= today) return "not-ended";
  return null;
}

/** The invitation form's starting values: the centre's saved letterhead, the applicant's name and country, the opportunity's title. */
export function invitationDefaults(ctx: LetterContext, language: LetterLanguage): InvitationInput {
  const c = ctx.opportunity.centre;
  const last = ctx.letters.find((l) => l.kind === "INVITATION");
  return {
    legalName: c.legalName ?? c.name,
    address: c.letterAddress ?? [c.address, c.city].filter(Boolean).join(", "),
    signatoryName: c.signatoryName ?? "",
    signatoryRole: c.signatoryRole ?? "",
    fullName: last?.fullName ?? ctx.applicant?.name ?? "",
    nationality: ctx.applicant?.profile?.country ?? "",
    passportNumber: undefined,
    purpose: language === "it" ? ctx.opportunity.titleIt : ctx.opportunity.titleEn,
    costs: "APPLICANT",
    language: ctx.applicant?.locale === "it" ? "it" : language,
  };
}

/** The facts of a letter from the invitation form (code and URL null until issued). */
export function invitationFacts(ctx: LetterContext, input: InvitationInput, now: Date): LetterFacts {
  return {
    kind: "INVITATION",
    language: input.language,
    centreName: input.language === "it" ? ctx.opportunity.centre.nameIt : ctx.opportunity.centre.name,
    legalName: input.legalName,
    address: input.address,
    signatoryName: input.signatoryName,
    signatoryRole: input.signatoryRole,
    fullName: input.fullName,
    nationality: input.nationality,
    passportNumber: input.passportNumber ?? null,
    startDate: isoFromDate(ctx.startDate),
    endDate: isoFromDate(ctx.endDate),
    purpose: input.purpose,
    costs: input.costs,
    issuedOn: isoDateOfInstant(now),
    verifyUrl: null,
    code: null,
  };
}

/** The letter composed in its own language (the coordinator's preview, the PDF). */
export async function composeFacts(facts: LetterFacts) {
  const t = await getFixedT(facts.language, "letters");
  return composeLetter(facts, (key, vars) => t(key, vars));
}

/** What a letter move answers. */
export type LetterResult =
  | { ok: true; letterId: string }
  | { ok: false; code: "not-found" | "not-approved" | "no-visa-letter" | "not-ended" | "already-revoked" };

/** Locks the request row (within `scope`) for the rest of the transaction and reads it. */
async function lockContext(tx: Tx, scope: RequestScope, requestId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Request" WHERE "id" = ${requestId} FOR UPDATE`;
  return tx.request.findFirst({ where: { id: requestId, ...scope }, select: contextSelect });
}

/** Revokes the valid letters of `kind` (all kinds when null); returns their ids. */
async function revokeValid(tx: Tx, requestId: string, kind: LetterKind | null, reason: string, now: Date) {
  const where: Prisma.LetterWhereInput = { requestId, revokedAt: null, ...(kind ? { kind } : {}) };
  const valid = await tx.letter.findMany({ where, select: { id: true } });
  if (valid.length) await tx.letter.updateMany({ where, data: { revokedAt: now, revokedReason: reason } });
  return valid.map((l) => l.id);
}

/** Writes the Letter row, its "letter-issued" event and the applicant's e-mail. */
async function writeLetter(
  tx: Tx,
  ctx: LetterContext,
  facts: Omit<LetterFacts, "verifyUrl" | "code" | "issuedOn">,
  actorId: string,
  now: Date,
  replaced: string[],
): Promise<string> {
  const letter = await tx.letter.create({
    data: {
      code: newVerifyCode(),
      kind: facts.kind,
      requestId: ctx.id,
      centreId: ctx.opportunity.centre.id,
      language: facts.language,
      fullName: facts.fullName,
      nationality: facts.nationality,
      passportNumber: facts.passportNumber,
      startDate: ctx.startDate,
      endDate: ctx.endDate,
      purpose: facts.purpose,
      costs: facts.costs,
      centreName: facts.centreName,
      legalName: facts.legalName,
      address: facts.address,
      signatoryName: facts.signatoryName,
      signatoryRole: facts.signatoryRole,
      issuedById: actorId,
      issuedAt: now,
    },
    select: { id: true },
  });
  const event = await tx.requestEvent.create({
    data: {
      requestId: ctx.id,
      actorId,
      actorKind: "COORDINATOR",
      action: "letter-issued",
      data: { letterId: letter.id, kind: facts.kind, replaced },
      createdAt: now,
    },
    select: { id: true },
  });
  if (ctx.applicantId && ctx.applicant) {
    const it = ctx.applicant.locale === "it";
    await enqueueEmail(tx, {
      kind: "letter-issued",
      userId: ctx.applicantId,
      to: ctx.applicant.email,
      locale: ctx.applicant.locale ?? "en",
      payload: {
        letterKind: facts.kind,
        url: appUrl(`/requests/${ctx.id}`),
        opportunityTitle: it ? ctx.opportunity.titleIt : ctx.opportunity.titleEn,
        centreName: it ? ctx.opportunity.centre.nameIt : ctx.opportunity.centre.name,
      },
      idempotencyKey: `letter-issued:${event.id}`,
    });
  }
  return letter.id;
}

/**
 * Issues an invitation letter for request `requestId` within `scope`: revokes a valid one
 * ("replaced"), writes the new letter, saves the letterhead on the centre, records the
 * event and e-mails the applicant, all in one transaction.
 * @returns the letter's id, or why not ("not-found", "not-approved", "no-visa-letter"); nothing is written then.
 */
export async function issueInvitation(input: {
  scope: RequestScope;
  requestId: string;
  actorId: string;
  form: InvitationInput;
  now?: Date;
}): Promise<LetterResult> {
  const now = input.now ?? new Date();
  const result = await prisma.$transaction(async (tx): Promise<LetterResult> => {
    const ctx = await lockContext(tx, input.scope, input.requestId);
    if (!ctx) return { ok: false, code: "not-found" };
    const refusal = invitationRefusal(ctx);
    if (refusal) return { ok: false, code: refusal };
    const replaced = await revokeValid(tx, ctx.id, "INVITATION", "replaced", now);
    for (const letterId of replaced) await revokedEvent(tx, ctx.id, input.actorId, letterId, "replaced", now);
    await tx.centre.update({
      where: { id: ctx.opportunity.centre.id },
      data: {
        legalName: input.form.legalName,
        letterAddress: input.form.address,
        signatoryName: input.form.signatoryName,
        signatoryRole: input.form.signatoryRole,
      },
      select: { id: true },
    });
    const letterId = await writeLetter(tx, ctx, invitationFacts(ctx, input.form, now), input.actorId, now, replaced);
    return { ok: true, letterId };
  });
  if (result.ok) kickOutbox();
  return result;
}

async function revokedEvent(
  tx: Tx,
  requestId: string,
  actorId: string | null,
  letterId: string,
  reason: string,
  now: Date,
) {
  await tx.requestEvent.create({
    data: {
      requestId,
      actorId,
      actorKind: actorId ? "COORDINATOR" : "SYSTEM",
      action: "letter-revoked",
      data: { letterId, reason },
      createdAt: now,
    },
    select: { id: true },
  });
}

/**
 * A coordinator revokes letter `letterId` of request `requestId` (within `scope`).
 * @returns ok, "not-found" (no such letter on a request in scope) or "already-revoked".
 */
export async function revokeLetter(input: {
  scope: RequestScope;
  requestId: string;
  letterId: string;
  actorId: string;
  now?: Date;
}): Promise<LetterResult> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx): Promise<LetterResult> => {
    const ctx = await lockContext(tx, input.scope, input.requestId);
    const letter = ctx?.letters.find((l) => l.id === input.letterId);
    if (!ctx || !letter) return { ok: false, code: "not-found" };
    if (letter.revokedAt) return { ok: false, code: "already-revoked" };
    await tx.letter.update({
      where: { id: letter.id },
      data: { revokedAt: now, revokedReason: "coordinator" },
      select: { id: true },
    });
    await revokedEvent(tx, ctx.id, input.actorId, letter.id, "coordinator", now);
    return { ok: true, letterId: letter.id };
  });
}

/**
 * Records whether the visitor attended (after the stay's last day). ATTENDED issues a
 * certificate of attendance (replacing a valid one) in `form.language`, with the centre's
 * saved letterhead (the centre's name, address and the acting coordinator when none is
 * saved) and the name of the last invitation letter, else the account's; NO_SHOW revokes a
 * valid certificate.
 * @returns the certificate's id (ATTENDED) or the request's id (NO_SHOW); or why not
 *   ("not-found", "not-approved", "not-ended"), with nothing written.
 */
export async function recordAttendance(input: {
  scope: RequestScope;
  requestId: string;
  actorId: string;
  form: AttendanceInput;
  now?: Date;
}): Promise<LetterResult> {
  const now = input.now ?? new Date();
  const result = await prisma.$transaction(async (tx): Promise<LetterResult> => {
    const ctx = await lockContext(tx, input.scope, input.requestId);
    if (!ctx) return { ok: false, code: "not-found" };
    const refusal = attendanceRefusal(ctx, isoDateOfInstant(now));
    if (refusal) return { ok: false, code: refusal };
    await tx.request.update({
      where: { id: ctx.id },
      data: { attendance: input.form.attendance, attendanceAt: now },
      select: { id: true },
    });
    await tx.requestEvent.create({
      data: {
        requestId: ctx.id,
        actorId: input.actorId,
        actorKind: "COORDINATOR",
        action: "attendance",
        data: { attendance: input.form.attendance },
        createdAt: now,
      },
      select: { id: true },
    });
    if (input.form.attendance === "NO_SHOW") {
      for (const id of await revokeValid(tx, ctx.id, "CERTIFICATE", "no-show", now)) {
        await revokedEvent(tx, ctx.id, input.actorId, id, "no-show", now);
      }
      return { ok: true, letterId: ctx.id };
    }
    const replaced = await revokeValid(tx, ctx.id, "CERTIFICATE", "replaced", now);
    for (const id of replaced) await revokedEvent(tx, ctx.id, input.actorId, id, "replaced", now);
    const language = input.form.language;
    const t = await getFixedT(language, "letters");
    const actor = await tx.user.findUnique({ where: { id: input.actorId }, select: { name: true } });
    const c = ctx.opportunity.centre;
    const centreName = language === "it" ? c.nameIt : c.name;
    const lastInvitation = ctx.letters.find((l) => l.kind === "INVITATION");
    const letterId = await writeLetter(
      tx,
      ctx,
      {
        kind: "CERTIFICATE",
        language,
        centreName,
        legalName: c.legalName ?? centreName,
        address: c.letterAddress ?? ([c.address, c.city].filter(Boolean).join(", ") || c.city),
        signatoryName: c.signatoryName ?? actor?.name ?? centreName,
        signatoryRole: c.signatoryRole ?? t("pdf.coordinatorRole"),
        fullName: lastInvitation?.fullName ?? ctx.applicant?.name ?? "",
        nationality: null,
        passportNumber: null,
        startDate: isoFromDate(ctx.startDate),
        endDate: isoFromDate(ctx.endDate),
        purpose: language === "it" ? ctx.opportunity.titleIt : ctx.opportunity.titleEn,
        costs: null,
      },
      input.actorId,
      now,
      replaced,
    );
    // The visitor came: ask them, once, how the stay went (issue 16, part 5).
    await enqueueFeedbackRequest(tx, ctx);
    return { ok: true, letterId };
  });
  if (result.ok && input.form.attendance === "ATTENDED") kickOutbox();
  return result;
}

/**
 * Inside a move's transaction (apply.server.ts): revokes every valid letter of a request
 * whose approved stay was cancelled or withdrawn, with an event per letter.
 */
export async function revokeLettersOfEndedStay(
  tx: Tx,
  input: { requestId: string; reason: "cancel" | "withdraw"; actorId: string | null; now: Date },
): Promise<void> {
  const ids = await revokeValid(tx, input.requestId, null, input.reason, input.now);
  for (const id of ids) {
    await tx.requestEvent.create({
      data: {
        requestId: input.requestId,
        actorId: input.actorId,
        actorKind: "SYSTEM",
        action: "letter-revoked",
        data: { letterId: id, reason: input.reason },
        createdAt: input.now,
      },
      select: { id: true },
    });
  }
}

const letterSelect = {
  id: true,
  code: true,
  kind: true,
  language: true,
  fullName: true,
  nationality: true,
  passportNumber: true,
  startDate: true,
  endDate: true,
  purpose: true,
  costs: true,
  centreName: true,
  legalName: true,
  address: true,
  signatoryName: true,
  signatoryRole: true,
  issuedAt: true,
  revokedAt: true,
} satisfies Prisma.LetterSelect;

/**
 * The PDF of letter `letterId` of request `requestId` within `scope` (revoked letters too:
 * their verification page says so).
 * @returns the bytes and a file name, or null when there is no such letter in scope.
 */
export async function getLetterPdf(
  scope: RequestScope,
  requestId: string,
  letterId: string,
): Promise<{ bytes: Uint8Array; filename: string } | null> {
  const l = await prisma.letter.findFirst({
    where: { id: letterId, requestId, request: scope },
    select: letterSelect,
  });
  if (!l) return null;
  const language: LetterLanguage = l.language === "it" ? "it" : "en";
  const composed = await composeFacts({
    kind: l.kind,
    language,
    centreName: l.centreName,
    legalName: l.legalName,
    address: l.address,
    signatoryName: l.signatoryName,
    signatoryRole: l.signatoryRole,
    fullName: l.fullName,
    nationality: l.nationality,
    passportNumber: l.passportNumber,
    startDate: isoFromDate(l.startDate),
    endDate: isoFromDate(l.endDate),
    purpose: l.purpose,
    costs: l.costs,
    issuedOn: isoDateOfInstant(l.issuedAt),
    verifyUrl: verifyUrl(l.code),
    code: l.code,
  });
  const { renderLetterPdf } = await import("./letter-pdf.server");
  const bytes = await renderLetterPdf(composed, { language, author: l.legalName, issuedAt: l.issuedAt });
  const stem =
    l.kind === "INVITATION"
      ? language === "it"
        ? "lettera-di-invito"
        : "invitation-letter"
      : language === "it"
        ? "attestato-di-frequenza"
        : "certificate-of-attendance";
  return { bytes, filename: `${stem}-${l.fullName}.pdf` };
}

/**
 * What /verify/<code> may show: kind, centre, name, dates, issue and revocation instants.
 * Nothing else (no nationality, passport, purpose or request).
 * @returns null for a malformed or unknown code (the caller answers 404 either way).
 */
export async function verifyLetter(code: string) {
  if (!VERIFY_CODE_RE.test(code)) return null;
  const l = await prisma.letter.findUnique({
    where: { code },
    select: {
      kind: true,
      centreName: true,
      fullName: true,
      startDate: true,
      endDate: true,
      issuedAt: true,
      revokedAt: true,
    },
  });
  if (!l) return null;
  return {
    kind: l.kind,
    centreName: l.centreName,
    fullName: l.fullName,
    startDate: isoFromDate(l.startDate),
    endDate: isoFromDate(l.endDate),
    issuedAt: l.issuedAt.toISOString(),
    revokedAt: l.revokedAt?.toISOString() ?? null,
  };
}

/** The request's letters for its pages, newest first (ISO instants). */
export function lettersOf(ctx: Pick<LetterContext, "letters">) {
  return ctx.letters.map((l) => ({
    id: l.id,
    kind: l.kind,
    language: l.language,
    issuedAt: l.issuedAt.toISOString(),
    revokedAt: l.revokedAt?.toISOString() ?? null,
    verifyPath: `/verify/${l.code}`,
  }));
}
