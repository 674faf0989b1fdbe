/** The signed-in user's fields the layout renders (never the session row); plain, so components can name the type. */
export type RootUser = {
  id: string;
  name: string;
  roles: string[];
  emailVerified: boolean;
  /** Slugs of the centres a coordinator coordinates. */
  centreSlugs: string[];
  /** Present when mail to the user's address bounced or was reported as spam (the layout's banner). */
  undeliverableEmail?: string;
} | null;
