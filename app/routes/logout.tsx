/** POST /logout ends the session and clears the cookie; GET only goes home. */
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { logout } from "~/accounts/auth.server";
import { resourceRoute } from "~/platform/http";

export const action = resourceRoute(async function action({ request }: ActionFunctionArgs) {
  // Home says so: the header's "Log in" alone is easy to miss.
  return logout(request, { redirectTo: "/?loggedOut=1" });
});

export const loader = resourceRoute(async function loader() {
  return redirect("/");
});
