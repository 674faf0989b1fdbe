/**
 * What a letter says (decision 0030), pure and safe in the browser: the same composition is
 * drawn into the PDF (letter-pdf.server.ts) and shown as the coordinator's preview, so the
 * preview is exactly the letter. Wording comes from the `letters` i18n namespace through the
 * caller's `t`, fixed to the letter's language; dates are written out ("3 March 2027",
 * "3 marzo 2027") and the nationality is the country's name in that language (CLDR).
 */
import type { LetterLanguage } from "./letter-validation";

/** The facts printed on a letter (a `Letter` row, or the form before it is issued). */
export interface LetterFacts {
  kind: "INVITATION" | "CERTIFICATE";
  language: LetterLanguage;
  centreName: string;
  legalName: string;
  address: string;
  signatoryName: string;
  signatoryRole: string;
  fullName: string;
  /** ISO 3166-1 alpha-2, or null (certificates). */
  nationality: string | null;
  passportNumber: string | null;
  /** Inclusive `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  purpose: string;
  costs: string | null;
  /** `YYYY-MM-DD` (UTC) of the issue. */
  issuedOn: string;
  /** Absolute /verify/<code> address and the code, or null in a preview. */
  verifyUrl: string | null;
  code: string | null;
}

/** A letter as blocks: the letterhead, a title, paragraphs, labelled facts, the signature and the verification lines. */
export interface ComposedLetter {
  title: string;
  letterhead: string[];
  dateLine: string;
  salutation: string | null;
  intro: string;
  facts: { label: string; value: string }[];
  paragraphs: string[];
  signature: string[];
  verification: string[];
  footer: string;
}

type T = (key: string, vars?: Record<string, string>) => string;

/** "3 March 2027" / "3 marzo 2027" for a `YYYY-MM-DD` date (no time zone shift). */
export function longDate(iso: string, language: LetterLanguage): string {
  return new Intl.DateTimeFormat(language === "it" ? "it-IT" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
}

/** The country's name in `language`, or the code when the runtime does not know it. */
export function countryName(code: string, language: LetterLanguage): string {
  return new Intl.DisplayNames([language === "it" ? "it-IT" : "en-GB"], { type: "region", fallback: "code" }).of(code) ?? code;
}

/**
 * Composes a letter. `t` must be fixed to `facts.language` and the `letters` namespace
 * (keys `pdf.*`, `costs.*`).
 */
export function composeLetter(facts: LetterFacts, t: T): ComposedLetter {
  const lang = facts.language;
  const invitation = facts.kind === "INVITATION";
  const vars = { legalName: facts.legalName, centre: facts.centreName };
  const dates = t("pdf.datesValue", { start: longDate(facts.startDate, lang), end: longDate(facts.endDate, lang) });
  const fact = (label: string, value: string) => ({ label: t(label), value });
  const facts_ = [fact("pdf.name", facts.fullName)];
  if (invitation && facts.nationality) facts_.push(fact("pdf.nationality", countryName(facts.nationality, lang)));
  if (invitation && facts.passportNumber) facts_.push(fact("pdf.passport", facts.passportNumber));
  facts_.push(fact("pdf.dates", dates), fact(invitation ? "pdf.purpose" : "pdf.programme", facts.purpose));
  const paragraphs: string[] = [];
  if (invitation) {
    if (facts.costs) paragraphs.push(t("pdf.invitation.costs", { who: t(`costs.${facts.costs}`) }));
    paragraphs.push(t("pdf.invitation.closing"));
  }
  return {
    title: t(invitation ? "pdf.invitation.title" : "pdf.certificate.title"),
    letterhead: [facts.legalName, ...facts.address.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)],
    dateLine: t("pdf.issued", { date: longDate(facts.issuedOn, lang) }),
    salutation: invitation ? t("pdf.invitation.salutation") : null,
    intro: t(invitation ? "pdf.invitation.intro" : "pdf.certificate.intro", vars),
    facts: facts_,
    paragraphs,
    signature: [facts.signatoryName, facts.signatoryRole],
    verification:
      facts.verifyUrl && facts.code
        ? [t("pdf.verify", { url: facts.verifyUrl }), t("pdf.code", { code: facts.code })]
        : [],
    footer: t("pdf.footer", { centre: facts.centreName }),
  };
}
