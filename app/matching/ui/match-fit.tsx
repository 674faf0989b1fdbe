/**
 * "How this fits you" on an opportunity's page, for a signed-in applicant: the rank among
 * their matches with score parts and reasons, or why it is not among them. The opportunity
 * route's loader fills `fit` with `getOpportunityFitData` (app/matching/matching.server.ts).
 */
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FitData } from "../types";
import { ReasonList, ScoreParts, useScoreLabels } from "./match-display";

export type { FitData };

export function MatchFit({ fit }: { fit: FitData }) {
  const { t } = useTranslation("profile");
  const scoreLabels = useScoreLabels();
  return (
    <section className="fit" aria-labelledby="fit-title">
      <h2 id="fit-title">{t("fit.title")}</h2>
      {fit.status === "noInterests" ? (
        <p>
          {t("matching:noInterests")} <Link to="/profile">{t("matches.addInterests")}</Link>
        </p>
      ) : fit.status === "hidden" ? (
        <p>
          {t("matching:exclusion.hidden")} <Link to="/matches">{t("fit.seeHidden")}</Link>
        </p>
      ) : fit.status === "excluded" ? (
        <p>
          <strong>{t("fit.notListed")}</strong> {fit.reason}
        </p>
      ) : (
        <>
          <p>
            {fit.of === null ? t("fit.rankOpen", { rank: fit.rank }) : t("fit.rank", { rank: fit.rank, count: fit.of })}{" "}
            <Link to="/matches">{t("fit.allMatches")}</Link>
          </p>
          <ScoreParts score={fit.score} parts={fit.parts} labels={scoreLabels} />
          <ReasonList reasons={fit.reasons} />
          <p>
            <strong>{t("matches.earliest")}</strong> <time dateTime={fit.earliest.start}>{fit.earliest.range}</time>
          </p>
        </>
      )}
    </section>
  );
}
