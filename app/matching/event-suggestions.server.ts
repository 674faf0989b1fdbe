/**
 * Events suggested to a signed-in person beside their matched opportunities (issue 18,
 * part 2), on /matches. An upcoming published event (not yet started; examples only where
 * the installation shows them) is suggested when
 * - it is in a language the person speaks (any level: events state no level), or the
 *   person has given no language; and
 * - one of its topics is one of the person's interests or a narrower topic of one (the
 *   taxonomy's tree, as the matcher reads it), or it takes place during one of the person's
 *   approved stays at one of its organising centres or in that centre's city; and
 * - its audience does not exclude the person: an event for some professions (career stages)
 *   is not suggested to a person whose profile gives another one (a person who has not given
 *   theirs is not excluded: events are looser than opportunities' eligibility).
 * An event during an approved stay is pointed out ("while you are at CNAO"). Order: during
 * a stay first, then by interest weight (a core interest counts twice, an exact topic more
 * than a narrower one), then soonest. Reasons come back as data; the words are the route's.
 */
import { listedEventWhere } from "~/catalogue/event.server";
import { eventListEntry, utcToZonedWallClock } from "~/catalogue";
import { getTaxonomy, withDescendants } from "~/catalogue/topic.server";
import { addDays, compareIsoDates, type IsoDate } from "~/platform/calendar";
import { prisma } from "~/platform/db.server";
import type { TFunction } from "i18next";
import { formatDateRange, languageLabel } from "./match-text";
import type { MatchProfile } from "./types";

/** Most suggestions shown. */
export const EVENT_SUGGESTIONS_MAX = 6;

/** Why an event fits, as data: topic reasons (as the matcher's), languages, and an approved stay it falls in. */
export interface EventSuggestionReasons {
  topics: { eventTopic: string; profileTopic: string; kind: "exact" | "narrower"; weight: "CORE" | "ALSO" }[];
  /** ISO 639-1 codes the event and the person share. */
  languages: string[];
  /** The approved stay the event falls in: its centre and its inclusive dates. */
  stay: { centre: { name: string; nameIt: string }; start: IsoDate; end: IsoDate } | null;
}

const SELECT = {
  id: true,
  kind: true,
  status: true,
  isExample: true,
  titleEn: true,
  titleIt: true,
  allDay: true,
  startsAt: true,
  endsAt: true,
  startDate: true,
  endDate: true,
  online: true,
  city: true,
  languages: true,
  professions: true,
  careerStages: true,
  topics: { select: { topicId: true } },
  centres: {
    select: { centreId: true, centre: { select: { slug: true, name: true, nameIt: true } } },
    orderBy: { lead: "desc" as const },
  },
};

/** A topic reason's weight: a core interest counts twice, an exact topic twice a narrower one. */
const rank = (t: { kind: "exact" | "narrower"; weight: "CORE" | "ALSO" }) =>
  (t.weight === "CORE" ? 2 : 1) * (t.kind === "exact" ? 2 : 1);

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The event's days in Europe/Rome, inclusive (all-day: its dates; timed: the days its instants fall on). */
function eventDays(e: { allDay: boolean; startsAt: Date; endsAt: Date; startDate: Date | null; endDate: Date | null }) {
  if (e.allDay && e.startDate && e.endDate) return { start: isoDay(e.startDate), end: addDays(isoDay(e.endDate), -1) };
  return {
    start: utcToZonedWallClock(e.startsAt).date,
    end: utcToZonedWallClock(new Date(e.endsAt.getTime() - 1)).date,
  };
}

/**
 * The events to suggest to `userId` with `profile`, best first, at most `limit`, each with
 * its reasons. `now` is injectable for tests.
 */
