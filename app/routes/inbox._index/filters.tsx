/**
 * The filters of /inbox: the counts per state (each a link to that state), and the search
 * form (state, opportunity, assignee, applicant name or e-mail, sort, "waiting on me"),
 * sent as the list URL's query.
 */
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useFilterErrors } from "~/components/filter-errors";
import { SubmitButton } from "~/components/forms";
import { INBOX_SORTS } from "~/requests/inbox-sorts";
import { StatusBadge } from "~/requests/ui/request-display";
import { STATES } from "~/requests/transitions";

/** The requests per state, each linking to the list of that state. */
export function StateCounts({
  counts,
  current,
  withParam,
}: {
  counts: Record<string, number>;
  current: string;
  withParam: (name: string, value: string | null) => string;
}) {
  const { t } = useTranslation("inbox");
  return (
    <nav aria-label={t("list.countsLabel")}>
      <ul className="state-counts">
        {STATES.map((s) => (
          <li key={s}>
            <Link to={withParam("state", s)} aria-current={current === s ? "true" : undefined}>
              <StatusBadge status={s} /> <strong>{counts[s]}</strong>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The filter form, showing the filters in effect. */
export function InboxFilters({
  filters,
  errors,
  opportunities,
  coordinators,
}: {
  /** Filters left out because they did not fit (field → i18n key). */
  errors: Record<string, string>;
  filters: {
    state: string;
    opportunityId?: string;
    assignee?: string;
    q?: string;
    sort: string;
    waitingOnMe?: boolean;
  };
  opportunities: { id: string; label: string }[];
  coordinators: { id: string; name: string }[];
}) {
  const { t } = useTranslation("inbox");
  const { errorOf, summary } = useFilterErrors(errors);
  return (
    <Form method="get" className="filters" role="search" aria-label={t("list.filtersLabel")}>
      {summary}
      <div className="field">
        <label htmlFor="f-state">{t("filters.state")}</label>
        <select id="f-state" {...errorOf("state").invalid} name="state" defaultValue={filters.state}>
          <option value="open">{t("filters.open")}</option>
          <option value="all">{t("filters.all")}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>
              {t(`requests:status.${s}`)}
            </option>
          ))}
        </select>
        {errorOf("state").message}
      </div>
      <div className="field">
        <label htmlFor="f-opportunity">{t("filters.opportunity")}</label>
        <select
          id="f-opportunity"
          {...errorOf("opportunity").invalid}
          name="opportunity"
          defaultValue={filters.opportunityId ?? ""}
        >
          <option value="">{t("filters.any")}</option>
          {opportunities.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        {errorOf("opportunity").message}
      </div>
      <div className="field">
        <label htmlFor="f-assignee">{t("filters.assignee")}</label>
        <select id="f-assignee" {...errorOf("assignee").invalid} name="assignee" defaultValue={filters.assignee ?? ""}>
          <option value="">{t("filters.any")}</option>
          <option value="me">{t("filters.me")}</option>
          <option value="none">{t("filters.nobody")}</option>
          {coordinators.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {errorOf("assignee").message}
      </div>
      <div className="field">
        <label htmlFor="f-q">{t("filters.search")}</label>
        <input
          id="f-q"
          {...errorOf("q").invalid}
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          maxLength={100}
        />
        {errorOf("q").message}
      </div>
      <div className="field">
        <label htmlFor="f-sort">{t("filters.sort")}</label>
        <select id="f-sort" {...errorOf("sort").invalid} name="sort" defaultValue={filters.sort}>
          {INBOX_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`filters.sorts.${s}`)}
            </option>
          ))}
        </select>
        {errorOf("sort").message}
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
  );
}
