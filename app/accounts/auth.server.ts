/**
 * Sign-in sessions: the one module that uses Lucia v3 (docs/decisions/0007-sessions.md).
 *
 * - Sessions live in the `Session` table through the small adapter below (the official
 *   Prisma adapter stops at Prisma 5). The table stores SHA-256(session id), never the id
 *   itself, so a copy of the database cannot be replayed as cookies.
 * - Cookie: HttpOnly, SameSite=Lax, Path=/, Secure (and the `__Host-` prefix) whenever
 *   APP_ORIGIN is https; 30 days, extended by Lucia when past half of its life.
 * - Validation happens once per request (memoised), and its cookie effects — a refreshed
 *   cookie when Lucia extended the session, a blank one when the cookie names no valid
 *   session — are recorded in the request context; server/app.ts adds them to whatever
 *   response the request produces. Routes that sign in or out send their cookie themselves
 *   (`createUserSession` returns it, `logout` throws a redirect carrying it).
 *
 * Surface (Epic Stack names): getUserId, getUser, requireUserId, requireUser,
 * requireAnonymous, requireUserWithRole, requireVerifiedUser, createUserSession, logout,
 * plus session listing for /account.
 */
import { data, redirect } from "@remix-run/node";
import { Lucia, TimeSpan, type Adapter, type DatabaseSession, type DatabaseUser } from "lucia";
import type { Prisma, Role } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { getEnv } from "~/platform/env.server";
import { setUserLocaleResolver } from "~/platform/i18n.server";
import { getRequestStore, setResponseCookie } from "~/platform/request-context.server";
import { hashToken } from "./token.server";

export type { Role };

/** The signed-in user as the app needs it (never the session row, never the hash). */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  emailVerified: boolean;
  locale: string | null;
  /** Slugs of the centres this user coordinates. */
  centreSlugs: string[];
  /** Mail to the address bounced or was reported as spam (the layout's banner). */
  emailUndeliverable: boolean;
}

interface SessionAttributes {
  userAgent: string | null;
  ipAddress: string | null;
}

declare module "lucia" {
  interface Register {
    Lucia: Lucia<Record<never, never>, AuthUser>;
    DatabaseUserAttributes: AuthUser;
    DatabaseSessionAttributes: SessionAttributes;
  }
}

export const SESSION_TTL_DAYS = 30;

/** One row of the session lookup: the session, its user and the user's centres. */
interface SessionUserRow {
  userId: string;
  expiresAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
  email: string;
  name: string;
  roles: Role[];
  emailVerifiedAt: Date | null;
  locale: string | null;
  emailUndeliverableAt: Date | null;
  centreSlugs: string[];
}

function toAuthUser(u: SessionUserRow): AuthUser {
  return {
    id: u.userId,
    email: u.email,
    name: u.name,
    roles: u.roles,
    emailVerified: u.emailVerifiedAt !== null,
    locale: u.locale,
    centreSlugs: u.centreSlugs,
    emailUndeliverable: u.emailUndeliverableAt !== null,
  };
}

/**
 * Lucia's adapter over the Prisma 7 client. Ids Lucia passes in are raw session ids and are
 * hashed here; `getUserSessions` returns the stored hashes (Ponte lists sessions with
 * `listUserSessions` instead).
 */
export class PrismaSessionAdapter implements Adapter {
  /**
   * The session and its user in ONE query (every signed-in request runs it; Prisma's nested
   * select would take four round trips): centre slugs in coordination order.
   */
  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const rows = await prisma.$queryRaw<SessionUserRow[]>`
      SELECT s."userId", s."expiresAt", s."userAgent", s."ipAddress",
             u."email", u."name", u."roles"::text[] AS "roles", u."emailVerifiedAt", u."locale", u."emailUndeliverableAt",
             COALESCE((SELECT array_agg(c."slug" ORDER BY cc."createdAt", c."slug")
                         FROM "CentreCoordinator" cc JOIN "Centre" c ON c."id" = cc."centreId"
                        WHERE cc."userId" = u."id"), ARRAY[]::text[]) AS "centreSlugs"
        FROM "Session" s JOIN "User" u ON u."id" = s."userId"
       WHERE s."id" = ${hashToken(sessionId)}`;
    const row = rows[0];
    if (!row) return [null, null];
    return [
      {
        id: sessionId,
        userId: row.userId,
        expiresAt: new Date(row.expiresAt),
        attributes: { userAgent: row.userAgent, ipAddress: row.ipAddress },
      },
      { id: row.userId, attributes: toAuthUser(row) },
    ];
  }
  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    const rows = await prisma.session.findMany({
      where: { userId },
      select: { id: true, expiresAt: true, userAgent: true, ipAddress: true },
    });
    return rows.map((r) => ({
      id: r.id,
      userId,
      expiresAt: r.expiresAt,
      attributes: { userAgent: r.userAgent, ipAddress: r.ipAddress },
    }));
  }

  async setSession(session: DatabaseSession): Promise<void> {
    await prisma.session.create({
      data: {
        id: hashToken(session.id),
        userId: session.userId,
        expiresAt: session.expiresAt,
        userAgent: session.attributes.userAgent,
        ipAddress: session.attributes.ipAddress,
      },
    });
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await prisma.session.updateMany({ where: { id: hashToken(sessionId) }, data: { expiresAt } });
  }

  async deleteSession(sessionId: string): Promise<void> {
    await prisma.session.deleteMany({ where: { id: hashToken(sessionId) } });
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await prisma.session.deleteMany({ where: { userId } });
  }

  async deleteExpiredSessions(): Promise<void> {
    await prisma.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  }
}

