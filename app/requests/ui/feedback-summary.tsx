/**
 * Visitors' feedback on their stays, aggregated for a centre's coordinators (issue 16, part
 * 5): counts, the mean rating, how many would recommend, and the comments without names.
 * Below FEEDBACK_MIN_ANSWERS answers: "not enough answers yet" (anonymity).
 */
import { useTranslation } from "react-i18next";
import type { FeedbackSummary } from "~/requests/feedback";
import { numberFormat } from "~/platform/number-format";

export function FeedbackSummaryView({ summary }: { summary: FeedbackSummary }) {
  const { t, i18n } = useTranslation("dashboard");
  const number = (v: number) => numberFormat(i18n.language).format(v);
  return (
    <section aria-labelledby="feedback-summary-title" className="feedback-summary">
      <h2 id="feedback-summary-title">{t("feedback.title")}</h2>
      {summary.status === "too-few" ? (
        <p>{t("feedback.tooFew", { count: summary.answers })}</p>
      ) : (
        <>
          <dl className="facts-grid">
            <dt>{t("feedback.answers")}</dt>
            <dd>{number(summary.answers)}</dd>
            <dt>{t("feedback.average")}</dt>
            <dd>{t("feedback.averageValue", { value: number(summary.averageRating) })}</dd>
            <dt>{t("feedback.recommend")}</dt>
            <dd>{t("feedback.recommendValue", { count: summary.recommend, total: number(summary.answers) })}</dd>
          </dl>
          <table>
            <caption>{t("feedback.ratingsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("feedback.rating")}</th>
                <th scope="col">{t("feedback.answers")}</th>
              </tr>
            </thead>
            <tbody>
              {summary.ratings.map((n, i) => (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>{number(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {(["mostUseful", "couldBeBetter"] as const).map((k) => (
            <div key={k}>
              <h3>{t(`feedback.${k}`)}</h3>
              {summary[k].length ? (
                <ul>
                  {summary[k].map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              ) : (
                <p>{t("feedback.noComments")}</p>
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
