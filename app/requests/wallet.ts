/**
 * The applicant's document wallet (issue 16, part 1), the pure half: the controlled list of
 * document types, how it meets an opportunity's required documents (RequiredDocument,
 * decision 0026), and the schema of the wallet's form. Safe in the browser.
 *
 * Mapping to RequiredDocument: every type of the same name, except that
 * LICENCE_GOOD_STANDING ("licence or registration, with a letter of good standing") asks for
 * both LICENCE_REGISTRATION and GOOD_STANDING, and RECOMMENDATION_LETTERS come from referees,
 * never from the wallet (so the wallet cannot meet them).
 */
import { z } from "zod";
import { isIsoDate, type IsoDate } from "~/platform/calendar";
import { codePointLength } from "~/platform/fields";
import type { RequiredDocument } from "~/generated/prisma/enums";

export const WALLET_TYPES = [
  "CV",
  "MOTIVATION_LETTER",
  "DIPLOMA",
  "LICENCE_REGISTRATION",
  "GOOD_STANDING",
  "HEALTH_INSURANCE",
  "LIABILITY_INSURANCE",
  "IMMUNISATION_RECORD",
  "PASSPORT_ID",
  "LANGUAGE_CERTIFICATE",
  "OTHER",
] as const;

export type WalletType = (typeof WALLET_TYPES)[number];

/** Longest name of an OTHER document (code points). */
export const DOCUMENT_NAME_MAX = 120;
/** Most documents one wallet holds (and one request sends). */
export const WALLET_MAX = 30;
/** Days before `expiresOn` that the reminder e-mail goes out. */
export const EXPIRY_REMINDER_DAYS = 30;

/** The wallet types that together meet one required document ([] = the wallet cannot meet it). */
export function walletTypesFor(required: RequiredDocument): WalletType[] {
  if (required === "LICENCE_GOOD_STANDING") return ["LICENCE_REGISTRATION", "GOOD_STANDING"];
  if (required === "RECOMMENDATION_LETTERS") return [];
  return [required];
}

/** The wallet types an opportunity's required documents ask for, in list order, each once. */
export function requiredWalletTypes(required: readonly RequiredDocument[]): WalletType[] {
  const wanted = new Set(required.flatMap(walletTypesFor));
  return WALLET_TYPES.filter((t) => wanted.has(t));
}

/**
 * The required wallet types that `documents` do not cover, in list order. A document whose
 * `expiresOn` (inclusive) falls before `validUntil` (e.g. the stay's last day) does not count.
 */
export function missingWalletTypes(
  required: readonly RequiredDocument[],
  documents: readonly { type: WalletType; expiresOn: IsoDate | null }[],
  validUntil: IsoDate | null = null,
): WalletType[] {
  const valid = new Set(
    documents.filter((d) => !validUntil || !d.expiresOn || d.expiresOn >= validUntil).map((d) => d.type),
  );
  return requiredWalletTypes(required).filter((t) => !valid.has(t));
}

const msg = (key: string) => `requests:wallet.validation.${key}`;

/** The validated fields of a wallet document (the file travels beside them). */
export interface WalletFields {
  type: WalletType;
  /** OTHER only: what the document is. */
  name: string | null;
  expiresOn: IsoDate | null;
}

/**
 * The wallet form's fields for one document, as of `today`: `type` from the list, `name`
 * required with OTHER (at most DOCUMENT_NAME_MAX code points), `expiresOn` optional and not
 * before today.
 */
export function createWalletFieldsSchema(today: IsoDate) {
  return z
    .object({
      type: z.string().optional(),
      name: z
        .string()
        .max(DOCUMENT_NAME_MAX * 4)
        .optional(),
      expiresOn: z.string().optional(),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, key: string) =>
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message: msg(key) });
      if (!v.type) issue("type", "typeRequired");
      else if (!(WALLET_TYPES as readonly string[]).includes(v.type)) issue("type", "typeUnknown");
      const name = (v.name ?? "").trim().normalize("NFC");
      if (v.type === "OTHER" && !name) issue("name", "nameRequired");
      if (codePointLength(name) > DOCUMENT_NAME_MAX) issue("name", "nameTooLong");
      if (v.expiresOn) {
        if (!isIsoDate(v.expiresOn)) issue("expiresOn", "dateInvalid");
        else if (v.expiresOn < today) issue("expiresOn", "expired");
      }
    })
    .transform(
      (v): WalletFields => ({
        type: v.type as WalletType,
        name: v.type === "OTHER" ? (v.name ?? "").trim().normalize("NFC") : null,
        expiresOn: v.expiresOn ? v.expiresOn : null,
      }),
    );
}