const adapter = new PrismaSessionAdapter();
const lucias = new Map<boolean, Lucia<Record<never, never>, AuthUser>>();

/** The session cookie's name: `__Host-` prefixed on https (RFC 6265bis §4.1.3.2). */
export function sessionCookieName(isHttps = getEnv().isHttps): string {
  return isHttps ? "__Host-ponte_session" : "ponte_session";
}

function getLucia() {
  const { isHttps } = getEnv();
  let lucia = lucias.get(isHttps);
  if (!lucia) {
    lucia = new Lucia(adapter, {
      sessionExpiresIn: new TimeSpan(SESSION_TTL_DAYS, "d"),
      sessionCookie: {
        name: sessionCookieName(isHttps),
        expires: true,
        attributes: { secure: isHttps, sameSite: "lax", path: "/" },
      },
      getUserAttributes: (attributes) => attributes,
    });
    lucias.set(isHttps, lucia);
  }
  return lucia;
}

export interface SessionState {
  sessionId: string;
  user: AuthUser;
}

const requestMemo = new WeakMap<Request, Promise<SessionState | null>>();

async function validate(sessionId: string): Promise<SessionState | null> {
  const lucia = getLucia();
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session) {
    setResponseCookie(lucia.sessionCookieName, lucia.createBlankSessionCookie().serialize());
    return null;
  }
  if (session.fresh) setResponseCookie(lucia.sessionCookieName, lucia.createSessionCookie(session.id).serialize());
  return { sessionId: session.id, user };
}

/**
 * The request's session and user, validated once per request (memoised per request and,
 * inside a server request, per session id). Null when signed out.
 */
export function getSession(request: Request): Promise<SessionState | null> {
  const memoised = requestMemo.get(request);
  if (memoised) return memoised;
  const lucia = getLucia();
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  let result: Promise<SessionState | null>;
  if (!sessionId) result = Promise.resolve(null);
  else {
    const store = getRequestStore();
    const key = `session:${sessionId}`;
    const cached = store?.memo.get(key) as Promise<SessionState | null> | undefined;
    result = cached ?? validate(sessionId);
    store?.memo.set(key, result);
  }
  requestMemo.set(request, result);
  return result;
}

/** Drops the memoised validation after this request signed in or out. */
function forget(request: Request) {
  requestMemo.delete(request);
  const memo = getRequestStore()?.memo;
  for (const key of memo?.keys() ?? []) if (key.startsWith("session:")) memo!.delete(key);
}

/** The signed-in user, or null. */
export async function getUser(request: Request): Promise<AuthUser | null> {
  return (await getSession(request))?.user ?? null;
}

/** The signed-in user's id, or null. */
export async function getUserId(request: Request): Promise<string | null> {
  return (await getSession(request))?.user.id ?? null;
}

function loginRedirect(request: Request, redirectTo?: string | null): never {
  const url = new URL(request.url);
  const to = redirectTo === undefined ? `${url.pathname}${url.search}` : redirectTo;
  const search = to && to !== "/" ? `?${new URLSearchParams({ redirectTo: to })}` : "";
  throw redirect(`/login${search}`);
}

/**
 * The signed-in user's id.
 * @throws a redirect to /login?redirectTo=<this page> (or `redirectTo`; null = none) when signed out.
 */
export async function requireUserId(
  request: Request,
  { redirectTo }: { redirectTo?: string | null } = {},
): Promise<string> {
  const id = await getUserId(request);
  if (!id) loginRedirect(request, redirectTo);
  return id;
}

/** The signed-in user. @throws like `requireUserId`. */
export async function requireUser(request: Request, options: { redirectTo?: string | null } = {}): Promise<AuthUser> {
  await requireUserId(request, options);
  return (await getUser(request))!;
}

/** @throws a redirect to /account when someone is signed in (for /login, /signup…). */
export async function requireAnonymous(request: Request): Promise<void> {
  if (await getUserId(request)) throw redirect("/account");
}

/**
 * The signed-in user when they hold `role`.
 * @throws a redirect to /login when signed out; a 403 response when the role is missing.
 */
export async function requireUserWithRole(request: Request, role: Role): Promise<AuthUser> {
  const user = await requireUser(request);
  if (!user.roles.includes(role)) throw data(null, { status: 403 });
  return user;
}

