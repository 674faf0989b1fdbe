/**
 * Single-use e-mailed tokens of a user (verification, reset, e-mail change). Only the
 * SHA-256 of each token is stored; using one is a compare-and-swap on `usedAt`, so a token
 * works once even when two requests race.
 */
import type { Prisma, TokenKind } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { generateToken, hashToken, TOKEN_TTL_MS } from "~/accounts/token.server";

type Tx = Prisma.TransactionClient;

/**
 * Creates a token of `kind` for `userId` (for EMAIL_CHANGE, `email` is the new canonical
 * address; for EMAIL_VERIFICATION, the address being verified). Earlier unused tokens of
 * the same kind are withdrawn, so only the newest link works.
 * @returns the raw token (put it in the e-mail, never store it) and its row id.
 */
export async function createUserToken(
  tx: Tx,
  {
    userId,
    kind,
    email = null,
    now = new Date(),
  }: { userId: string; kind: TokenKind; email?: string | null; now?: Date },
): Promise<{ token: string; id: string }> {
  await tx.userToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: now } });
  const token = generateToken();
  const row = await tx.userToken.create({
    data: { userId, kind, email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[kind]) },
    select: { id: true },
  });
  return { token, id: row.id };
}

export type TokenLookup = { id: string; userId: string; email: string | null; expiresAt: Date; usedAt: Date | null };

/** The token row for a raw token of `kind`, used or not, or null when unknown. */
export async function findUserToken(kind: TokenKind, token: string, db: Tx = prisma): Promise<TokenLookup | null> {
  const row = await db.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, kind: true, userId: true, email: true, expiresAt: true, usedAt: true },
  });
  if (!row || row.kind !== kind) return null;
  return { id: row.id, userId: row.userId, email: row.email, expiresAt: row.expiresAt, usedAt: row.usedAt };
}

/** True when the token exists, is unused and has not expired. */
export function isUsable(t: TokenLookup | null, now = new Date()): t is TokenLookup {
  return Boolean(t && !t.usedAt && t.expiresAt > now);
}

/**
 * Marks the token used if (and only if) it is unused and unexpired, atomically.
 * @returns the token, or null when it is unknown, used, expired or of another kind.
 */
export async function consumeUserToken(
  tx: Tx,
  kind: TokenKind,
  token: string,
  now = new Date(),
): Promise<TokenLookup | null> {
  const tokenHash = hashToken(token);
  const { count } = await tx.userToken.updateMany({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  return findUserToken(kind, token, tx);
}
