/**
 * The server side of /inbox: the page's data in the reader's language (one page of the
 * filtered, sorted requests of the coordinator's centres, the counts per state, the
 * filters' choices, the report of a bulk action or the flash of the first sign-in), and
 * where a bulk action goes back to.
 */
import { safeRedirect } from "~/accounts/safe-redirect";
import { getRequestT } from "~/platform/i18n.server";
import {
  BULK_ACTIONS,
  countInboxByState,
  getInboxFilterOptions,
  listBulkTargets,
  listInbox,
  parseInboxFilters,
  type BulkAction,
  type BulkOutcome,
  type InboxActor,
} from "~/requests/inbox.server";
import { IdSchema } from "~/requests/request-validation";
import { REPORT_PARAMS } from "./bulk-schema";

/** A refusal code as it travels in the URL (transitions.ts codes are lower-case words with dashes). */
const CODE = /^[a-z-]{1,40}$/;

/**
 * The report of a bulk action from the URL it redirected to (`bulk`, `applied`, and
 * `refused` = `id:code,…`), each refused request named when it is within the actor's
 * scope; null without a (well-formed) `bulk`.
 */
async function bulkReport(url: URL, actor: InboxActor, language: string) {
  const action = url.searchParams.get("bulk");
  if (!(BULK_ACTIONS as readonly string[]).includes(action ?? "")) return null;
  const refused = (url.searchParams.get("refused") ?? "")
    .split(",")
    .map((pair) => pair.split(":"))
    .filter(([id, code]) => IdSchema.safeParse(id).success && CODE.test(code ?? ""))
    .slice(0, 100)
    .map(([id, code]) => ({ id: id!, code: code! }));
  const targets = new Map(
    (
      await listBulkTargets(
        actor,
        refused.map((r) => r.id),
      )
    ).map((t) => [t.id, t]),
  );
  return {
    action: action as BulkAction,
    applied: Math.max(0, Number(url.searchParams.get("applied")) || 0),
    refused: refused.map((r) => {
      const target = targets.get(r.id);
      return {
        ...r,
        name: target?.applicant?.name ?? null,
        title: target ? (language === "it" ? target.opportunity.titleIt : target.opportunity.titleEn) : null,
      };
    }),
  };
}

/**
 * The page's data for the filters in the URL of `request`.
 * A query parameter that does not fit is left out and named in `errors`.
 */
export async function getInboxListPage(request: Request, actor: InboxActor) {
  const url = new URL(request.url);
  const { filters, errors } = parseInboxFilters(url);
  const { t, language } = await getRequestT(request, "inbox");
  const it = language === "it";
  const [list, counts, options] = await Promise.all([
    listInbox(actor, filters),
    countInboxByState(actor),
    getInboxFilterOptions(actor),
  ]);
  const report = await bulkReport(url, actor, language);
  const welcome = url.searchParams.get("welcome") === "1";
  return {
    title: t("list.metaTitle"),
    filters,
    errors,
    counts,
    total: list.total,
    pageCount: list.pageCount,
    report,
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
  };
}

/**
 * Where a bulk action lands: the list it was sent from (`back`, a local URL; /inbox with
 * its query when its path is not the inbox's), with the action, how many were applied and
 * each refused request with its refusal code (`refused=id:code,…`).
 */
export function bulkRedirect(back: string | undefined, action: BulkAction, outcome: BulkOutcome): string {
  const url = new URL(bulkBack(back), "http://x");
  for (const k of REPORT_PARAMS) url.searchParams.delete(k);
  url.searchParams.set("bulk", action);
  url.searchParams.set("applied", String(outcome.applied.length));
  if (outcome.refused.length) {
    url.searchParams.set("refused", outcome.refused.map((r) => `${r.id}:${r.code}`).join(","));
  }
  return `${url.pathname}${url.search}`;
}

/** The list a bulk action goes back to: `back` if it is a local /inbox URL, else /inbox. */
export function bulkBack(back: string | undefined): string {
  const url = new URL(safeRedirect(back, "/inbox"), "http://x");
  return url.pathname.startsWith("/inbox") ? `${url.pathname}${url.search}` : "/inbox";
}
