/**
 * Accounts for tests: users with a known password, signed-in cookies, and the outbox.
 * The seed's demo accounts reuse none of this (they have their own idempotent seeding).
 */
import type { Role } from "~/generated/prisma/client";
import { createUserSession } from "~/accounts/auth.server";
import { prisma } from "~/platform/db.server";
import { hashPassword } from "~/accounts/password.server";
import { legalConfig } from "~/platform/legal-config";

export const TEST_PASSWORD = "lagoon-velvet-orbit-42";

let cachedHash: Promise<string> | undefined;
let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
}

/** A user with `TEST_PASSWORD` (hashed once per file), verified unless told otherwise. */
export async function createUser({
  email,
  name = "Test Person",
  roles = ["APPLICANT"],
  verified = true,
  centreSlugs = [],
  locale = null,
  privacyVersion,
}: {
  email?: string;
  name?: string;
  roles?: Role[];
  verified?: boolean;
  centreSlugs?: string[];
  locale?: string | null;
  /** The privacy notice version accepted; default the current one, null for none. */
  privacyVersion?: string | null;
} = {}): Promise<TestUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  const address = email ?? `person${counter}-${Date.now().toString(36)}@example.org`;
  const user = await prisma.user.create({
    data: {
      email: address,
      name,
      roles,
      locale,
      passwordHash: await cachedHash,
      emailVerifiedAt: verified ? new Date() : null,
      privacyVersion: privacyVersion === undefined ? legalConfig.privacyNoticeVersion : privacyVersion,
      privacyAcceptedAt: privacyVersion === null ? null : new Date(),
      lastSignInAt: new Date(),
      coordinatorOf: centreSlugs.length
        ? {
            create: await Promise.all(
              centreSlugs.map(async (slug) => ({
                centreId: (await prisma.centre.findUniqueOrThrow({ where: { slug } })).id,
              })),
            ),
          }
        : undefined,
    },
    select: { id: true, email: true, name: true },
  });
  return { ...user, password: TEST_PASSWORD };
}

/** "name=value" of a Set-Cookie value (what a browser sends back). */
export function cookiePair(setCookie: string): string {
  return setCookie.split(";")[0].trim();
}

/** A Cookie header for a fresh session of `userId`. */
export async function sessionCookie(userId: string): Promise<string> {
  const setCookie = await createUserSession(userId, {
    request: new Request("http://localhost:3000/login"),
    ip: "127.0.0.1",
  });
  return cookiePair(setCookie);
}

/** Outbox rows, oldest first (optionally of one kind). */
export function outbox(kind?: string) {
  return prisma.notification.findMany({ where: kind ? { kind } : {}, orderBy: { createdAt: "asc" } });
}

/** The token in a notification's `url` payload field. */
export function tokenFrom(notification: { payload: unknown }): string {
  const url = (notification.payload as { url?: string | null }).url;
  if (!url) throw new Error("notification has no url");
  const token = new URL(url).searchParams.get("token");
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

/** The Set-Cookie values of a Response (or of data()'s init). */
export function setCookiesOf(value: unknown): string[] {
  if (value instanceof Response) return value.headers.getSetCookie();
  const init = (value as { init?: { headers?: HeadersInit } } | null)?.init;
  return init?.headers ? new Headers(init.headers).getSetCookie() : [];
}
