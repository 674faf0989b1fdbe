/**
 * Field errors of a listing's GET filter form (issue 12): the loader leaves out a filter
 * that does not fit (`parseFilters` in app/platform/search-params.ts) and names it with an
 * i18n key; the form shows a summary and, beside the control, the reason, tied to it with
 * `aria-invalid` and `aria-describedby`.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Props for a filter control and the message shown after it. */
export interface FilterError {
  invalid: { "aria-invalid"?: true; "aria-describedby"?: string };
  message: ReactNode;
}

/** `errorOf(name)` for each control, and the summary to put first in the form. */
export function useFilterErrors(errors: Record<string, string>, idPrefix = "f-") {
  const { t } = useTranslation();
  const errorOf = (name: string): FilterError => {
    const key = errors[name];
    if (!key) return { invalid: {}, message: null };
    const id = `${idPrefix}${name}-error`;
    return {
      invalid: { "aria-invalid": true, "aria-describedby": id },
      message: (
        <p id={id} className="field-error">
          {t(key)}
        </p>
      ),
    };
  };
  const summary = Object.keys(errors).length ? (
    <p className="form-error" role="alert">
      {t("filters.error.summary")}
    </p>
  ) : null;
  return { errorOf, summary };
}
