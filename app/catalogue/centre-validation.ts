/**
 * The admins' centre form (create and edit): names, kind, where it is (in Lombardy, or a
 * partner institution abroad with its ISO 3166-1 alpha-2 country: issue 19), city, address,
 * website (https only), IRCCS status (yes / no / not confirmed), ROR ID (pattern and checksum, stored as
 * its https://ror.org/ URI), parent, descriptions, and the facts with the numbers of the
 * sources that support them. Every fact must cite at least one source of the form's list
 * (the catalogue shows no unsourced fact: docs/architecture.md, "Reference data").
 * Error messages are i18n keys ("admin:centres.validation.…" or "coordinator:validation.…").
 */
import { z } from "zod";
import { isCountryCode, isHttpUrl, normaliseRorId } from "~/platform/fields";
import { DESCRIPTION_MAX, optionalText, requiredText } from "./opportunity-validation";

export const CENTRE_KINDS = [
  "IRCCS_HOSPITAL",
  "PUBLIC_HOSPITAL",
  "RESEARCH_INSTITUTE",
  "UNIVERSITY",
  "SIMULATION_CENTRE",
  "DEPARTMENT_NETWORK",
] as const;
/** Kinds of source the catalogue uses (prisma/data/types.ts). */
export const SOURCE_KINDS = ["official", "press", "aggregator", "wikipedia", "mirror", "academic", "society"] as const;
export const IRCCS_CHOICES = ["yes", "no", "unconfirmed"] as const;
/** Where a centre is: in Lombardy (country null) or a partner institution abroad (country set). */
export const CENTRE_LOCATIONS = ["lombardy", "abroad"] as const;

export const CENTRE_NAME_MAX = 200;
export const CITY_MAX = 100;
export const ADDRESS_MAX = 300;
export const URL_MAX = 1_000;
export const FACT_MAX = 1_000;
export const SOURCE_TITLE_MAX = 300;
export const FACTS_MAX = 50;
export const SOURCES_MAX = 50;
export const SOURCE_N_MAX = 999;
export const SLUG_MAX = 80;
/** Institutional e-mail domains per centre (decision 0035). */
export const EMAIL_DOMAINS_MAX = 20;
export const EMAIL_DOMAINS_FIELD_MAX = 2_000;

/**
 * A DNS domain name as e-mail addresses use it (RFC 1035 §2.3.1 with RFC 1123's digits):
 * at least two labels of letters, digits and inner hyphens (1–63 characters each), a
 * top-level label of letters (or an IDNA "xn--" label), 253 characters at most. Lower case in.
 */
export function isEmailDomain(d: string): boolean {
  if (d.length > 253) return false;
  const labels = d.split(".");
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1];
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return false;
  return labels.every((l) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(l));
}

/** "cnao.it, @Fondazione.example" → ["cnao.it", "fondazione.example"]: split on commas, spaces or lines. */
const EmailDomainsSchema = z
  .string()
  .max(EMAIL_DOMAINS_FIELD_MAX, { message: "admin:centres.validation.emailDomainsInvalid" })
  .transform((v, ctx) => {
    const parts = v
      .split(/[\s,;]+/)
      .map((p) => p.trim().toLowerCase().replace(/^@/, ""))
      .filter(Boolean);
    if (!parts.every(isEmailDomain)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "admin:centres.validation.emailDomainsInvalid" });
      return z.NEVER;
    }
    const unique = [...new Set(parts)];
    if (unique.length > EMAIL_DOMAINS_MAX) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: "admin:centres.validation.emailDomainsTooMany" });
      return z.NEVER;
    }
    return unique;
  })
  .optional()
  .transform((v) => v ?? []);
/** Form body cap: two descriptions, up to 50 facts of 2 × 1,000 and 50 sources (4 bytes a character). */
export const CENTRE_FORM_BYTES = 512 * 1024;
/** Slugs that name pages rather than centres. */
const RESERVED_SLUGS = new Set(["new"]);

const msg = (key: string) => `admin:centres.validation.${key}`;
/** One message for a missing, mistyped or unknown choice. */
const choice = (key: string) => ({ errorMap: () => ({ message: msg(key) }) });

/** A centre's slug: lower-case words joined by hyphens. */
export const SlugSchema = z
  .string({ required_error: "coordinator:validation.required" })
  .trim()
  .min(1, { message: "coordinator:validation.required" })
  .max(SLUG_MAX, { message: msg("slugInvalid") })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: msg("slugInvalid") })
  .refine((s) => !RESERVED_SLUGS.has(s), { message: msg("slugReserved") });

/** "1, 3 4" → [1, 3, 4]; anything but small whole numbers is an error. */
const SourceNumbers = z
  .string({ required_error: msg("factSourcesRequired") })
  .max(200, { message: msg("factSourcesInvalid") })
  .transform((v, ctx) => {
    const parts = v.split(/[\s,;]+/).filter(Boolean);
    if (!parts.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("factSourcesRequired") });
      return z.NEVER;
    }
    if (!parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) >= 1)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("factSourcesInvalid") });
      return z.NEVER;
    }
    return [...new Set(parts.map(Number))].sort((a, b) => a - b);
  });

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the sources show their dates. */
const SourceDate = z
  .string()
  .trim()
  .max(10, { message: msg("sourceDateInvalid") })
  .refine((v) => v === "" || /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(v), {
    message: msg("sourceDateInvalid"),
  })
  .optional()
  .transform((v) => (v ? v : null));

/**
 * Source numbers are unique and every fact cites numbers of the list. Checked on the raw form
 * value before the fields are parsed, so these errors appear together with every field's
 * own; numbers that do not parse are left to their fields.
 */
