/**
 * The signed-in user's fields the layout renders (never the session row). Accounts are
 * added by the accounts work; until a session exists this returns null.
 */
export type RootUser = { id: string; name: string; roles: string[] } | null;

export async function getOptionalUser(_request: Request): Promise<RootUser> {
  return null;
}

/** Stores the chosen language on the signed-in user's account (no-op when signed out). */
export async function setUserLanguage(_request: Request, _language: string): Promise<void> {}
