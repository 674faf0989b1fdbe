/**
 * One-click unsubscribe links (RFC 8058; docs/decisions/0012-notifications.md).
 *
 * A link names one user and one optional kind of mail and is signed, so it works without a
 * session and cannot be forged for someone else: `<userId>.<kind>.<HMAC-SHA256>` (base64url),
 * the key derived from APP_SECRET, or, when that is unset, from a random secret created once
 * and kept in the database (`AppMeta` "secret:unsubscribe"), shared by every app instance.
 * Links do not expire: a mail read months later must still unsubscribe. Essential kinds get
 * no link, and a link naming one is refused.
 */
import crypto from "node:crypto";
import { prisma } from "~/platform/db.server";
import { appUrl } from "./outbox.server";
import { isOptionalKind, type MailKind } from "./kinds";
import { getEnv } from "~/platform/env.server";

const META_KEY = "secret:unsubscribe";
const ID = /^[A-Za-z0-9_-]{1,64}$/;

let storedSecret: Promise<string> | null = null;

async function databaseSecret(): Promise<string> {
  const candidate = crypto.randomBytes(32).toString("base64url");
  await prisma.$executeRaw`
    INSERT INTO "AppMeta" ("key", "value", "updatedAt") VALUES (${META_KEY}, ${candidate}, now())
    ON CONFLICT ("key") DO NOTHING`;
  const row = await prisma.appMeta.findUniqueOrThrow({ where: { key: META_KEY }, select: { value: true } });
  return row.value;
}

/** The HMAC key of unsubscribe links (see module docs). */
export async function unsubscribeKey(): Promise<Buffer> {
  const secret = getEnv().APP_SECRET;
  let material: string;
  if (secret) material = `env:${secret}`;
  else {
    storedSecret ??= databaseSecret().catch((error: unknown) => {
      storedSecret = null;
      throw error;
    });
    material = `db:${await storedSecret}`;
  }
  return crypto.createHash("sha256").update(`ponte unsubscribe v1\0${material}`).digest();
}

function signature(key: Buffer, userId: string, kind: string): string {
  return crypto.createHmac("sha256", key).update(`${userId}\0${kind}`).digest("base64url");
}

/**
 * The token for `userId` and an optional `kind`.
 * @throws Error for an essential kind or a malformed user id (programming errors).
 */
export function signUnsubscribeToken(key: Buffer, userId: string, kind: string): string {
  if (!isOptionalKind(kind)) throw new Error(`"${kind}" mails cannot be unsubscribed from`);
  if (!ID.test(userId)) throw new Error("malformed user id");
  return `${userId}.${kind}.${signature(key, userId, kind)}`;
}

/** The user and kind a token names, or null when it is malformed, forged or names an essential kind. */
export function verifyUnsubscribeToken(key: Buffer, token: string | null | undefined): { userId: string; kind: MailKind } | null {
  if (!token || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, kind, sig] = parts;
  if (!ID.test(userId) || !isOptionalKind(kind)) return null;
  const expected = Buffer.from(signature(key, userId, kind));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return { userId, kind };
}

/** The absolute one-click unsubscribe URL (`/unsubscribe?token=…`) for a user and an optional kind. */
export async function unsubscribeUrl(userId: string, kind: string): Promise<string> {
  return appUrl("/unsubscribe", { token: signUnsubscribeToken(await unsubscribeKey(), userId, kind) });
}
