/**
 * /coordinator/opportunities/:id/suggestions: the applicants (who opted in to being
 * suggested to centres) whose rankings place this opportunity highest, with their public
 * profile and why it fits them. Only for a published opportunity of the coordinator's own
 * centres: anything else is a 404 (authorised in the query's where clause).
 *
 * Each card can invite the applicant to apply (intent "invite", with an optional note:
 * app/matching/application-invitation.server.ts checks everything again and writes the
 * invitation, the e-mail and the audit event in one transaction); once invited, the card says
 * when, and whether they have applied since.
 */
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ReasonList, ScoreParts, useScoreLabels } from "~/matching/ui/match-display";
import { getCoordinatorOpportunity, getSuggestions, topicLabelsFor } from "~/matching/matching.server";
import { getInvitationStates, inviteToApply } from "~/matching/application-invitation.server";
import { readFormData } from "~/platform/form.server";
import { getPublicProfiles } from "~/matching/profile.server";
import { getTaxonomy } from "~/catalogue/topic.server";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { notFound } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { formatDateRange, languageLabel } from "~/matching/match-text";
import { countryName } from "~/platform/reference-lists.server";
import { InvitationStatus, InviteForm } from "./invite-form";
import { ProfileDetails } from "./profile-details";
import { InviteSchema } from "./invite-schema";
import { theirReason } from "./their-reason";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: matchingStyles }];

const SHOWN = 20;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such opportunity");
  const opportunity = await getCoordinatorOpportunity(user.id, id);
  if (!opportunity) notFound("No such opportunity");
  const { t, language } = await getRequestT(request, "profile");
  const it = language === "it";
  const [{ byOpportunity, topics, considered }, taxonomy, invitations] = await Promise.all([
    getSuggestions([id], { today: todayIso(), perOpportunity: SHOWN }),
    getTaxonomy(),
    getInvitationStates([id]),
  ]);
  const invited = invitations.get(id) ?? new Map();
  const suggestions = byOpportunity.get(id) ?? [];
  const profiles = new Map((await getPublicProfiles(suggestions.map((s) => s.userId))).map((p) => [p.userId, p]));
  const label = (topicId: string) => {
    const topic = taxonomy.byId.get(topicId);
    return topic ? (it ? topic.labelIt : topic.labelEn) : topicId;
  };
  return {
    title: t("suggestions.oneMetaTitle", { title: it ? opportunity.titleIt : opportunity.titleEn }),
    considered,
    opportunity: {
      id: opportunity.id,
      type: opportunity.type,
      title: it ? opportunity.titleIt : opportunity.titleEn,
      centre: it ? opportunity.centre.nameIt : opportunity.centre.name,
    },
    suggestions: suggestions.flatMap((s) => {
      const p = profiles.get(s.userId);
      if (!p) return [];
      const invitation = invited.get(s.userId);
      return [
        {
          userId: s.userId,
          rank: s.rank,
          invitation: invitation
            ? {
                invitedAt: invitation.invitedAt.toISOString(),
                invitedByName: invitation.invitedByName,
                applied: invitation.applied
                  ? {
                      requestId: invitation.applied.requestId,
                      submittedAt: invitation.applied.submittedAt.toISOString(),
                      status: invitation.applied.status,
                    }
                  : null,
              }
            : null,
          score: s.result.score,
          parts: s.result.parts,
          reasons: [
            ...s.result.reasons
              .map((r) => theirReason(t, r, language, topicLabelsFor(s.result.reasons, topics, language)))
              .filter((x): x is string => x !== null),
            `${t("suggestions.reason.dates")} ${formatDateRange(s.result.earliestWindow.start, s.result.earliestWindow.end, language)}`,
          ],
          profile: {
            name: p.user.name,
            profession: p.profession,
            careerStage: p.careerStage,
            country: p.country ? countryName(p.country, language) : null,
            homeInstitution: p.homeInstitution,
            rorId: p.rorId,
            orcid: p.orcid,
            website: p.website,
            statement: p.researchStatement,
            languages: p.languages.map((l) => `${languageLabel(l.code, language)} ${l.level}`).join(", "),
            interests: p.interests.map((i) => `${label(i.topicId)} (${t(`topics.weight.${i.weight}`)})`).join(", "),
          },
        },
      ];
    }),
  };
}