/**
 * The signed-in user once their address is verified (issue 3: unverified applicants may
 * browse and edit their profile but not send requests).
 * @throws a redirect to /login when signed out, to /verify-email when unverified.
 */
export async function requireVerifiedUser(request: Request): Promise<AuthUser> {
  const user = await requireUser(request);
  if (!user.emailVerified) throw redirect("/verify-email");
  return user;
}

/**
 * Where a user lands after signing in when no `redirectTo` was given: admins on /admin,
 * coordinators on their inbox, applicants on their matches (which prompt for interests
 * while the profile has none), anyone else on /account.
 */
export function homeFor(user: Pick<AuthUser, "roles">): string {
  if (user.roles.includes("ADMIN")) return "/admin";
  if (user.roles.includes("COORDINATOR")) return "/inbox";
  if (user.roles.includes("APPLICANT")) return "/matches";
  return "/account";
}

/**
 * Starts a session for `userId` (recording the browser's user agent and the client
 * address from the trusted-proxy setting).
 * @returns the Set-Cookie value to send with the response.
 */
export async function createUserSession(
  userId: string,
  { request, ip }: { request: Request; ip?: string | null },
): Promise<string> {
  const lucia = getLucia();
  const session = await lucia.createSession(userId, {
    userAgent: request.headers.get("user-agent")?.slice(0, 300) || null,
    ipAddress: ip?.slice(0, 64) || null,
  });
  const cookie = lucia.createSessionCookie(session.id).serialize();
  setResponseCookie(lucia.sessionCookieName, cookie);
  forget(request);
  return cookie;
}

/** A Set-Cookie value that removes the session cookie. */
export function blankSessionCookie(): string {
  return getLucia().createBlankSessionCookie().serialize();
}

/**
 * Ends this request's session and sends the browser a blank cookie.
 * @throws a redirect to `redirectTo` (default "/") carrying the blank cookie.
 */
export async function logout(request: Request, { redirectTo = "/" }: { redirectTo?: string } = {}): Promise<never> {
  const state = await getSession(request);
  if (state) await getLucia().invalidateSession(state.sessionId);
  const cookie = blankSessionCookie();
  setResponseCookie(getLucia().sessionCookieName, cookie);
  forget(request);
  throw redirect(redirectTo, { headers: { "Set-Cookie": cookie } });
}

/**
 * Deletes the user's sessions except `exceptSessionId` (a raw id, e.g. the current one),
 * inside the caller's transaction when given. @returns how many ended.
 */
export async function deleteUserSessions(
  userId: string,
  { exceptSessionId, tx = prisma }: { exceptSessionId?: string | null; tx?: Prisma.TransactionClient } = {},
): Promise<number> {
  const where: Prisma.SessionWhereInput = { userId };
  if (exceptSessionId) where.id = { not: hashToken(exceptSessionId) };
  const { count } = await tx.session.deleteMany({ where });
  return count;
}

/** The public handle /account shows for a session: the first 12 hex digits of its stored hash. */
export const SESSION_HANDLE_PATTERN = /^[0-9a-f]{12}$/;

/**
 * Ends one of the user's sessions, named by its public handle (`SessionSummary.id`'s first
 * 12 hex digits). Only the user's own sessions are considered.
 * @returns "ended"; "current" for the request's own session (logging out is the way to end
 * it) or "unknown" (no such session of this user, or a malformed or ambiguous handle), in
 * which case nothing changed.
 */
export async function endUserSession(
  userId: string,
  handle: string,
  currentSessionId: string | null,
): Promise<"ended" | "current" | "unknown"> {
  if (!SESSION_HANDLE_PATTERN.test(handle)) return "unknown";
  if (currentSessionId && hashToken(currentSessionId).startsWith(handle)) return "current";
  const matches = await prisma.session.findMany({
    where: { userId, id: { startsWith: handle } },
    select: { id: true },
    take: 2,
  });
  if (matches.length !== 1) return "unknown";
  const { count } = await prisma.session.deleteMany({ where: { id: matches[0]!.id, userId } });
  return count === 1 ? "ended" : "unknown";
}

export interface SessionSummary {
  /** Stable public handle of the session (the stored hash, not the secret). */
  id: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
  current: boolean;
}

/** The user's unexpired sessions, newest first, marking the current one. */
export async function listUserSessions(userId: string, currentSessionId: string | null): Promise<SessionSummary[]> {
  const currentHash = currentSessionId ? hashToken(currentSessionId) : null;
  const rows = await prisma.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, expiresAt: true, userAgent: true, ipAddress: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((r) => ({ ...r, current: r.id === currentHash }));
}

// A signed-in user's chosen language decides the UI language (app/platform/i18n.server.ts).
// It must never fail a page (error pages ask for the language too): a database error here
// means "no preference", and the loaders that need the session report the error.
setUserLocaleResolver(async (request) => {
  try {
    return (await getUser(request))?.locale ?? null;
  } catch {
    return null;
  }
});
