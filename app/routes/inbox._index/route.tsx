/**
 * /inbox: the requests of the coordinator's centres only (admins: every centre), with
 * counts per state, filters (state, opportunity, assignee, "waiting on me"), search by
 * applicant name or e-mail, sorting by the share of the response clock used (oldest share
 * first) or by age, bulk decline with a reason (POST intent=bulk-decline, `ids`,
 * `reason`; answered with a confirmation step listing the requests, and done only when posted
 * again with `confirmed=yes`), and the CSV export of the same filtered list (/inbox/export.csv).
 *
 * The route module is thin: the page's data and the bulk decline's way back are in
 * list.server.ts, the bulk form's schema in bulk-schema.ts, and the page's parts are
 * filters.tsx and inbox-table.tsx.
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
import { bulkDecline, listBulkTargets, requireInboxActor } from "~/requests/inbox.server";
import { getRequestT } from "~/platform/i18n.server";
import requestStyles from "~/styles/requests.css";
import { readFormData } from "~/platform/form.server";
import { BulkConfirm } from "./bulk-confirm";
import { BulkSchema } from "./bulk-schema";
import { InboxFilters, StateCounts } from "./filters";
import { InboxTable, useBulkForm } from "./inbox-table";
import { bulkBack, bulkDeclineRedirect, getInboxListPage } from "./list.server";

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
  if (formData.get("intent") !== "bulk-decline") {
    return data(
      { result: { status: "error" as const, error: { "": ["requests:refusal.unknown-action"] } } },
      { status: 400 },
    );
  }
  const submission = parseWithZod(formData, { schema: BulkSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  if (formData.get("confirmed") !== "yes") {
    // The second step (issue 17): nothing is declined until the coordinator confirms.
    const { language } = await getRequestT(request, "inbox");
    const targets = await listBulkTargets(actor, submission.value.ids);
    return data({
      result: submission.reply(),
      confirm: {
        ids: submission.value.ids,
        reason: submission.value.reason,
        back: bulkBack(submission.value.back),
        targets: targets.map((r) => ({
          id: r.id,
          name: r.applicant?.name ?? null,
          title: language === "it" ? r.opportunity.titleIt : r.opportunity.titleEn,
        })),
      },
    });
  }
  const { declined, skipped } = await bulkDecline(actor, submission.value.ids, submission.value.reason);
  return redirect(bulkDeclineRedirect(submission.value.back, declined, skipped));
}

export default function InboxPage() {
  const { filters, errors, counts, rows, total, pageCount, opportunities, coordinators, flash, welcome } =
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

      <StateCounts counts={counts} current={filters.state} withParam={withParam} />
      <InboxFilters filters={filters} errors={errors} opportunities={opportunities} coordinators={coordinators} />

      <p className="result-count">
        {t("list.count", { count: total })} ·{" "}
        <a href={`/inbox/export.csv?${exportQuery.toString()}`}>{t("list.export")}</a>
      </p>

      {confirm ? (
        <BulkConfirm {...confirm} />
      ) : rows.length ? (
        <InboxTable rows={rows} query={query} state={bulkForm} />
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
