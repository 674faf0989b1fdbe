/**
 * Who may use the coordinators' tools: coordinators (for their own centres) and admins (for
 * every centre). Which centre a coordinator may touch is decided in each query's `where`
 * clause (app/catalogue/coordinator-opportunity.server.ts), never here.
 */
import { data } from "@remix-run/node";
import { requireUser } from "./auth.server";

/** The acting person as the coordinator models need them. */
export interface Staff {
  id: string;
  isAdmin: boolean;
}

/**
 * The signed-in coordinator or admin.
 * @throws a redirect to /login when signed out; a 403 response for anyone else.
 */
export async function requireStaff(request: Request): Promise<Staff> {
  const user = await requireUser(request);
  const isAdmin = user.roles.includes("ADMIN");
  if (!isAdmin && !user.roles.includes("COORDINATOR")) throw data(null, { status: 403 });
  return { id: user.id, isAdmin };
}
