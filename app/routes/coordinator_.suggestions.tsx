/**
 * /coordinator/suggestions: for each published opportunity of the coordinator's centres, the
 * applicants whose rankings place it highest, among those who agreed to be suggested to
 * centres (Profile.suggestToCentres). Three per opportunity; the opportunity's own page
 * (/coordinator/opportunities/:id/suggestions) lists more, with their public profiles and
 * the "Invite to apply" form. Each opportunity also says how many applicants its centre
 * invited and how many of them applied since.
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getSuggestions, listCoordinatorOpportunities } from "~/matching/matching.server";
import { getPublicProfiles } from "~/matching/profile.server";
import { countInvitations } from "~/matching/application-invitation.server";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { getRequestT } from "~/platform/i18n.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: matchingStyles }];

const PER_OPPORTUNITY = 3;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const { t, language } = await getRequestT(request, "profile");
  const opportunities = await listCoordinatorOpportunities(user.id);
  const ids = opportunities.map((o) => o.id);
  const [{ byOpportunity }, invitations] = await Promise.all([
    getSuggestions(ids, { today: todayIso(), perOpportunity: PER_OPPORTUNITY }),
    countInvitations(ids),
  ]);
  const userIds = [...new Set([...byOpportunity.values()].flat().map((s) => s.userId))];
  const names = new Map((await getPublicProfiles(userIds)).map((p) => [p.userId, p.user.name]));
  const it = language === "it";
  return {
    title: t("suggestions.metaTitle"),
    opportunities: opportunities.map((o) => ({
      id: o.id,
      type: o.type,
      title: it ? o.titleIt : o.titleEn,
      centre: it ? o.centre.nameIt : o.centre.name,
      invitations: invitations.get(o.id) ?? { invited: 0, applied: 0 },
      suggestions: (byOpportunity.get(o.id) ?? [])
        .filter((s) => names.has(s.userId))
        .map((s) => ({ userId: s.userId, name: names.get(s.userId)!, rank: s.rank, score: s.result.score })),
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function CoordinatorSuggestions() {
  const { opportunities } = useLoaderData<typeof loader>();
  const { t } = useTranslation("profile");
  return (
    <section aria-labelledby="suggestions-title">
      <p className="breadcrumb">
        <Link to="/coordinator">{t("suggestions.back")}</Link>
      </p>
      <h1 id="suggestions-title">{t("suggestions.title")}</h1>
      <p className="lead">{t("suggestions.lead")}</p>
      {opportunities.length ? (
        <ul className="card-list">
          {opportunities.map((o) => (
            <li key={o.id} className="card">
              <h2 className="card-title">
                <Link to={`/coordinator/opportunities/${o.id}/suggestions`}>{o.title}</Link>
              </h2>
              <p className="muted">
                {t(`common:opportunityType.${o.type}`)} · {o.centre}
              </p>
              {o.invitations.invited ? (
                <p>
                  {t("suggestions.invite.overviewCounts", {
                    count: o.invitations.invited,
                    applied: o.invitations.applied,
                  })}
                </p>
              ) : null}
              {o.suggestions.length ? (
                <ul>
                  {o.suggestions.map((s) => (
                    <li key={s.userId}>
                      {s.name} · {t("suggestions.theirRank", { rank: s.rank })}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t("suggestions.noneYet")}</p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("suggestions.noOpportunities")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
