/**
 * Idle accounts (issue 13, part 5; decision 0023): an account without a sign-in for
 * legal-config `retention.inactiveAccountMonths` months (counted from `lastSignInAt`, else
 * `createdAt`) is warned once by e-mail (`account-inactive`); `inactiveWarningDays` after
 * the warning, if there was still no sign-in (a sign-in clears `inactiveWarnedAt`), it is
 * anonymised with `deleteAccount` (requests stay with the centres without the person's
 * data). Administrators' accounts are never touched: an installation must not lose them.
 * The audit log records each warning and anonymisation. Called by the daily retention job
 * (app/requests/retention.server.ts) with `now` (tests pass a fake clock).
 */
import { addDays } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { appUrl, enqueueEmail } from "~/notifications/outbox.server";
import { recordAudit } from "~/platform/audit.server";
import { isoDateOfInstant } from "~/platform/calendar";
import { prisma } from "~/platform/db.server";
import type { LegalConfig } from "~/platform/legal-config";
import { deleteAccount } from "./user.server";

export interface InactiveSweep {
  warned: number;
  anonymised: number;
}

/** Warns and anonymises idle accounts at `now` under `rules`. */
export async function sweepInactiveAccounts(now: Date, rules: LegalConfig["retention"]): Promise<InactiveSweep> {
  const idleSince = addMonths(now, -rules.inactiveAccountMonths);
  // Administrators are left out after reading (`roles` checked in JavaScript): the array
  // operator (`roles: { has }`) inside NOT failed on the production server's embedded database
  // with "malformed array literal", and idle accounts are few.
  const idle = {
    OR: [{ lastSignInAt: { lt: idleSince } }, { lastSignInAt: null, createdAt: { lt: idleSince } }],
  };
  const notAdmin = (user: { roles: string[] }) => !user.roles.includes("ADMIN");
  const result: InactiveSweep = { warned: 0, anonymised: 0 };

  const toWarn = (
    await prisma.user.findMany({
      where: { ...idle, inactiveWarnedAt: null },
      select: { id: true, email: true, name: true, locale: true, lastSignInAt: true, createdAt: true, roles: true },
    })
  ).filter(notAdmin);
  for (const user of toWarn) {
    await prisma.$transaction(async (tx) => {
      const claimed = await tx.user.updateMany({
        where: { id: user.id, inactiveWarnedAt: null },
        data: { inactiveWarnedAt: now },
      });
      if (claimed.count === 0) return;
      await enqueueEmail(tx, {
        kind: "account-inactive",
        userId: user.id,
        to: user.email,
        locale: user.locale ?? "en",
        payload: {
          name: user.name,
          lastSignIn: isoDateOfInstant(user.lastSignInAt ?? user.createdAt),
          anonymiseOn: isoDateOfInstant(addDays(now, rules.inactiveWarningDays)),
          months: rules.inactiveAccountMonths,
          loginUrl: appUrl("/login"),
        },
        idempotencyKey: `account-inactive:${user.id}:${isoDateOfInstant(now)}`,
      });
      await recordAudit({ actorId: null, action: "retention.account_warned", subject: user.id }, tx);
    });
    result.warned += 1;
  }

  const toAnonymise = (
    await prisma.user.findMany({
      where: { ...idle, inactiveWarnedAt: { lte: addDays(now, -rules.inactiveWarningDays) } },
      select: { id: true, roles: true },
    })
  ).filter(notAdmin);
  for (const user of toAnonymise) {
    await deleteAccount(user.id);
    await recordAudit({ actorId: null, action: "retention.account_anonymised", subject: user.id });
    result.anonymised += 1;
  }
  return result;
}
