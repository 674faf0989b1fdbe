/**
 * The practical facts of an opportunity (issue 13, part 2; decision 0026): fee, what a
 * visitor may do, required documents, visa letter, housing and travel, hours, dress code
 * and a named contact. Pure (safe in the browser): the vocabulary, money in minor units
 * with ISO 4217 currencies (through `Intl`), which facts a real programme needs before it
 * is published, and the fee's display text.
 *
 * A fact that is not stated is null (or an empty document list) and is shown as "ask the
 * centre", never guessed.
 */
import { numberFormat } from "~/platform/number-format";

export const FEE_KINDS = ["FREE", "PAID"] as const;
export const VISITOR_SCOPES = ["OBSERVATION_ONLY", "HANDS_ON_SUPERVISED", "RESEARCH_WORK"] as const;
export const REQUIRED_DOCUMENTS = [
  "CV",
  "MOTIVATION_LETTER",
  "RECOMMENDATION_LETTERS",
  "DIPLOMA",
  "LICENCE_GOOD_STANDING",
  "HEALTH_INSURANCE",
  "LIABILITY_INSURANCE",
  "IMMUNISATION_RECORD",
  "PASSPORT_ID",
  "LANGUAGE_CERTIFICATE",
  "OTHER",
] as const;

export type FeeKind = (typeof FEE_KINDS)[number];
export type VisitorScope = (typeof VISITOR_SCOPES)[number];
export type RequiredDocument = (typeof REQUIRED_DOCUMENTS)[number];

/** Facts a real opportunity must state before it is published (form field names). */
export const REQUIRED_PRACTICAL_FIELDS = [
  "feeKind",
  "visitorScope",
  "documents",
  "visaLetter",
  "contactName",
  "contactEmail",
] as const;
export type RequiredPracticalField = (typeof REQUIRED_PRACTICAL_FIELDS)[number];

/** The stored facts (Opportunity columns). */
export interface PracticalFacts {
  feeKind: FeeKind | null;
  feeAmountMinor: number | null;
  feeCurrency: string | null;
  visitorScope: VisitorScope | null;
  requiredDocuments: RequiredDocument[];
  visaLetter: boolean | null;
  contactName: string | null;
  contactEmail: string | null;
}

let currencies: Set<string> | undefined;

/** True for an ISO 4217 code this runtime knows (`Intl.supportedValuesOf("currency")`), upper case. */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

