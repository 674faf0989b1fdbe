/**
 * The signed-in user's fields the layout renders (never the session row), and storing the
 * footer's language choice on the account.
 */
import { setUserLocale } from "~/accounts/user.server";
import { getUser } from "./auth.server";
import type { RootUser } from "./root-user";

export type { RootUser };

/** The signed-in user for the layout, or null. */
export async function getOptionalUser(request: Request): Promise<RootUser> {
  const user = await getUser(request);
  if (!user) return null;
  return {
    id: user.id,
    name: user.name,
    roles: user.roles,
    emailVerified: user.emailVerified,
    centreSlugs: user.centreSlugs,
    ...(user.emailUndeliverable ? { undeliverableEmail: user.email } : {}),
  };
}

/** Stores the chosen language on the signed-in user's account (no-op when signed out). */
export async function setUserLanguage(request: Request, language: string): Promise<void> {
  const user = await getUser(request);
  if (user) await setUserLocale(user.id, language);
}
