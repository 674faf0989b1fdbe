/**
 * Parses a listing page's query string with a Zod schema. Empty values count as absent;
 * unknown parameters are ignored; a value that does not fit (an unknown type, a malformed
 * date, page 0) is a 400 with the offending parameter named, never a 500.
 */
import { z } from "zod";
import { invariantResponse } from "./http";
import { isIsoDate } from "./dates";

/** An optional text parameter of at most `max` characters. */
export const optionalText = (max = 100) => z.string().trim().max(max).optional();

/** An optional `YYYY-MM-DD` calendar date (its error is the i18n key `filters.error.date`). */
export const optionalIsoDate = z
  .string()
  .optional()
  .refine((v) => v === undefined || isIsoDate(v), "filters.error.date");

/** A 1-based page number (default 1, at most 10,000). */
export const pageNumber = z.coerce.number().int().min(1).max(10_000).default(1);

export function parseSearchParams<S extends z.ZodTypeAny>(url: URL, schema: S): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (value.trim() !== "" && !(key in raw)) raw[key] = value;
  }
  const result = schema.safeParse(raw);
  invariantResponse(
    result.success,
    result.success
      ? ""
      : `Invalid filter: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    { status: 400 },
  );
  return result.data;
}

/** A listing's filters as parsed leniently: what fitted, and an i18n key per refused field. */
export interface ParsedFilters<T> {
  filters: T;
  /** Field name → i18n key (`filters.error.*`, or the schema's own key). */
  errors: Record<string, string>;
}

/**
 * Parses a listing page's query string leniently (issue 12): a value that does not fit
 * (an unknown type, a malformed date, dates in the wrong order) or a parameter given twice
 * is left out and reported as a field error, and the other filters are kept, so the page
 * shows its results and its form with the errors instead of an error page. Messages that
 * are not i18n keys (`filters.…`) become `filters.error.invalid`. Empty values count as
 * absent; unknown parameters are ignored.
 */
export function parseFilters<S extends z.ZodTypeAny>(url: URL, schema: S): ParsedFilters<z.output<S>> {
  const raw: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (value.trim() === "") continue;
    if (key in raw) errors[key] = "filters.error.repeated";
    else raw[key] = value;
  }
  for (const key of Object.keys(errors)) delete raw[key];
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = schema.safeParse(raw);
    if (result.success) return { filters: result.data, errors };
    let dropped = false;
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      if (!field || !(field in raw)) continue;
      errors[field] ??= issue.message.startsWith("filters.") ? issue.message : "filters.error.invalid";
      delete raw[field];
      dropped = true;
    }
    if (!dropped) break;
  }
  return { filters: schema.parse({}), errors };
}
