/**
 * The /matches page in words, built once per ranking: each result as a card (title and
 * centre in the UI language), its reasons as sentences (match-text.ts) and its earliest
 * stay; near misses counted by cause in words; the hidden opportunities as cards. The words
 * depend only on the ranking, the language, the depth and the hidden list, so the view is
 * kept with the ranking (`MatchesPage.memo`, matching.server.ts).
 */
import type { TFunction } from "i18next";
import { formatDateRange, formatDay, languageLabel, reasonText } from "./match-text";
import type { MatchCardOpportunity, MatchesView } from "./matches-view";
import { topicLabelsFor, type CatalogueOpportunity, type MatchesPage } from "./matching.server";

/** An opportunity as its card shows it, in `language`. */
function card(o: CatalogueOpportunity, language: string): MatchCardOpportunity {
  const it = language === "it";
  return {
    id: o.id,
    type: o.type,
    title: it ? o.titleIt : o.titleEn,
    isExample: o.isExample,
    deadline: o.deadline ? { iso: o.deadline, text: formatDay(o.deadline, language) } : null,
    centre: { slug: o.centre.slug, name: it ? o.centre.nameIt : o.centre.name, city: o.centre.city },
  };
}

/** Why the list is empty in words, with the part of the profile to change. */
function emptyText(page: Extract<MatchesPage, { status: "ok" }>, t: TFunction, language: string): MatchesView["empty"] {
  const empty = page.empty;
  if (empty === null) return null;
  const list = (items: string[]) => new Intl.ListFormat(language === "it" ? "it" : "en-GB").format(items);
  if (empty.kind === "interests") {
    const names = empty.topicIds.map((id) => {
      const topic = page.topics.get(id);
      return topic ? (language === "it" ? topic.labelIt : topic.labelEn) : id;
    });
    return {
      text: t("matches.empty.interests", { topics: list(names), count: names.length }),
      link: "/profile#interests",
      linkText: t("matches.empty.changeInterests"),
    };
  }
  if (empty.kind === "languages") {
    return {
      text: t("matches.empty.languages", {
        languages: list(empty.languages.map((c) => languageLabel(c, language))),
        count: empty.languages.length,
      }),
      link: "/profile#languages",
      linkText: t("matches.empty.changeLanguages"),
    };
  }
  return { text: t("matches.none"), link: "/profile", linkText: t("matches.editProfile") };
}

/**
 * The page's results, near misses and hidden opportunities in `language` (`t` in the
 * "profile" namespace), for a list `show` deep; memoised with the ranking.
 */
export function matchesView(
  page: Extract<MatchesPage, { status: "ok" }>,
  t: TFunction,
  language: string,
  show: number,
): MatchesView {
  return page.memo(`${language}|${show}|${page.hidden.map((o) => o.id).join(",")}`, () => {
    const labels = topicLabelsFor(
      page.results.flatMap((r) => r.reasons),
      page.topics,
      language,
    );
    return {
      horizon: page.horizon
        ? t("matches.horizon", { range: formatDateRange(page.horizon.start, page.horizon.end, language) })
        : null,
      results: page.results.map((r) => {
        const w = r.earliestWindow;
        const days = Math.round((Date.parse(w.end) - Date.parse(w.start)) / 86_400_000) + 1;
        return {
          opportunity: card(r.opportunity, language),
          score: r.score,
          parts: r.parts,
          // The earliest stay has its own line; the other reasons are listed.
          reasons: r.reasons.filter((x) => !x.code.startsWith("dates.")).map((x) => reasonText(t, x, language, labels)),
          earliest: {
            start: w.start,
            range: formatDateRange(w.start, w.end, language),
            length: w.cohortId ? t("matches.cohort") : t("matches.days", { count: days }),
          },
        };
      }),
      excluded: page.excluded.map((e) => ({
        key: `${e.code}|${e.params.languageKey ?? ""}|${e.params.level ?? ""}`,
        text: t(`matches.excluded.${e.code.replace(/^exclusion\./, "")}`, {
          count: e.count,
          language: typeof e.params.languageKey === "string" ? languageLabel(e.params.languageKey, language) : "",
          level: e.params.level ?? "",
        }),
      })),
      empty: emptyText(page, t, language),
      hidden: page.hidden.map((o) => card(o, language)),
    };
  });
}
