/**
 * Password hashing and policy (docs/decisions/0006-password-hashing.md).
 *
 * - argon2id through @node-rs/argon2 with OWASP's first recommended setting
 *   (Password Storage Cheat Sheet): m = 19 456 KiB, t = 2, p = 1, 32-byte output,
 *   random 16-byte salt. The PHC string records the parameters, so they can be raised
 *   later and old hashes still verify (`needsRehash` tells when to upgrade).
 * - 10 to 128 characters, and none of the 49 000 most common passwords of the
 *   zxcvbn-ts common dictionary (@zxcvbn-ts/language-common, MIT), compared lower-cased.
 */
import crypto from "node:crypto";
import { hash, verify, type Algorithm } from "@node-rs/argon2";
import { createRequire } from "node:module";
import type { z } from "zod";
import { NewPasswordSchema } from "./validation";

/** argon2id; the package's `Algorithm` is a const enum, unusable with isolatedModules. */
const ARGON2ID = 2 as Algorithm;

export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const;

/** Hashes a password (≈ 30–60 ms, 19 MiB). @returns a PHC string "$argon2id$v=19$m=19456,t=2,p=1$…". */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2_PARAMS);
}

/** True when `password` matches `passwordHash`; false (never throws) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a hash of a random secret, so a login for an unknown address costs the
 * same argon2 work as one for a real account. @returns always false.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= hash(crypto.randomBytes(32).toString("base64"), ARGON2_PARAMS);
  await verifyPassword(await dummyHash, password);
  return false;
}

/** True when the hash was made with weaker parameters than today's (upgrade it at login). */
export function needsRehash(passwordHash: string): boolean {
  const m = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!m) return true;
  return Number(m[1]) < ARGON2_PARAMS.memoryCost || Number(m[2]) < ARGON2_PARAMS.timeCost;
}

let common: Set<string> | undefined;

/**
 * The common-password list, read on the first check: the package holds all of zxcvbn's
 * dictionaries (about 10 MB resident), which a web process that checks no password should
 * not carry (issue 15, decision 0041). Required, not imported, so the check stays
 * synchronous (it runs inside a Zod refinement).
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const { dictionary } = createRequire(import.meta.url)("@zxcvbn-ts/language-common") as {
      dictionary: { "passwords-common": string[] };
    };
    common = new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  }
  return common;
}

/** True for a password in the common-password list (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.normalize("NFC").toLowerCase());
}

/** `NewPasswordSchema` plus the common-password check, for server-side parsing. */
export const NewPasswordSchemaServer = NewPasswordSchema.refine((v) => !isCommonPassword(v), {
  message: "accounts:validation.passwordCommon",
});

export type NewPassword = z.infer<typeof NewPasswordSchemaServer>;