type ActionResult = { applicantId: string | null; result: SubmissionResult<string[]> };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, "COORDINATOR");
  const id = params.id ?? "";
  if (!/^[a-z0-9]{1,40}$/i.test(id)) notFound("No such opportunity");
  const formData = await readFormData(request);
  const submission = parseWithZod(formData, { schema: InviteSchema });
  const reply = (body: ActionResult, status: number) => data(body, { status });
  if (submission.status !== "success") {
    const applicantId = formData.get("applicantId");
    return reply(
      { applicantId: typeof applicantId === "string" ? applicantId : null, result: submission.reply() },
      400,
    );
  }
  const { applicantId, message } = submission.value;
  const outcome = await inviteToApply({
    coordinator: { id: user.id, name: user.name },
    opportunityId: id,
    applicantId,
    message,
    today: todayIso(),
  });
  const refuse = (key: string, status: number) =>
    reply(
      { applicantId, result: submission.reply({ formErrors: [`profile:suggestions.invite.refused.${key}`] }) },
      status,
    );
  switch (outcome.status) {
    case "invited":
      return redirect(`/coordinator/opportunities/${id}/suggestions`);
    case "no-opportunity":
      return notFound("No such opportunity");
    case "not-suggested":
      return refuse("notSuggested", 404);
    case "example":
      return refuse("example", 409);
    case "already-invited":
      return refuse("alreadyInvited", 409);
    case "open-request":
      return refuse("openRequest", 409);
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function OpportunitySuggestions() {
  const { opportunity, suggestions, considered } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("profile");
  const scoreLabels = useScoreLabels();
  return (
    <section aria-labelledby="suggestions-title">
      <p className="breadcrumb">
        <Link to="/coordinator/suggestions">{t("suggestions.title")}</Link>
      </p>
      <h1 id="suggestions-title">{t("suggestions.oneTitle", { title: opportunity.title })}</h1>
      <p className="muted">
        {t(`common:opportunityType.${opportunity.type}`)} · {opportunity.centre} ·{" "}
        <Link to={`/opportunities/${opportunity.id}`}>{t("suggestions.publicPage")}</Link>
      </p>
      <p className="lead">{t("suggestions.oneLead", { count: considered })}</p>
      {suggestions.length ? (
        <ol className="card-list">
          {suggestions.map((s) => {
            return (
              <li key={s.userId} className="card match-card">
                <h2 className="card-title">{s.profile.name}</h2>
                <p className="muted">
                  {[
                    s.profile.profession ? t(`common:profession.${s.profile.profession}`) : null,
                    s.profile.careerStage ? t(`common:careerStage.${s.profile.careerStage}`) : null,
                    s.profile.country,
                    s.profile.homeInstitution,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p>
                  <strong>{t("suggestions.theirRank", { rank: s.rank })}</strong>
                </p>
                <ScoreParts score={s.score} parts={s.parts} labels={scoreLabels} />
                <ReasonList reasons={s.reasons} />
                <ProfileDetails profile={s.profile} />
                {s.invitation ? (
                  <InvitationStatus
                    invitation={s.invitation}
                    errors={actionData?.applicantId === s.userId ? actionData.result.error?.[""] : undefined}
                  />
                ) : (
                  <InviteForm
                    applicantId={s.userId}
                    name={s.profile.name}
                    lastResult={actionData?.applicantId === s.userId ? actionData.result : undefined}
                  />
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="notice">{t("suggestions.noneYet")}</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
