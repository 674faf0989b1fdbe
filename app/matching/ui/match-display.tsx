/**
 * Showing a match: its score (a decorative stacked bar plus the parts as a list) and its
 * reasons, already in words (app/matching/match-text.ts renders them in the loader). Shared by
 * /matches, the opportunity page's "your fit" and the coordinators' suggestions.
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { PartName } from "~/matching/types";
import { formatScore } from "~/matching/match-text";
import { fitLevel, formatShare, type FitLevel } from "~/matching/fit-label";

export const PART_NAMES: readonly PartName[] = ["topics", "text", "type", "dates", "deadline"];

/** Reasons, one per line. */
export function ReasonList({ reasons, className = "reasons" }: { reasons: string[]; className?: string }) {
  return (
    <ul className={className}>
      {reasons.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}

/** Width class (0–100 in steps of 5) for a share of the bar: the CSP allows no inline styles. */
function widthClass(part: number, total: number): string {
  if (total <= 0 || part <= 0) return "w-0";
  return `w-${Math.max(5, Math.round((part / total) * 20) * 5)}`;
}

export interface ScoreLabels {
  language: string;
  total: string;
  partsLabel: string;
  showScore: string;
  fit: Record<FitLevel, string>;
  parts: Record<PartName, string>;
}

/** The words ScoreParts needs, once per page (a list of twenty cards would otherwise translate them twenty times). */
export function useScoreLabels(): ScoreLabels {
  const { t, i18n } = useTranslation("profile");
  return useMemo(
    () => ({
      language: i18n.language,
      total: t("score.total"),
      partsLabel: t("score.partsLabel"),
      showScore: t("score.showScore"),
      fit: {
        excellent: t("score.fit.excellent"),
        good: t("score.fit.good"),
        possible: t("score.fit.possible"),
      },
      parts: Object.fromEntries(PART_NAMES.map((p) => [p, t(`matching:part.${p}`)])) as Record<PartName, string>,
    }),
    [t, i18n.language],
  );
}

/**
 * The fit label (fit-label.ts), a stacked bar of the parts (hidden from assistive tech), the
 * parts as shares of the whole, and the raw score and parts only on request (a disclosure).
 */
export function ScoreParts({
  score,
  parts,
  labels,
}: {
  score: number;
  parts: Record<PartName, number>;
  labels: ScoreLabels;
}) {
  const shown = PART_NAMES.filter((p) => parts[p] > 0);
  const level = fitLevel(score);
  return (
    <div className="score">
      <p className="score-total">
        <strong className={`fit-label fit-${level}`}>{labels.fit[level]}</strong>
      </p>
      <div className="score-bar" aria-hidden="true">
        {shown.map((p) => (
          <span key={p} className={`seg-${p} ${widthClass(parts[p], score)}`} />
        ))}
      </div>
      <dl className="score-parts" aria-label={labels.partsLabel}>
        {shown.map((p) => (
          <div key={p}>
            <dt>
              <span className={`swatch seg-${p}`} aria-hidden="true" /> {labels.parts[p]}
            </dt>
            <dd>{formatShare(parts[p], score, labels.language)}</dd>
          </div>
        ))}
      </dl>
      <details className="score-raw">
        <summary>{labels.showScore}</summary>
        <p>
          {labels.total} <strong>{formatScore(score, labels.language)}</strong> ={" "}
          {shown.map((p) => `${labels.parts[p]} ${formatScore(parts[p], labels.language)}`).join(" + ")}
        </p>
      </details>
    </div>
  );
}
