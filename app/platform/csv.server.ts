/**
 * CSV for spreadsheets (RFC 4180 via csv-stringify), guarded against CSV/formula injection:
 * a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a
 * single quote, so Excel, LibreOffice and Google Sheets show it as text instead of running
 * it (OWASP, "CSV Injection"). A UTF-8 byte-order mark lets Excel read accents correctly.
 */
import { stringify } from "csv-stringify/sync";

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell made safe for spreadsheets (null/undefined → empty). */
export function safeCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV text (with BOM and CRLF line ends) of `header` then `rows`, every cell through `safeCell`. */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))], {
    bom: true,
    record_delimiter: "windows",
  });
}
