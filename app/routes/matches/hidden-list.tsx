/**
 * The opportunities the applicant marked "not interested", listed at the end of /matches,
 * each with "show again" (a form posting intent=unhide). Renders nothing when none are hidden.
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/forms";
import type { MatchCardOpportunity } from "~/matching/matches-view";

/** The hidden opportunities; "show again" posts back to the list `show` deep. */
export function Hidden({ hidden, show }: { hidden: MatchCardOpportunity[]; show: number }) {
  const { t } = useTranslation("profile");
  if (!hidden.length) return null;
  return (
    <section aria-labelledby="hidden-title">
      <h2 id="hidden-title">{t("matches.hiddenTitle", { count: hidden.length })}</h2>
      <p className="muted">{t("matches.hiddenLead")}</p>
      <ul className="card-list">
        {hidden.map((o) => (
          <li key={o.id} className="card">
            <p>
              <Link to={`/opportunities/${o.id}`}>{o.title}</Link> · {o.centre.name}
            </p>
            <Form method="post" action={`/matches?show=${show}`} preventScrollReset>
              <input type="hidden" name="opportunityId" value={o.id} />
              <SubmitButton
                formAction="/matches"
                intent="unhide"
                fields={{ opportunityId: o.id }}
                className="link-button"
                pendingLabel={t("common:pending.showing")}
              >
                {t("matches.unhide")} <span className="visually-hidden">: {o.title}</span>
              </SubmitButton>
            </Form>
          </li>
        ))}
      </ul>
    </section>
  );
}
