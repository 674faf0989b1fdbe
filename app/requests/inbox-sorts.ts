/** How the inbox can be sorted (shared by the /inbox page and its server model). */
export const INBOX_SORTS = ["urgency", "newest", "oldest"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