function citationChecks(raw: unknown, ctx: z.RefinementCtx): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const o = raw as { sources?: unknown; facts?: unknown };
  const rows = (v: unknown) =>
    (Array.isArray(v) ? v : []).map((r) => (r && typeof r === "object" ? (r as Record<string, unknown>) : {}));
  const numbers = new Set<number>();
  rows(o.sources).forEach((s, i) => {
    const n =
      typeof s.n === "number" ? s.n : typeof s.n === "string" && /^\s*\d{1,3}\s*$/.test(s.n) ? Number(s.n) : null;
    if (n === null) return;
    if (numbers.has(n))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["sources", i, "n"], message: msg("sourceNumberTwice") });
    numbers.add(n);
  });
  rows(o.facts).forEach((f, i) => {
    const cited = typeof f.sources === "string" ? f.sources.split(/[\s,;]+/).filter((p) => /^\d{1,3}$/.test(p)) : [];
    if (cited.some((n) => !numbers.has(Number(n))))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["facts", i, "sources"], message: msg("factSourceMissing") });
  });
  return raw;
}

/**
 * A partner abroad needs its country, and "abroad" means outside Italy (a centre in Italy is
 * one of Lombardy's). Checked on the raw form value, like the citations, so the error shows
 * with every other field's; a country that does not parse is left to its field.
 */
function locationChecks(raw: unknown, ctx: z.RefinementCtx): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const o = raw as { location?: unknown; country?: unknown };
  if (o.location !== "abroad") return raw;
  const country = typeof o.country === "string" ? o.country.trim().toUpperCase() : "";
  if (!country) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["country"], message: msg("countryRequired") });
  else if (country === "IT")
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["country"], message: msg("countryNotAbroad") });
  return raw;
}

/**
 * The centre form's schema; `withSlug` on the "new centre" page. Output `country` is null for
 * a centre in Lombardy and an upper-case ISO 3166-1 alpha-2 code for a partner abroad.
 */
export function createCentreSchema({ withSlug }: { withSlug: boolean }) {
  return z.preprocess(
    (raw, ctx) => locationChecks(citationChecks(raw, ctx), ctx),
    z
      .object({
        slug: withSlug ? SlugSchema : z.string().optional(),
        version: z.string().max(40).optional(),
        name: requiredText(CENTRE_NAME_MAX),
        nameIt: requiredText(CENTRE_NAME_MAX),
        kind: z.enum(CENTRE_KINDS, choice("kindRequired")),
        // Absent (older clients, scripts): in Lombardy.
        location: z
          .enum(CENTRE_LOCATIONS, choice("locationInvalid"))
          .optional()
          .transform((v) => v ?? "lombardy"),
        country: z
          .string()
          .trim()
          .max(2, { message: msg("countryInvalid") })
          .transform((v) => v.toUpperCase())
          .refine(isCountryCode, { message: msg("countryInvalid") })
          .optional()
          .transform((v) => v ?? null),
        city: requiredText(CITY_MAX),
        address: optionalText(ADDRESS_MAX),
        website: z
          .string()
          .trim()
          .max(URL_MAX, { message: "coordinator:validation.tooLong" })
          .refine((v) => isHttpUrl(v) && v.startsWith("https://"), { message: msg("websiteHttps") })
          .optional()
          .transform((v) => v ?? null),
        irccs: z
          .enum(IRCCS_CHOICES, choice("irccsRequired"))
          .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
        rorId: z
          .string()
          .max(60, { message: msg("rorInvalid") })
          .transform((v, ctx) => {
            const ror = normaliseRorId(v);
            if (!ror) {
              ctx.addIssue({ code: z.ZodIssueCode.custom, message: msg("rorInvalid") });
              return z.NEVER;
            }
            return ror;
          })
          .optional()
          .transform((v) => v ?? null),
        emailDomains: EmailDomainsSchema,
        parentId: z
          .string()
          .max(40, { message: msg("parentInvalid") })
          .regex(/^[a-z0-9]+$/i, { message: msg("parentInvalid") })
          .optional()
          .transform((v) => v ?? null),
        descriptionEn: requiredText(DESCRIPTION_MAX, { multiline: true }),
        descriptionIt: requiredText(DESCRIPTION_MAX, { multiline: true }),
        sources: z
          .array(
            z.object({
              n: z
                .number({
                  required_error: "coordinator:validation.required",
                  invalid_type_error: "coordinator:validation.notANumber",
                })
                .int({ message: "coordinator:validation.notANumber" })
                .min(1, { message: msg("sourceNumberRange") })
                .max(SOURCE_N_MAX, { message: msg("sourceNumberRange") }),
              url: z
                .string({ required_error: "coordinator:validation.required" })
                .trim()
                .max(URL_MAX, { message: "coordinator:validation.tooLong" })
                .refine(isHttpUrl, { message: msg("urlInvalid") }),
              title: requiredText(SOURCE_TITLE_MAX),
              date: SourceDate,
              kind: z
                .enum(SOURCE_KINDS, choice("sourceKindInvalid"))
                .optional()
                .transform((v) => v ?? null),
            }),
          )
          .max(SOURCES_MAX, { message: msg("tooManySources") })
          .optional()
          .transform((v) => v ?? []),
        facts: z
          .array(z.object({ textEn: requiredText(FACT_MAX), textIt: requiredText(FACT_MAX), sources: SourceNumbers }))
          .max(FACTS_MAX, { message: msg("tooManyFacts") })
          .optional()
          .transform((v) => v ?? []),
      })
      // A centre in Lombardy keeps no country, whatever the form sent.
      .transform(({ location, country, ...rest }) => ({
        ...rest,
        location,
        country: location === "abroad" ? country : null,
      })),
  );
}

export type CentreInput = z.output<ReturnType<typeof createCentreSchema>>;
