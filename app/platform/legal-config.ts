/**
 * THE configuration of Ponte's legal pages and data-retention rules: the one file an
 * installation fills in before it goes live (README "Before going live"; decision 0023).
 *
 * - `controller`, `dpo`, `operators`, `accessibility`: the variable parts of /privacy,
 *   /terms, /contact and /accessibility. The defaults are placeholders that say so on the
 *   page (`filledIn: false` puts a warning above each legal page) — replace every value
 *   marked "TO BE FILLED IN" and set `filledIn: true`.
 * - `privacyNoticeVersion`: raise it (any new string, e.g. the date of the change) whenever
 *   the privacy notice changes materially; every person is asked to accept it again at
 *   their next sign-in (GDPR art. 13(3), art. 7(1): the controller can show what was accepted).
 * - `retention`: how long documents and idle accounts are kept (app/requests/retention.server.ts).
 *
 * Pure data: safe in the browser (no secrets belong here).
 */

/** A text in both UI languages. */
export interface Bilingual {
  en: string;
  it: string;
}

export interface LegalConfig {
  /** False while any value below is still a placeholder: the legal pages say so. */
  filledIn: boolean;
  /** The data controller (GDPR art. 4(7)): usually the organisation that runs this installation. */
  controller: { name: string; address: string; email: string; pec: string; phone: string };
  /** The data protection officer (GDPR art. 37–39). */
  dpo: { name: string; email: string };
  /** Who operates the installation and answers /contact (the outbox mails this address, in `locale`). */
  operators: { name: string; email: string; locale: "en" | "it" };
  /** Accessibility statement (AgID guidelines under Law 4/2004). */
  accessibility: {
    /** Feedback address for accessibility problems. */
    feedbackEmail: string;
    /** Date the statement was drawn up, ISO `YYYY-MM-DD`. */
    statementDate: string;
    /** Date of the last review, ISO `YYYY-MM-DD`. */
    reviewDate: string;
    /** Known limits, one sentence each, in both languages. */
    knownLimits: Bilingual[];
  };
  /** Version of the privacy notice people accept at sign-up (see module comment). */
  privacyNoticeVersion: string;
  /** Date the current notice took effect, ISO `YYYY-MM-DD`. */
  privacyNoticeDate: string;
  /** Retention periods; the job `retention-sweep` applies them daily. */
  retention: {
    /** Documents of a request that ended (declined, withdrawn, cancelled, expired): months after the end. */
    documentsMonthsAfterEnd: number;
    /** Documents of an approved or completed stay: months after the stay's last day. */
    documentsMonthsAfterStay: number;
    /** The applicant is told this many days before their documents are removed. */
    noticeDays: number;
    /** An account without sign-in for this many months is warned, then anonymised. */
    inactiveAccountMonths: number;
    /** Days between the warning and the anonymisation (a sign-in in between keeps the account). */
    inactiveWarningDays: number;
  };
}

const PLACEHOLDER = "TO BE FILLED IN BEFORE GOING LIVE";

export const legalConfig: LegalConfig = {
  filledIn: false,
  controller: {
    name: `[${PLACEHOLDER}: name of the data controller]`,
    address: `[${PLACEHOLDER}: postal address]`,
    email: "privacy@ponte.example",
    pec: `[${PLACEHOLDER}: PEC address]`,
    phone: `[${PLACEHOLDER}: telephone]`,
  },
  dpo: { name: `[${PLACEHOLDER}: data protection officer]`, email: "dpo@ponte.example" },
  operators: {
    name: `[${PLACEHOLDER}: operators of this installation]`,
    email: "operators@ponte.example",
    locale: "it",
  },
  accessibility: {
    feedbackEmail: "accessibility@ponte.example",
    statementDate: "2026-12-06",
    reviewDate: "2026-12-06",
    knownLimits: [
      {
        en: "Uploaded PDF documents (CVs, letters) are the applicants' own files; Ponte cannot make them accessible.",
        it: "I documenti PDF caricati (CV, lettere) sono file degli stessi candidati; Ponte non può renderli accessibili.",
      },
      {
        en: "The facts about centres come from their public sources, some of which are available in one language only.",
        it: "Le informazioni sui centri provengono da fonti pubbliche, alcune delle quali disponibili in una sola lingua.",
      },
    ],
  },
  privacyNoticeVersion: "2026-12-06",
  privacyNoticeDate: "2026-12-06",
  retention: {
    documentsMonthsAfterEnd: 12,
    documentsMonthsAfterStay: 12,
    noticeDays: 7,
    inactiveAccountMonths: 36,
    inactiveWarningDays: 30,
  },
};

/** The sentence that marks a placeholder (tests and the pages' warning look for it). */
export const LEGAL_PLACEHOLDER = PLACEHOLDER;
