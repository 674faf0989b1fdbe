/**
 * /inbox: the requests of the coordinator's centres only (admins: every centre), with
 * counts per state, filters (state, opportunity, assignee, "waiting on me"), search by
 * applicant name or e-mail, sorting by the share of the response clock used (oldest share
 * first) or by age, bulk decline with a reason (POST intent=bulk-decline, `ids`,
 * `reason`), and the CSV export of the same filtered list (/inbox/export.csv).
 */
import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { Instant, StatusBadge, StayDates } from "~/requests/ui/request-display";
import {
  BULK_MAX,
  bulkDecline,
  countInboxByState,
  getInboxFilterOptions,
  listInbox,
  parseInboxFilters,
  requireInboxActor,
} from "~/requests/inbox.server";
import requestStyles from "~/styles/requests.css";
import { readFormData } from "~/platform/form.server";
import { INBOX_SORTS } from "~/requests/inbox-sorts";
import { getRequestT } from "~/platform/i18n.server";
import { IdSchema, REASON_MAX, ReasonSchema } from "~/requests/request-validation";
import { safeRedirect } from "~/accounts/safe-redirect";
import { STATES } from "~/requests/transitions";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request);
  const url = new URL(request.url);
  const filters = parseInboxFilters(url);
  const { t, language } = await getRequestT(request, "inbox");
  const it = language === "it";
  const [list, counts, options] = await Promise.all([
    listInbox(actor, filters),
    countInboxByState(actor),
    getInboxFilterOptions(actor),
  ]);
  const declined = url.searchParams.get("declined");
  const skipped = url.searchParams.get("skipped");
  const welcome = url.searchParams.get("welcome") === "1";
  return data(
    {
      title: t("list.metaTitle"),
      filters,
      counts,
      total: list.total,
      pageCount: list.pageCount,
      flash: declined !== null ? { declined: Number(declined) || 0, skipped: Number(skipped) || 0 } : null,
      welcome,
      rows: list.rows.map((r) => ({
        ...r,
        opportunity: { id: r.opportunity.id, title: it ? r.opportunity.titleIt : r.opportunity.titleEn },
        responseTimeDays: r.opportunity.centre.responseTimeDays,
        centreName: it ? r.opportunity.centre.nameIt : r.opportunity.centre.name,
      })),
      opportunities: options.opportunities.map((o) => ({
        id: o.id,
        label: `${it ? o.titleIt : o.titleEn} · ${o.centre.name}`,
      })),
      coordinators: options.coordinators,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

const BulkSchema = z.object({
  ids: z
    .array(IdSchema, { required_error: "inbox:bulk.noneSelected" })
    .min(1, "inbox:bulk.noneSelected")
    .max(BULK_MAX, "inbox:bulk.tooMany"),
  reason: ReasonSchema,
  back: z.string().max(2_000).optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireInboxActor(request);
  const formData = await readFormData(request, 64 * 1024);
  if (formData.get("intent") !== "bulk-decline") {
    return data(
      { result: { status: "error" as const, error: { "": ["requests:refusal.unknown-action"] } } },
      { status: 400 },
    );
  }
  const submission = parseWithZod(formData, { schema: BulkSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const { declined, skipped } = await bulkDecline(actor, submission.value.ids, submission.value.reason);
  const back = new URL(safeRedirect(submission.value.back, "/inbox"), "http://x");
  back.searchParams.set("declined", String(declined));
  back.searchParams.set("skipped", String(skipped));
  return redirect(back.pathname.startsWith("/inbox") ? `${back.pathname}${back.search}` : `/inbox${back.search}`);
}

function ClockUse({
  shareUsed,
  paused,
  responseTimeDays,
}: {
  shareUsed: number | null;
  paused: boolean;
  responseTimeDays: number;
}) {
  const { t } = useTranslation("inbox");
  if (shareUsed === null) return <span className="muted">—</span>;
  const percent = Math.max(0, Math.round(shareUsed * 100));
  const day = Math.min(Math.max(1, Math.ceil(shareUsed * responseTimeDays)), 999);
  const level = shareUsed >= 1 ? "overdue" : shareUsed >= 0.5 ? "late" : "ok";
  return (
    <span className={`clock clock-${level}`}>
      {shareUsed >= 1 ? t("clock.overdue") : t("clock.day", { day, days: responseTimeDays })} ({percent}%)
      {paused ? <span className="muted"> · {t("clock.paused")}</span> : null}
    </span>
  );
}

export default function InboxPage() {
  const { filters, counts, rows, total, pageCount, opportunities, coordinators, flash, welcome } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("inbox");
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: "bulk",
    constraint: getZodConstraint(BulkSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BulkSchema }),
    shouldValidate: "onSubmit",
  });
  const query = searchParams.toString();
  const withParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    next.delete("page");
    next.delete("declined");
    next.delete("skipped");
    if (value === null) next.delete(name);
    else next.set(name, value);
    return `/inbox?${next.toString()}`;
  };
  const exportQuery = new URLSearchParams(searchParams);
  for (const k of ["page", "declined", "skipped", "welcome"]) exportQuery.delete(k);

  return (
    <section aria-labelledby="inbox-title" className="inbox">
      <h1 id="inbox-title">{t("list.title")}</h1>
      {welcome ? (
        <p className="flash flash-success" role="status">
          {t("list.welcome")}
        </p>
      ) : null}
      {flash ? (
        <p className="flash flash-success" role="status">
          {t("bulk.done", { count: flash.declined })}
          {flash.skipped ? ` ${t("bulk.skipped", { count: flash.skipped })}` : ""}
        </p>
      ) : null}

      <nav aria-label={t("list.countsLabel")}>
        <ul className="state-counts">
          {STATES.map((s) => (
            <li key={s}>
              <Link to={withParam("state", s)} aria-current={filters.state === s ? "true" : undefined}>
                <StatusBadge status={s} /> <strong>{counts[s]}</strong>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Form method="get" className="filters" role="search" aria-label={t("list.filtersLabel")}>
        <div className="field">
          <label htmlFor="f-state">{t("filters.state")}</label>
          <select id="f-state" name="state" defaultValue={filters.state}>
            <option value="open">{t("filters.open")}</option>
            <option value="all">{t("filters.all")}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`requests:status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-opportunity">{t("filters.opportunity")}</label>
          <select id="f-opportunity" name="opportunity" defaultValue={filters.opportunityId ?? ""}>
            <option value="">{t("filters.any")}</option>
            {opportunities.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-assignee">{t("filters.assignee")}</label>
          <select id="f-assignee" name="assignee" defaultValue={filters.assignee ?? ""}>
            <option value="">{t("filters.any")}</option>
            <option value="me">{t("filters.me")}</option>
            <option value="none">{t("filters.nobody")}</option>
            {coordinators.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-q">{t("filters.search")}</label>
          <input id="f-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="f-sort">{t("filters.sort")}</label>
          <select id="f-sort" name="sort" defaultValue={filters.sort}>
            {INBOX_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`filters.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="checkbox-label">
            <input type="checkbox" name="waiting" value="me" defaultChecked={filters.waitingOnMe} />{" "}
            {t("filters.waitingOnMe")}
          </label>
        </div>
        <div className="filter-actions">
          <SubmitButton formMethod="GET" pendingLabel={t("common:pending.applying")}>
            {t("filters.apply")}
          </SubmitButton>
          <Link to="/inbox">{t("filters.reset")}</Link>
        </div>
      </Form>

      <p className="result-count">
        {t("list.count", { count: total })} ·{" "}
        <a href={`/inbox/export.csv?${exportQuery.toString()}`}>{t("list.export")}</a>
      </p>

      {rows.length ? (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="back" value={`/inbox?${query}`} />
          <ErrorList id={form.errorId} errors={form.errors} className="form-error" />
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("list.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t("bulk.select")}</span>
                  </th>
                  <th scope="col">{t("columns.applicant")}</th>
                  <th scope="col">{t("columns.opportunity")}</th>
                  <th scope="col">{t("columns.dates")}</th>
                  <th scope="col">{t("columns.state")}</th>
                  <th scope="col">{t("columns.clock")}</th>
                  <th scope="col">{t("columns.assignee")}</th>
                  <th scope="col">{t("columns.submitted")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <input
                        type="checkbox"
                        name="ids"
                        value={r.id}
                        aria-label={t("bulk.selectOne", { name: r.applicant?.name ?? "" })}
                      />
                    </td>
                    <td>
                      <Link to={`/inbox/${r.id}`}>{r.applicant?.name ?? t("list.deletedApplicant")}</Link>
                      {r.applicant ? <div className="muted small">{r.applicant.email}</div> : null}
                    </td>
                    <td>
                      {r.opportunity.title}
                      <div className="muted small">{r.centreName}</div>
                    </td>
                    <td>
                      <StayDates start={r.startDate} end={r.endDate} cohortName={r.cohortName} />
                    </td>
                    <td>
                      <StatusBadge status={r.status} />
                    </td>
                    <td>
                      <ClockUse shareUsed={r.shareUsed} paused={r.paused} responseTimeDays={r.responseTimeDays} />
                    </td>
                    <td>{r.assignee?.name ?? <span className="muted">{t("list.unassigned")}</span>}</td>
                    <td>
                      <Instant value={r.submittedAt} withTime={false} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ErrorList id={fields.ids.errorId} errors={fields.ids.errors} />
          <fieldset className="bulk">
            <legend>{t("bulk.title")}</legend>
            <div className="field">
              <label htmlFor={fields.reason.id}>{t("bulk.reason")}</label>
              <textarea {...getTextareaProps(fields.reason)} maxLength={REASON_MAX} rows={3} />
              <ErrorList id={fields.reason.errorId} errors={fields.reason.errors} />
            </div>
            <SubmitButton intent="bulk-decline" className="button button-danger" pendingLabel={t("bulk.declining")}>
              {t("bulk.submit")}
            </SubmitButton>
          </fieldset>
        </Form>
      ) : (
        <p>{t("list.none")}</p>
      )}

      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("common:pagination.label")}>
          {filters.page > 1 ? (
            <Link to={withParam("page", String(filters.page - 1))}>{t("common:pagination.previous")}</Link>
          ) : null}
          <span>{t("common:pagination.page", { page: filters.page, pageCount })}</span>
          {filters.page < pageCount ? (
            <Link to={withParam("page", String(filters.page + 1))}>{t("common:pagination.next")}</Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
