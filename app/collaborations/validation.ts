/**
 * The forms of the joint research partner search (issue 19 part 3): one schema each for the
 * browser and the server. Error messages are i18n keys ("collaborations:validation.…").
 *
 * Texts are trimmed, NFC, CRLF → LF, counted in code points, and may not carry control
 * characters other than line breaks and tabs. A proposal needs at least one topic of the
 * taxonomy (`isKnownTopic`, server only) and one kind of partner; the funding context is
 * optional, and its deadline is a calendar date (YYYY-MM-DD) not before `today` (server only).
 */
import { z } from "zod";
import { isIsoDate } from "~/platform/calendar";
import { codePointLength, isLanguageCode } from "~/platform/fields";

export const PARTNER_KINDS = ["CLINICAL_SITE", "LABORATORY", "DATA", "CO_INVESTIGATOR"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const VISIBILITIES = ["PUBLIC", "SIGNED_IN"] as const;

export const PROPOSAL_TITLE_MAX = 150;
export const PROPOSAL_TEXT_MAX = 4_000;
export const FUNDING_TEXT_MAX = 150;
export const PROPOSAL_TOPICS_MAX = 10;
export const PROPOSAL_LANGUAGES_MAX = 6;
/** The proposal form's post size: three texts of 4,000 characters, up to 4 bytes each, and the rest. */
export const PROPOSAL_FORM_BYTES = 64 * 1024;
/** An expression of interest is a short message. */
export const INTEREST_MESSAGE_MAX = 1_000;
/** A message in the thread after acceptance (as a request thread's). */
export const THREAD_MESSAGE_MAX = 4_000;

const msg = (key: string) => `collaborations:validation.${key}`;

// C0 and C1 control characters other than tab (U+0009) and line feed (U+000A).
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * Free text: required (blank counts as missing) or optional (blank → null), at most `max`
 * code points. One transform and a refinement, no pipe (Conform would turn a piped "" into
 * a bare "Required").
 */
function text(max: number, { multiline = false, required = true }: { multiline?: boolean; required?: boolean } = {}) {
  return z
    .string()
    .max(max * 4, { message: msg("tooLong") })
    .optional()
    .transform((v) => (v ?? "").trim().normalize("NFC").replace(/\r\n?/g, "\n"))
    .superRefine((v, ctx) => {
      const issue = (key: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg(key) });
      if (!v) {
        if (required) issue("required");
      } else if (codePointLength(v) > max) issue("tooLong");
      else if ((multiline ? CONTROL_EXCEPT_BREAKS : /\p{Cc}/u).test(v)) issue("invalidCharacters");
    })
    .transform((v) => (v ? v : required ? v : null));
}

export interface ProposalSchemaOptions {
  /** Validates a topic id against the taxonomy (server only; the browser skips it). */
  isKnownTopic?: (id: string) => boolean;
  /** Today (YYYY-MM-DD, UTC): the funding deadline may not lie before it (server only). */
  today?: string;
}

/**
 * The proposal form (new and edit). Output: the texts, `topics` (1…PROPOSAL_TOPICS_MAX
 * known ids, deduplicated), `partnerKinds` (at least one), `languages` (ISO 639-1, at most
 * PROPOSAL_LANGUAGES_MAX), the optional funding context (null when blank) and `visibility`.
 */
export function createProposalSchema({ isKnownTopic, today }: ProposalSchemaOptions = {}) {
  return z
    .object({
      title: text(PROPOSAL_TITLE_MAX) as z.ZodType<string, z.ZodTypeDef, unknown>,
      summary: text(PROPOSAL_TEXT_MAX, { multiline: true }) as z.ZodType<string, z.ZodTypeDef, unknown>,
      expertise: text(PROPOSAL_TEXT_MAX, { multiline: true }) as z.ZodType<string, z.ZodTypeDef, unknown>,
      topics: z
        .array(z.string().max(100))
        .default([])
        .superRefine((list, ctx) => {
          const issue = (key: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg(key) });
          if (list.length === 0) issue("topicsRequired");
          else if (new Set(list).size > PROPOSAL_TOPICS_MAX) issue("tooManyTopics");
          else if (list.some((id) => !/^[a-z0-9-]+$/.test(id) || (isKnownTopic && !isKnownTopic(id))))
            issue("topicUnknown");
        })
        .transform((list) => [...new Set(list)]),
      partnerKinds: z
        .array(z.enum(PARTNER_KINDS, { errorMap: () => ({ message: msg("partnerKindInvalid") }) }))
        .default([])
        .superRefine((list, ctx) => {
          if (list.length === 0)
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("partnerKindsRequired") });
        })
        .transform((list) => [...new Set(list)]),
      languages: z
        .array(z.string().max(10))
        .default([])
        .superRefine((list, ctx) => {
          const issue = (key: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg(key) });
          if (new Set(list).size > PROPOSAL_LANGUAGES_MAX) issue("tooManyLanguages");
          else if (list.some((code) => !isLanguageCode(code))) issue("languageInvalid");
        })
        .transform((list) => [...new Set(list)]),
      fundingProgramme: text(FUNDING_TEXT_MAX, { required: false }),
      fundingCallId: text(FUNDING_TEXT_MAX, { required: false }),
      fundingDeadline: z
        .string()
        .max(20, { message: msg("dateInvalid") })
        .optional()
        .refine((v) => !v || isIsoDate(v), { message: msg("dateInvalid") })
        .refine((v) => !v || !today || !isIsoDate(v) || v >= today, { message: msg("deadlinePast") })
        .transform((v) => v || null),
      visibility: z.enum(VISIBILITIES, { errorMap: () => ({ message: msg("visibilityRequired") }) }),
    })
    .superRefine((v, ctx) => {
      // A call identifier or deadline without the programme it belongs to says too little.
      if ((v.fundingCallId || v.fundingDeadline) && !v.fundingProgramme)
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["fundingProgramme"], message: msg("programmeRequired") });
    });
}

export type ProposalInput = z.output<ReturnType<typeof createProposalSchema>>;

/** An expression of interest: a short message (required). */
export const InterestSchema = z.object({ message: text(INTEREST_MESSAGE_MAX, { multiline: true }) });

/** A message in the thread after acceptance (required). */
export const ThreadMessageSchema = z.object({ body: text(THREAD_MESSAGE_MAX, { multiline: true }) });

/** An entity id in a form or URL (cuid-like). */
export const CollaborationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** The list's filters from the query string; unknown or malformed values are dropped (never an error). */
export interface ProposalFilters {
  /** A topic key: proposals on it or on a narrower topic. */
  topic: string | null;
  partnerKind: PartnerKind | null;
  /** ISO 639-1. */
  language: string | null;
  /** Full-text search (English and Italian stemming). */
  q: string;
}

/** Reads the list's filters from `params` (see ProposalFilters). */
export function parseProposalFilters(params: URLSearchParams): ProposalFilters {
  const topic = params.get("topic") ?? "";
  const kind = params.get("partnerKind") ?? "";
  const language = params.get("language") ?? "";
  return {
    topic: /^[a-z0-9-]{1,100}$/.test(topic) ? topic : null,
    partnerKind: (PARTNER_KINDS as readonly string[]).includes(kind) ? (kind as PartnerKind) : null,
    language: isLanguageCode(language) ? language : null,
    q: (params.get("q") ?? "").replaceAll("\u0000", " ").trim().slice(0, 200),
  };
}
