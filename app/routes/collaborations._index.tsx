/**
 * GET /collaborations: open collaboration proposals (joint research partner search, issue 19
 * part 3), newest first or by relevance, with filters (topic with its narrower topics, kind
 * of partner, language, full-text search); SIGNED_IN proposals only for signed-in readers.
 * A signed-in reader also sees "Fits your interests": others' proposals ranked against their
 * profile interests, with reasons. A filter that does not parse is dropped. No JavaScript needed.
 */
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { namedOptions } from "~/platform/reference-lists";
import { getUser } from "~/accounts/auth.server";
import { PARTNER_KINDS } from "~/collaborations";
import { getListPage } from "~/collaborations/pages.server";
import { ProposalList } from "~/collaborations/ui/proposal-list";
import { parseProposalFilters } from "~/collaborations/validation";
import { TopicOptions } from "~/catalogue";
import { SubmitButton } from "~/components/forms";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getRequestT } from "~/platform/i18n.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const viewerId = user?.id ?? null;
  const filters = parseProposalFilters(new URL(request.url).searchParams);
  const { t, language } = await getRequestT(request, "collaborations");
  // Profiles (and so interests) are the applicants'; others see no "Fits your interests".
  const page = await getListPage(viewerId, filters, t, language, user?.roles.includes("APPLICANT") ?? false);
  return data(
    { title: t("list.metaTitle"), signedIn: viewerId !== null, filters, ...page },
    { headers: { "Cache-Control": viewerId ? "private, no-store" : "no-cache" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export default function CollaborationsPage() {
  const { signedIn, filters, proposals, fits, topics, languages } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("collaborations");
  return (
    <div>
      <h1>{t("list.title")}</h1>
      <p className="lead">{t("list.lead")}</p>
      {signedIn ? (
        <p>
          <Link className="button" to="/collaborations/new">
            {t("list.new")}
          </Link>{" "}
          <Link to="/collaborations/mine">{t("list.mine")}</Link>
        </p>
      ) : (
        <p>
          <Link to="/login?redirectTo=%2Fcollaborations">{t("list.signInLead")}</Link>
        </p>
      )}
      {fits ? (
        <section aria-labelledby="fits-title" className="panel">
          <h2 id="fits-title">{t("list.fitsTitle")}</h2>
          {!fits.hasInterests ? (
            <p>
              <Link to="/profile">{t("list.fitsNoProfile")}</Link>
            </p>
          ) : fits.entries.length ? (
            <>
              <p>{t("list.fitsLead")}</p>
              <ProposalList proposals={fits.entries} headingLevel={3} />
            </>
          ) : (
            <p>{t("list.fitsNone")}</p>
          )}
        </section>
      ) : null}
      <Form method="get" className="filters" aria-label={t("list.filters")}>
        {/* Laid out like the /opportunities and /events filters: label above each field, the same button. */}
        <div className="field">
          <label htmlFor="f-q">{t("list.search")}</label>
          <input id="f-q" type="search" name="q" defaultValue={filters.q} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="f-topic">{t("list.topic")}</label>
          <select id="f-topic" name="topic" defaultValue={filters.topic ?? ""}>
            <option value="">{t("list.any")}</option>
            <TopicOptions topics={topics} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-kind">{t("list.partnerKind")}</label>
          <select id="f-kind" name="partnerKind" defaultValue={filters.partnerKind ?? ""}>
            <option value="">{t("list.any")}</option>
            {PARTNER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-language">{t("list.language")}</label>
          <select id="f-language" name="language" defaultValue={filters.language ?? ""}>
            <option value="">{t("list.any")}</option>
            {namedOptions("language", languages, i18n.language).map((l) => (
              <option key={l.value} value={l.value} suppressHydrationWarning>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <SubmitButton formMethod="GET" pendingLabel={t("common:pending.applying")}>
            {t("list.apply")}
          </SubmitButton>
          <Link to="/collaborations">{t("list.clear")}</Link>
        </div>
      </Form>
      <p role="status">{t("list.count", { count: proposals.length })}</p>
      {proposals.length ? <ProposalList proposals={proposals} headingLevel={2} /> : <p>{t("list.none")}</p>}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