export async function suggestEvents(
  userId: string,
  profile: MatchProfile,
  { now = new Date(), limit = EVENT_SUGGESTIONS_MAX }: { now?: Date; limit?: number } = {},
) {
  const [taxonomy, stays] = await Promise.all([
    getTaxonomy(),
    prisma.request.findMany({
      where: { applicantId: userId, status: "APPROVED", endDate: { gte: new Date(`${isoDay(now)}T00:00:00Z`) } },
      select: {
        startDate: true,
        endDate: true,
        opportunity: { select: { centreId: true, centre: { select: { name: true, nameIt: true, city: true } } } },
      },
      orderBy: { startDate: "asc" },
    }),
  ]);
  // Every topic the person's interests cover (narrower ones included), with the interest it comes from.
  const covered = new Map<string, { profileTopic: string; kind: "exact" | "narrower"; weight: "CORE" | "ALSO" }>();
  const sorted = [...profile.interests].sort((a, b) => (a.weight === b.weight ? 0 : a.weight === "CORE" ? -1 : 1));
  for (const interest of sorted) {
    for (const id of withDescendants(taxonomy, interest.topicId)) {
      const kind = id === interest.topicId ? "exact" : "narrower";
      const seen = covered.get(id);
      if (!seen || (seen.kind === "narrower" && kind === "exact" && seen.weight === interest.weight))
        covered.set(id, { profileTopic: interest.topicId, kind, weight: interest.weight });
    }
  }
  const spoken = new Set(profile.languages.map((l) => l.code));
  const events = await prisma.event.findMany({
    where: {
      AND: [listedEventWhere(), { startsAt: { gt: now } }, spoken.size ? { languages: { hasSome: [...spoken] } } : {}],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
    select: SELECT,
  });
  const out = [];
  for (const e of events) {
    if (profile.profession && e.professions.length && !e.professions.includes(profile.profession)) continue;
    if (profile.careerStage && e.careerStages.length && !e.careerStages.includes(profile.careerStage)) continue;
    const topics = e.topics.flatMap(({ topicId }) => {
      const c = covered.get(topicId);
      return c ? [{ eventTopic: topicId, ...c }] : [];
    });
    topics.sort((a, b) => rank(b) - rank(a));
    const days = eventDays(e);
    const centreIds = new Set(e.centres.map((c) => c.centreId));
    const stay = stays.find(
      (s) =>
        compareIsoDates(days.start, isoDay(s.endDate)) <= 0 &&
        compareIsoDates(isoDay(s.startDate), days.end) <= 0 &&
        !e.online &&
        (centreIds.has(s.opportunity.centreId) || (e.city !== null && e.city === s.opportunity.centre.city)),
    );
    if (topics.length === 0 && !stay) continue;
    const score = (stay ? 100 : 0) + topics.reduce((sum, t) => sum + rank(t), 0);
    const reasons: EventSuggestionReasons = {
      topics,
      languages: e.languages.filter((l) => spoken.has(l)),
      stay: stay
        ? {
            centre: { name: stay.opportunity.centre.name, nameIt: stay.opportunity.centre.nameIt },
            start: isoDay(stay.startDate),
            end: isoDay(stay.endDate),
          }
        : null,
    };
    out.push({ event: e, reasons, score });
  }
  return out
    .sort((a, b) => b.score - a.score || a.event.startsAt.getTime() - b.event.startsAt.getTime())
    .slice(0, limit);
}

export type EventSuggestion = Awaited<ReturnType<typeof suggestEvents>>[number];

/**
 * A suggestion in words, in `language`: the event as lists show it and its reasons as
 * sentences (the matcher's topic sentences, the shared languages, the stay it falls in).
 */
export function eventSuggestionView(
  s: EventSuggestion,
  t: TFunction,
  language: string,
  labelOf: (topicId: string) => string,
) {
  const it = language === "it";
  const list = (items: string[]) => new Intl.ListFormat(it ? "it" : "en-GB").format(items);
  const reasons: string[] = [];
  const { stay, topics, languages } = s.reasons;
  if (stay)
    reasons.push(
      t("events:suggestions.duringStay", {
        centre: it ? stay.centre.nameIt : stay.centre.name,
        range: formatDateRange(stay.start, stay.end, language),
      }),
    );
  for (const r of topics.slice(0, 2))
    reasons.push(
      t(`matching:reason.topic.${r.kind}_${r.weight === "CORE" ? "core" : "also"}`, {
        oppTopic: labelOf(r.eventTopic),
        profileTopic: labelOf(r.profileTopic),
      }),
    );
  if (languages.length)
    reasons.push(
      t("events:suggestions.languages", { languages: list(languages.map((l) => languageLabel(l, language))) }),
    );
  return { ...eventListEntry(s.event, language), reasons, duringStay: stay !== null };
}
