/**
 * The accounts domain: people and sign-in. Sessions (`auth.server.ts`, the one module that
 * uses Lucia), passwords, e-mailed tokens, rate limits, users, invitations and staff
 * scoping are reached through the named `*.server.ts` modules of this folder; this module
 * holds what the browser may see: the signed-in user's layout fields.
 */
export type { RootUser } from "./root-user";
/** The shared field schemas other domains' forms reuse (house style: one validation module). */
export { EmailSchema, NameSchema } from "./validation";
