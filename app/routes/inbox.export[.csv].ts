/**
 * GET /inbox/export.csv?<the inbox's filters>: the filtered inbox (same filters, same
 * order, every page) as CSV for spreadsheets, cells guarded against formula injection
 * (app/platform/csv.server.ts). Only the coordinator's centres, as the inbox.
 */
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { exportInbox, parseInboxFilters, requireInboxActor } from "~/requests/inbox.server";
import { toCsv } from "~/platform/csv.server";
import { todayIso } from "~/platform/dates";
import { downloadHeaders } from "~/platform/downloads.server";
import { getRequestT } from "~/platform/i18n.server";
import { resourceRoute } from "~/platform/http";

export const loader = resourceRoute(async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireInboxActor(request);
  const parsed = parseInboxFilters(new URL(request.url));
  // A download has no form to show an error in: a filter that does not fit is a 400.
  if (Object.keys(parsed.errors).length) throw data(null, { status: 400 });
  const { page: _page, ...filters } = parsed.filters;
  void _page;
  const { t, language } = await getRequestT(request, "inbox");
  const it = language === "it";
  const rows = await exportInbox(actor, filters);
  const header = [
    "id",
    "submitted",
    "status",
    "applicant",
    "email",
    "opportunity",
    "centre",
    "cohort",
    "start",
    "end",
    "assignee",
    "due",
    "clockUsed",
    "decided",
  ].map((k) => t(`csv.${k}`));
  const csv = toCsv(
    header,
    rows.map((r) => [
      r.id,
      r.submittedAt,
      t(`requests:status.${r.status}`),
      r.applicant?.name ?? "",
      r.applicant?.email ?? "",
      it ? r.opportunity.titleIt : r.opportunity.titleEn,
      it ? r.opportunity.centre.nameIt : r.opportunity.centre.name,
      r.cohortName,
      r.startDate,
      r.endDate,
      r.assignee?.name ?? "",
      r.dueAt,
      r.shareUsed === null ? "" : `${Math.round(r.shareUsed * 100)}%`,
      r.decidedAt ?? "",
    ]),
  );
  return new Response(csv, { headers: downloadHeaders("text/csv; charset=utf-8", `ponte-inbox-${todayIso()}.csv`) });
});
