/**
 * Alerts of new matches (issue 14 part 6, decision 0028). An applicant who switched them on
 * (the opt-in kind "new-matches", on /matches or /account/notifications; off by default)
 * gets one e-mail listing the opportunities published or reopened since their last alert
 * that rank among their best `ALERT_TOP`, each with its reasons in their language.
 *
 * The job `match-alerts` runs daily; every mail goes through the outbox with the
 * idempotency key `new-matches:<userId>:<ISO week>`, so a person gets at most one a week
 * however often the job runs. An opportunity published after this week's mail is in next
 * week's (it is new since that mail).
 */
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { prisma } from "~/platform/db.server";
import { getFixedT } from "~/platform/i18n.server";
import { todayIso } from "~/platform/dates";
import { enqueueJob, registerJob } from "~/platform/jobs.server";
import { appUrl, enqueueEmail, kickOutbox } from "~/notifications/outbox.server";
import { getMatchContext, topicLabelsFor } from "./matching.server";
import { reasonText } from "./match-text";
import { getMatchingProfile } from "./profile.server";
import { needsInterests, rankOpportunities } from "./ranker";

export const MATCH_ALERTS_JOB = "match-alerts";
export const ALERT_KIND = "new-matches";
/** An opportunity must rank among this many of the applicant's best to be announced. */
export const ALERT_TOP = 10;
/** Reasons listed per opportunity in the mail. */
const REASONS_PER_ITEM = 3;
const WEEK_MS = 7 * 86_400_000;

/** The ISO 8601 week of an instant (UTC calendar), e.g. "2026-W49". */
export function isoWeek(at: Date): string {
  const utc = new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return `${getISOWeekYear(utc)}-W${String(getISOWeek(utc)).padStart(2, "0")}`;
}

/** The instant an earlier alert's list was made (its payload's `asOf`), or null. */
function asOfOf(payload: unknown): number | null {
  if (!payload || typeof payload !== "object") return null;
  const at = Date.parse(String((payload as { asOf?: unknown }).asOf));
  return Number.isFinite(at) ? at : null;
}

/** Whether the user asked for alerts of new matches. */
export async function getMatchAlerts(userId: string): Promise<boolean> {
  const pref = await prisma.notificationPreference.findUnique({
    where: { userId_kind: { userId, kind: ALERT_KIND } },
    select: { enabled: true },
  });
  return pref?.enabled === true;
}

/** Switches the user's alerts of new matches on or off. */
export async function setMatchAlerts(userId: string, on: boolean): Promise<void> {
  await prisma.notificationPreference.upsert({
    where: { userId_kind: { userId, kind: ALERT_KIND } },
    create: { userId, kind: ALERT_KIND, enabled: on },
    update: { enabled: on },
  });
}

/** What one run did. */
export interface AlertRun {
  subscribers: number;
  enqueued: number;
}

/**
 * Writes this week's alert for every subscriber who has new matches (see module docs).
 * Idempotent per applicant and ISO week. `now` is injectable (tests use a fake clock).
 */
export async function sendMatchAlerts(now: Date = new Date()): Promise<AlertRun> {
  // Applicants are picked after reading (`roles` checked in JavaScript), as in
  // app/accounts/inactive-accounts.server.ts: the array operator (`roles: { has }`) failed on
  // the production server's embedded database with "malformed array literal" (seen in the
  // browser tests' server log), and subscribers are few (the alert is opt-in).
  const subscribers = (
    await prisma.user.findMany({
      where: {
        emailUndeliverableAt: null,
        notificationPrefs: { some: { kind: ALERT_KIND, enabled: true } },
      },
      select: { id: true, email: true, locale: true, roles: true },
      orderBy: { id: "asc" },
    })
  ).filter((user) => user.roles.includes("APPLICANT"));
  const run: AlertRun = { subscribers: subscribers.length, enqueued: 0 };
  if (!subscribers.length) return run;
  const week = isoWeek(now);
  const ctx = await getMatchContext(todayIso(now));
  const published = new Map(
    (
      await prisma.opportunity.findMany({
        where: { status: "PUBLISHED", publishedAt: { not: null, lte: now } },
        select: { id: true, publishedAt: true },
      })
    ).map((o) => [o.id, o.publishedAt!.getTime()]),
  );
  for (const user of subscribers) {
    const key = `${ALERT_KIND}:${user.id}:${week}`;
    const last = await prisma.notification.findFirst({
      where: { userId: user.id, kind: ALERT_KIND },
      orderBy: { createdAt: "desc" },
      select: { payload: true, idempotencyKey: true },
    });
    if (last?.idempotencyKey === key) continue; // this week's is written
    const since = asOfOf(last?.payload) ?? now.getTime() - WEEK_MS;
    const row = await getMatchingProfile(user.id);
    if (!row || needsInterests(ctx.catalogue.index, row.profile)) continue;
    const results = rankOpportunities(ctx.catalogue.index, row.profile, ctx.occupancy, ctx.today, {
      limit: ALERT_TOP,
      exclude: new Set(row.hidden),
    }).filter((r) => (published.get(r.opportunityId) ?? -Infinity) > since);
    if (!results.length) continue;
    const language = user.locale === "it" ? "it" : "en";
    const t = await getFixedT(language, "matching");
    const labels = topicLabelsFor(
      results.flatMap((r) => r.reasons),
      ctx.catalogue.topics,
      language,
    );
    const items = results.map((r) => {
      const o = ctx.catalogue.opportunities.get(r.opportunityId)!;
      return {
        url: appUrl(`/opportunities/${o.id}`),
        title: language === "it" ? o.titleIt : o.titleEn,
        centreName: language === "it" ? o.centre.nameIt : o.centre.name,
        reasons: r.reasons
          .filter((x) => x.code.startsWith("topic.") || x.code === "text.related")
          .slice(0, REASONS_PER_ITEM)
          .map((x) => reasonText(t, x, language, labels)),
      };
    });
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        kind: ALERT_KIND,
        userId: user.id,
        to: user.email,
        locale: language,
        payload: { url: appUrl("/matches"), items, asOf: now.toISOString() },
        idempotencyKey: key,
      }),
    );
    run.enqueued += 1;
  }
  if (run.enqueued) kickOutbox();
  return run;
}

/** The next daily run: tomorrow at 06:00 UTC. */
function nextAlertsAt(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 6));
}

/** Schedules a run of the alerts job at `runAt` (once per day). */
export async function scheduleMatchAlerts(runAt: Date = new Date()): Promise<boolean> {
  return enqueueJob(prisma, {
    name: MATCH_ALERTS_JOB,
    uniqueKey: `${MATCH_ALERTS_JOB}:${runAt.toISOString().slice(0, 10)}`,
    runAt,
  });
}

/** Registers the daily job: it writes the week's alerts, then schedules the next day's run. */
export function registerMatchAlertsJob(now: () => Date = () => new Date()): void {
  registerJob(MATCH_ALERTS_JOB, async () => {
    const at = now();
    await sendMatchAlerts(at);
    await scheduleMatchAlerts(nextAlertsAt(at));
  });
}