/** Digits after the decimal point of `currency` (EUR 2, JPY 0). */
export function currencyDigits(currency: string): number {
  return numberFormat("en-GB", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * A typed amount ("150", "150.5", "1 200,00") in minor units of `currency`; "negative" for
 * a sign, null when it is not a plain number or has more decimals than the currency.
 */
export function parseAmount(input: string, currency: string): number | "negative" | null {
  const text = input.trim().replace(/[\s\u00a0']/g, "");
  if (text.startsWith("-")) return "negative";
  const m = /^(\d{1,9})(?:[.,](\d+))?$/.exec(text);
  if (!m) return null;
  const digits = currencyDigits(currency);
  const fraction = m[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(m[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

/** Minor units back to the form's plain decimal ("150.00"). */
export function amountText(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return digits ? (minor / 10 ** digits).toFixed(digits) : String(minor);
}

/** The fee in the page's language ("1.200,00 €" / "€1,200.00"); null when the amount is unknown. */
export function formatFee(minor: number | null, currency: string | null, language: string): string | null {
  if (minor === null || !currency || !isCurrencyCode(currency)) return null;
  // Grouping always on, as app/platform/number-format.ts does: "1.200,00 €" in Italian.
  return numberFormat(language, { style: "currency", currency, useGrouping: "always" }).format(
    minor / 10 ** currencyDigits(currency),
  );
}

/** Required facts still missing from stored facts (form field names); `[]` when it may be published. */
export function missingPracticalFacts(f: PracticalFacts): RequiredPracticalField[] {
  const out: RequiredPracticalField[] = [];
  if (!f.feeKind || (f.feeKind === "PAID" && (f.feeAmountMinor === null || !f.feeCurrency))) out.push("feeKind");
  if (!f.visitorScope) out.push("visitorScope");
  if (!f.requiredDocuments.length) out.push("documents");
  if (f.visaLetter === null) out.push("visaLetter");
  if (!f.contactName) out.push("contactName");
  if (!f.contactEmail) out.push("contactEmail");
  return out;
}

/** The stored columns the pages read (a Prisma row of the opportunity). */
export interface PracticalRow extends PracticalFacts {
  feeCoversEn: string | null;
  feeCoversIt: string | null;
  recommendationLetters: number | null;
  vaccines: string | null;
  otherDocument: string | null;
  housingTravelEn: string | null;
  housingTravelIt: string | null;
  workingHoursEn: string | null;
  workingHoursIt: string | null;
  dressCodeEn: string | null;
  dressCodeIt: string | null;
  contactRole: string | null;
}

/** One required document with its detail (how many letters, which vaccines, the other's name). */
export interface DocumentView {
  key: RequiredDocument;
  count?: number;
  detail?: string;
}

/** The facts as the opportunity page and the request form show them; null = "ask the centre". */
export interface PracticalView {
  fee: { kind: FeeKind; amount: string | null; covers: string | null } | null;
  visitorScope: VisitorScope | null;
  documents: DocumentView[];
  visaLetter: boolean | null;
  housingTravel: string | null;
  workingHours: string | null;
  dressCode: string | null;
  /** "hidden": shown only to signed-in applicants; null: not stated. */
  contact: { name: string; role: string | null; email: string | null } | "hidden" | null;
}

/** The facts of `row` in `language` (fee through Intl.NumberFormat); the contact only when `showContact`. */
export function practicalView(row: PracticalRow, language: string, showContact: boolean): PracticalView {
  const it = language === "it";
  const pick = (en: string | null, itText: string | null) => (it ? (itText ?? en) : (en ?? itText));
  return {
    fee: row.feeKind
      ? {
          kind: row.feeKind,
          amount: row.feeKind === "PAID" ? formatFee(row.feeAmountMinor, row.feeCurrency, language) : null,
          covers: pick(row.feeCoversEn, row.feeCoversIt),
        }
      : null,
    visitorScope: row.visitorScope,
    documents: row.requiredDocuments.map((key) => ({
      key,
      ...(key === "RECOMMENDATION_LETTERS" && row.recommendationLetters ? { count: row.recommendationLetters } : {}),
      ...(key === "IMMUNISATION_RECORD" && row.vaccines ? { detail: row.vaccines } : {}),
      ...(key === "OTHER" && row.otherDocument ? { detail: row.otherDocument } : {}),
    })),
    visaLetter: row.visaLetter,
    housingTravel: pick(row.housingTravelEn, row.housingTravelIt),
    workingHours: pick(row.workingHoursEn, row.workingHoursIt),
    dressCode: pick(row.dressCodeEn, row.dressCodeIt),
    contact: !row.contactName
      ? null
      : showContact
        ? { name: row.contactName, role: row.contactRole, email: row.contactEmail }
        : "hidden",
  };
}

/** A row with no fact stated (to build a view from some columns only). */
export const NO_FACTS: PracticalRow = {
  feeKind: null,
  feeAmountMinor: null,
  feeCurrency: null,
  feeCoversEn: null,
  feeCoversIt: null,
  visitorScope: null,
  requiredDocuments: [],
  recommendationLetters: null,
  vaccines: null,
  otherDocument: null,
  visaLetter: null,
  housingTravelEn: null,
  housingTravelIt: null,
  workingHoursEn: null,
  workingHoursIt: null,
  dressCodeEn: null,
  dressCodeIt: null,
  contactName: null,
  contactRole: null,
  contactEmail: null,
};
