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

/** An optional `YYYY-MM-DD` calendar date. */
export const optionalIsoDate = z
  .string()
  .optional()
  .refine((v) => v === undefined || isIsoDate(v), "must be a date as YYYY-MM-DD");

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
    result.success ? "" : `Invalid filter: ${result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    { status: 400 },
  );
  return result.data;
}
