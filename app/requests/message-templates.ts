/**
 * Centres' message templates (issue 17, decision 0039), the pure part: the placeholders a
 * body may use, the form's schema (an unknown placeholder is a field error), and filling a
 * body in for one request. Safe in the browser.
 */
import { z } from "zod";
import { formatRange } from "~/platform/date-format";
import { codePointLength } from "~/platform/fields";
import { cleanText, MESSAGE_MAX } from "~/requests/request-validation";

/** The placeholders a template body may use, written `{name}`. */
export const PLACEHOLDERS = ["applicant_name", "opportunity", "dates"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The languages a template may be written in. */
export const TEMPLATE_LANGUAGES = ["en", "it"] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const TEMPLATE_NAME_MAX = 80;
/** As long as a message may be (request-validation.ts). */
export const TEMPLATE_BODY_MAX = MESSAGE_MAX;

/** Every `{…}` of `body` (a brace pair without braces inside), in order, with duplicates. */
export function placeholdersIn(body: string): string[] {
  return [...body.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? "");
}

/** The `{…}` of `body` that are not PLACEHOLDERS (each once, in order). */
export function unknownPlaceholders(body: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set(placeholdersIn(body).filter((p) => !known.has(p)))];
}

/** The template form: `name`, `language` (en/it) and `body` (placeholders checked). */
export const TemplateSchema = z.object({
  name: z
    .string({ required_error: "inbox:templates.nameRequired" })
    .transform((v) => cleanText(v))
    .pipe(z.string().min(1, "inbox:templates.nameRequired").max(TEMPLATE_NAME_MAX, "inbox:templates.nameTooLong")),
  language: z.enum(TEMPLATE_LANGUAGES, { errorMap: () => ({ message: "inbox:templates.languageRequired" }) }),
  body: z
    .string({ required_error: "inbox:templates.bodyRequired" })
    .max(TEMPLATE_BODY_MAX * 4, "inbox:templates.bodyTooLong")
    .transform((v) => cleanText(v))
    .superRefine((v, ctx) => {
      if (!v) ctx.addIssue({ code: "custom", message: "inbox:templates.bodyRequired" });
      else if (codePointLength(v) > TEMPLATE_BODY_MAX)
        ctx.addIssue({ code: "custom", message: "inbox:templates.bodyTooLong" });
      else if (unknownPlaceholders(v).length) {
        ctx.addIssue({ code: "custom", message: "inbox:templates.unknownPlaceholder" });
      }
    }),
});

/** What the placeholders stand for in one request. */
export interface TemplateFacts {
  applicantName: string;
  opportunityTitle: string;
  /** The stay, inclusive `YYYY-MM-DD`. */
  stay: { start: string; end: string };
}

/**
 * `body` with each placeholder replaced by the request's facts, dates written in the
 * template's `language` ("1–12 Feb 2027" / "1–12 feb 2027"); anything else is left as it is.
 */
export function fillTemplate(body: string, facts: TemplateFacts, language: TemplateLanguage): string {
  const values: Record<Placeholder, string> = {
    applicant_name: facts.applicantName,
    opportunity: facts.opportunityTitle,
    dates: formatRange(facts.stay, language),
  };
  return body.replace(/\{([^{}]*)\}/g, (whole, name: string) =>
    (PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole,
  );
}
