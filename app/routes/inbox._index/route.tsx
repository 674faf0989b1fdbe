/**
 * /inbox: the requests of the coordinator's centres only (admins: every centre), with
 * counts per state, filters (state, opportunity, assignee, "waiting on me"), search by
 * applicant name or e-mail, sorting by the share of the response clock used (oldest share
 * first) or by age, bulk actions on the selected rows (issue 17: POST `ids` and the
 * menu's `intent`: bulk-assign with `assigneeId`, bulk-approve with the requested dates when
 * the seats allow, bulk-decline with `reason`, answered with a confirmation step listing the
 * requests and done only when posted again with `confirmed=yes`); each request moves in its
 * own transaction, and the list reports every refused one with its reason. Also the CSV
 * export of the same filtered list (/inbox/export.csv).
 *
 * The route module is thin: the page's data and a bulk action's way back are in
 * list.server.ts, the bulk form's schema in bulk-schema.ts, and the page's parts are
 * filters.tsx, inbox-table.tsx (with the bulk menu) and bulk-report.tsx.
 */
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { ComponentProps } from "react";
import { useTranslation } from "react-i18next";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { bulkMove, listBulkTargets, requireInboxActor } from "~/requests/inbox.server";
import { getRequestT } from "~/platform/i18n.server";
import requestStyles from "~/styles/requests.css";
import { readFormData } from "~/platform/form.server";
import { BulkConfirm } from "./bulk-confirm";
import { BULK_INTENTS, BulkSchema, REPORT_PARAMS } from "./bulk-schema";
import { BulkReport } from "./bulk-report";
import { InboxFilters, StateCounts } from "./filters";
import { InboxTable, useBulkForm } from "./inbox-table";
import { bulkBack, bulkRedirect, getInboxListPage } from "./list.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: requestStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request);
  const page = await getInboxListPage(request, actor);
  return data(page, { headers: { "Cache-Control": "private, no-store" } });
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "Ponte" }];

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireInboxActor(request);
  const formData = await readFormData(request, 64 * 1024);
  if (!(BULK_INTENTS as readonly unknown[]).includes(formData.get("intent"))) {
    return data(
      { result: { status: "error" as const, error: { "": ["requests:refusal.unknown-action"] } } },
      { status: 400 },
    );
  }
  const submission = parseWithZod(formData, { schema: BulkSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const value = submission.value;
  if (value.intent === "bulk-decline" && formData.get("confirmed") !== "yes") {
    // The second step (issue 17): nothing is declined until the coordinator confirms.
    const { language } = await getRequestT(request, "inbox");
    const targets = await listBulkTargets(actor, value.ids);
    return data({
      result: submission.reply(),
      confirm: {
        ids: value.ids,
        reason: value.reason,
        back: bulkBack(value.back),
        targets: targets.map((r) => ({
          id: r.id,
          name: r.applicant?.name ?? null,
          title: language === "it" ? r.opportunity.titleIt : r.opportunity.titleEn,
        })),
      },
    });
  }
  const move = value.intent === "bulk-assign" ? "assign" : value.intent === "bulk-approve" ? "approve" : "decline";
  const outcome = await bulkMove(actor, move, value.ids, {
    assigneeId: "assigneeId" in value ? value.assigneeId : undefined,
    reason: "reason" in value ? value.reason : undefined,
  });
  return redirect(bulkRedirect(value.back, move, outcome));
}

export default function InboxPage() {
  const { filters, errors, counts, rows, total, pageCount, opportunities, coordinators, report, welcome } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("inbox");
  const [searchParams] = useSearchParams();
  const bulkForm = useBulkForm(actionData);
  const confirm = (actionData as { confirm?: ComponentProps<typeof BulkConfirm> } | undefined)?.confirm;
  const query = searchParams.toString();
  const withParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    next.delete("page");
    for (const k of REPORT_PARAMS) next.delete(k);
    if (value === null) next.delete(name);
    else next.set(name, value);
    return `/inbox?${next.toString()}`;
  };
  const exportQuery = new URLSearchParams(searchParams);
  for (const k of ["page", "welcome", ...REPORT_PARAMS]) exportQuery.delete(k);

  return (
    <section aria-labelledby="inbox-title" className="inbox">
      <h1 id="inbox-title">{t("list.title")}</h1>
      {welcome ? (
        <p className="flash flash-success" role="status">
          {t("list.welcome")}
        </p>
      ) : null}
      {report ? <BulkReport {...report} /> : null}

      <StateCounts counts={counts} current={filters.state} withParam={withParam} />
      <InboxFilters filters={filters} errors={errors} opportunities={opportunities} coordinators={coordinators} />

      <p className="result-count">
        {t("list.count", { count: total })} ·{" "}
        <a href={`/inbox/export.csv?${exportQuery.toString()}`}>{t("list.export")}</a>
      </p>

      {confirm ? (
        <BulkConfirm {...confirm} />
      ) : rows.length ? (
        <InboxTable rows={rows} query={query} state={bulkForm} coordinators={coordinators} />
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
