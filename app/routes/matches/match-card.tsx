/**
 * One /matches result as a card: rank, title and centre, kind of stay and deadline, the
 * score and its parts, the reasons, the earliest stay, "request this" and "not interested"
 * (a fetcher form; the card goes at once while the server records it). The words every
 * card repeats are translated once per page (`useCardLabels`).
 */
import { Link, useFetcher } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/forms";
import { STAY_TYPES } from "~/catalogue/vocabulary";
import { realProgrammesHref } from "~/catalogue/ui/example-badge";
import type { MatchResultView } from "~/matching/matches-view";
import { ReasonList, ScoreParts, useScoreLabels } from "~/matching/ui/match-display";
import { PlaceName } from "~/catalogue/ui/place-name";

/** The words every card repeats, translated once per page. */
export function useCardLabels() {
  const { t } = useTranslation("profile");
  const score = useScoreLabels();
  return useMemo(
    () => ({
      score,
      types: Object.fromEntries(STAY_TYPES.map((type) => [type, t(`common:opportunityType.${type}`)])) as Record<
        string,
        string
      >,
      rank: t("matches.rank", { rank: "{rank}" }),
      applyBy: t("matches.applyBy"),
      why: t("matches.why"),
      earliest: t("matches.earliest"),
      request: t("matches.request"),
      hide: t("matches.hide"),
      hiding: t("common:pending.hiding"),
      example: t("common:opportunity.example"),
      exampleHint: t("common:opportunity.exampleHint"),
      exampleNotRequestable: t("common:opportunity.exampleNotRequestable"),
      realProgrammes: t("common:opportunity.realProgrammes"),
    }),
    [t, score],
  );
}

type CardLabels = ReturnType<typeof useCardLabels>;

/** The card of the result ranked `rank`; "not interested" posts back to the list `show` deep. */
export function MatchCard({
  result,
  rank,
  show,
  labels,
}: {
  result: MatchResultView;
  rank: number;
  show: number;
  labels: CardLabels;
}) {
  const fetcher = useFetcher();
  const o = result.opportunity;
  // Optimistic "not interested": the card goes while the server records it.
  if (fetcher.state !== "idle" && fetcher.formData?.get("intent") === "hide") return null;
  return (
    <li className="card match-card">
      <header>
        <h2 className="card-title">
          <span className="match-rank">{labels.rank.replace("{rank}", String(rank))}</span>
          <Link to={`/opportunities/${o.id}`}>{o.title}</Link>
        </h2>
        {o.isExample ? (
          // catalogue/ui/example-badge.tsx's ExampleBadge, with its words translated once per page.
          <span className="badge badge-example" title={labels.exampleHint}>
            {labels.example}
          </span>
        ) : null}
      </header>
      <p className="muted">
        {labels.types[o.type]} · <Link to={`/centres/${o.centre.slug}`}>{o.centre.name}</Link> ·{" "}
        <PlaceName name={o.centre.city} />
        {o.deadline ? (
          <>
            {" "}
            · {labels.applyBy} <time dateTime={o.deadline.iso}>{o.deadline.text}</time>
          </>
        ) : null}
      </p>
      <ScoreParts score={result.score} parts={result.parts} labels={labels.score} />
      <h3 className="visually-hidden">{labels.why}</h3>
      <ReasonList reasons={result.reasons} />
      <p>
        <strong>{labels.earliest}</strong> <time dateTime={result.earliest.start}>{result.earliest.range}</time>{" "}
        {result.earliest.length}
      </p>
      <div className="match-actions">
        {o.isExample ? (
          // An example cannot be requested until the centre adopts it (decision 0026).
          <p className="example-notice">
            {labels.exampleNotRequestable} <Link to={realProgrammesHref(o.centre.slug)}>{labels.realProgrammes}</Link>
          </p>
        ) : (
          <Link className="button" to={`/requests/new?opportunity=${encodeURIComponent(o.id)}`}>
            {labels.request} <span className="visually-hidden">: {o.title}</span>
          </Link>
        )}
        <fetcher.Form method="post" action={`/matches?show=${show}`} preventScrollReset>
          <input type="hidden" name="opportunityId" value={o.id} />
          <SubmitButton
            fetcher={fetcher}
            formAction="/matches"
            intent="hide"
            className="button button-secondary"
            pendingLabel={labels.hiding}
          >
            {labels.hide} <span className="visually-hidden">: {o.title}</span>
          </SubmitButton>
        </fetcher.Form>
      </div>
    </li>
  );
}
