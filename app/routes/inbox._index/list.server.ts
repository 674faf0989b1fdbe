/**
 * The server side of /inbox: the page's data in the reader's language (one page of the
 * filtered, sorted requests of the coordinator's centres, the counts per state, the
 * filters' choices, and the flash after a bulk decline or the first sign-in), and where a
 * bulk decline goes back to.
 */
import { safeRedirect } from "~/accounts/safe-redirect";
import { getRequestT } from "~/platform/i18n.server";
import {
  countInboxByState,
  getInboxFilterOptions,
  listInbox,
  parseInboxFilters,
  type InboxActor,
} from "~/requests/inbox.server";

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
  const declined = url.searchParams.get("declined");
  const skipped = url.searchParams.get("skipped");
  const welcome = url.searchParams.get("welcome") === "1";
  return {
    title: t("list.metaTitle"),
    filters,
    errors,
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
  };
}

/**
 * Where a bulk decline lands: the list it was sent from (`back`, a local URL; /inbox with
 * its query when its path is not the inbox's), with how many were declined and skipped.
 */
export function bulkDeclineRedirect(back: string | undefined, declined: number, skipped: number): string {
  const url = new URL(safeRedirect(back, "/inbox"), "http://x");
  url.searchParams.set("declined", String(declined));
  url.searchParams.set("skipped", String(skipped));
  return url.pathname.startsWith("/inbox") ? `${url.pathname}${url.search}` : `/inbox${url.search}`;
}

/** The list a bulk decline's confirmation goes back to: `back` if it is a local /inbox URL, else /inbox. */
export function bulkBack(back: string | undefined): string {
  const url = new URL(safeRedirect(back, "/inbox"), "http://x");
  return url.pathname.startsWith("/inbox") ? `${url.pathname}${url.search}` : "/inbox";
}
