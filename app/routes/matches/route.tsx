/**
 * /matches: the signed-in applicant's ranked opportunities (app/matching/matching.server.ts),
 * top 10 with "show more" (?show=20, 30, …), each with its score parts, its reasons, the
 * earliest stay with a free seat, "request this" (/requests/new?opportunity=<id>) and "not
 * interested" (POST intent=hide; hidden ones are listed at the end with "show again").
 * A profile without interests gets a prompt to add them. Near misses on the applicant's
 * topics are counted by cause ("2 opportunities need Italian").
 */
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useFetcher, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { ReasonList, ScoreParts, useScoreLabels } from "~/matching/ui/match-display";
import {
  getMatchesPage,
  hideOpportunity,
  topicLabelsFor,
  unhideOpportunity,
  type CatalogueOpportunity,
} from "~/matching/matching.server";
import matchingStyles from "~/styles/matching.css";
import { requireUserWithRole } from "~/accounts/auth.server";
import { todayIso } from "~/platform/dates";
import { readFormData } from "~/platform/form.server";
import { invariantResponse } from "~/platform/http";
import { getRequestT } from "~/platform/i18n.server";
import { formatDateRange, formatDay, languageLabel, reasonText } from "~/matching/match-text";
import { STAY_TYPES } from "~/catalogue/vocabulary";
import { parseSearchParams } from "~/platform/search-params";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: matchingStyles }];

/** Results per step of "show more" (ten cards: a clinician's first look, and a light page). */
const MATCHES_STEP = 10;
const MATCHES_MAX = 500;

const QuerySchema = z.object({ show: z.coerce.number().int().min(1).max(MATCHES_MAX).default(MATCHES_STEP) });

function card(o: CatalogueOpportunity, language: string) {
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

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const { show } = parseSearchParams(new URL(request.url), QuerySchema);
  const { t, language } = await getRequestT(request, "profile");
  const page = await getMatchesPage(user.id, { today: todayIso(), show });
  const headers = { "Cache-Control": "private, no-store" };
  if (page.status === "noInterests") {
    return data(
      { title: t("matches.metaTitle"), status: "noInterests" as const, hiddenCount: page.hiddenCount },
      { headers },
    );
  }
  // The words depend only on the ranking, the language, the depth and the hidden list:
  // built once per ranking (matching.server.ts keeps them with it).
  const view = page.memo(`${language}|${show}|${page.hidden.map((o) => o.id).join(",")}`, () => {
    const labels = topicLabelsFor(
      page.results.flatMap((r) => r.reasons),
      page.topics,
      language,
    );
    return {
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
      hidden: page.hidden.map((o) => card(o, language)),
    };
  });
  return data(
    {
      title: t("matches.metaTitle"),
      status: "ok" as const,
      show,
      total: page.total,
      totalIsExact: page.totalIsExact,
      ...view,
    },
    { headers },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

const ActionSchema = z.object({
  intent: z.enum(["hide", "unhide"]),
  opportunityId: z.string().regex(/^[a-z0-9]{1,40}$/i),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUserWithRole(request, "APPLICANT");
  const parsed = ActionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  invariantResponse(parsed.success, "Unknown action or opportunity", { status: 400 });
  const { intent, opportunityId } = parsed.data;
  if (intent === "hide") {
    const ok = await hideOpportunity(user.id, opportunityId);
    invariantResponse(ok, "No such opportunity", { status: 404 });
  } else {
    await unhideOpportunity(user.id, opportunityId);
  }
  // Post/redirect/get, back to the same depth of the list.
  const show = new URL(request.url).searchParams.get("show");
  return redirect(show && /^\d{1,3}$/.test(show) ? `/matches?show=${show}` : "/matches");
}

type LoaderData = Extract<ReturnType<typeof useLoaderData<typeof loader>>, { status: "ok" }>;
type Result = LoaderData["results"][number];

/** The words every card repeats, translated once per page. */
function useCardLabels() {
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
    }),
    [t, score],
  );
}

type CardLabels = ReturnType<typeof useCardLabels>;

function MatchCard({ result, rank, show, labels }: { result: Result; rank: number; show: number; labels: CardLabels }) {
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
          // components/labels.tsx's ExampleBadge, with its words translated once per page.
          <span className="badge badge-example" title={labels.exampleHint}>
            {labels.example}
          </span>
        ) : null}
      </header>
      <p className="muted">
        {labels.types[o.type]} · <Link to={`/centres/${o.centre.slug}`}>{o.centre.name}</Link> · {o.centre.city}
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
        <Link className="button" to={`/requests/new?opportunity=${encodeURIComponent(o.id)}`}>
          {labels.request} <span className="visually-hidden">: {o.title}</span>
        </Link>
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

function Excluded({ excluded }: { excluded: LoaderData["excluded"] }) {
  const { t } = useTranslation("profile");
  if (!excluded.length) return null;
  return (
    <section aria-labelledby="excluded-title" className="notice">
      <h2 id="excluded-title" className="card-title">
        {t("matches.excludedTitle")}
      </h2>
      <ul className="excluded-list">
        {excluded.map((e) => (
          <li key={e.key}>{e.text}</li>
        ))}
      </ul>
      <p className="hint">
        <Link to="/profile">{t("matches.editProfile")}</Link>
      </p>
    </section>
  );
}

function Hidden({ hidden, show }: { hidden: LoaderData["hidden"]; show: number }) {
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

export default function MatchesPage() {
  const loaderData = useLoaderData<typeof loader>();
  const { t } = useTranslation("profile");
  const labels = useCardLabels();
  if (loaderData.status === "noInterests") {
    return (
      <section aria-labelledby="matches-title">
        <h1 id="matches-title">{t("matches.title")}</h1>
        <div className="notice" role="status">
          <p>{t("matching:noInterests")}</p>
          <p>
            <Link className="button" to="/profile">
              {t("matches.addInterests")}
            </Link>
          </p>
        </div>
      </section>
    );
  }
  const { results, total, totalIsExact, show, excluded, hidden } = loaderData;
  const more = totalIsExact ? total > results.length : results.length >= show;
  return (
    <section aria-labelledby="matches-title">
      <h1 id="matches-title">{t("matches.title")}</h1>
      <p className="lead">{t("matches.lead")}</p>
      <p role="status" className="result-count">
        {totalIsExact ? t("matches.count", { count: total }) : t("matches.countAtLeast", { count: total })}{" "}
        <Link to="/profile" className="muted">
          {t("matches.editProfile")}
        </Link>
      </p>
      {results.length === 0 ? <p className="notice">{t("matches.none")}</p> : null}
      <Excluded excluded={excluded} />
      {results.length ? (
        <ol className="card-list" aria-label={t("matches.listLabel")}>
          {results.map((r, i) => (
            <MatchCard key={r.opportunity.id} result={r} rank={i + 1} show={show} labels={labels} />
          ))}
        </ol>
      ) : null}
      {more ? (
        <p className="pagination">
          <Link
            className="button button-secondary"
            to={`/matches?show=${Math.min(show + MATCHES_STEP, MATCHES_MAX)}`}
            preventScrollReset
          >
            {t("matches.showMore")}
          </Link>
        </p>
      ) : null}
      <Hidden hidden={hidden} show={show} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
