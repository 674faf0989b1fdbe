/**
 * The secret of a person's private calendar feed (issue 18, part 4): `/calendar/<token>.ics`.
 * The token is a fresh 160-bit secret (app/accounts/token.server.ts); only its SHA-256 is
 * stored, so Ponte can show the address only when it makes it. Creating it again (reset)
 * replaces the stored hash in one write: the old address answers 404 from then on.
 */
import { generateToken, hashToken } from "~/accounts/token.server";
import { prisma } from "~/platform/db.server";

/** The path of a feed for a raw token. */
export function calendarFeedPath(token: string): string {
  return `/calendar/${token}.ics`;
}

/**
 * Makes (or replaces) the person's feed secret.
 * @returns the raw token: show it once, never store it.
 */
export async function resetCalendarFeed(userId: string): Promise<string> {
  const token = generateToken();
  const tokenHash = hashToken(token);
  await prisma.calendarFeed.upsert({
    where: { userId },
    create: { userId, tokenHash },
    update: { tokenHash, createdAt: new Date() },
  });
  return token;
}

/** Turns the feed off: no address works until the person makes a new one. */
export async function removeCalendarFeed(userId: string): Promise<void> {
  await prisma.calendarFeed.deleteMany({ where: { userId } });
}

/** When the person's current feed address was made, or null when they have none. */
export async function calendarFeedCreatedAt(userId: string): Promise<Date | null> {
  const row = await prisma.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
  return row?.createdAt ?? null;
}

/**
 * The owner of a raw feed token (id and language), or null for an unknown, replaced or
 * malformed token, or a deleted account.
 */
export async function calendarFeedOwner(token: string): Promise<{ id: string; locale: "en" | "it" } | null> {
  if (!/^[a-z2-7]{32}$/.test(token)) return null;
  const row = await prisma.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { user: { select: { id: true, locale: true } } },
  });
  if (!row) return null;
  return { id: row.user.id, locale: row.user.locale === "it" ? "it" : "en" };
}
