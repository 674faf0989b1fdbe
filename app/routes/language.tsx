/** POST /language: the footer's language switcher. Sets the cookie and returns to the page. */
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { asLanguage } from "~/platform/i18n";
import { languageCookie } from "~/platform/i18n.server";
import { setUserLanguage } from "~/accounts/root-user.server";
import { safeRedirect } from "~/accounts/safe-redirect";
import { resourceRoute } from "~/platform/http";

export const action = resourceRoute(async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = asLanguage(String(form.get("language") ?? ""));
  await setUserLanguage(request, language);
  return redirect(safeRedirect(form.get("redirectTo")), {
    headers: { "Set-Cookie": await languageCookie.serialize(language) },
  });
});

export const loader = resourceRoute(async function loader() {
  return redirect("/");
});
