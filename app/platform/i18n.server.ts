/**
 * Server side of the i18n layer. The language follows, in order: the signed-in user's
 * setting, the `ponte_lng` cookie set by the footer switcher, then `Accept-Language`
 * (RFC 9110 §12.5.4, parsed by remix-i18next), then English.
 */
import { createCookie } from "@remix-run/node";
import { createInstance, type TFunction } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { memoizeTranslations } from "./i18n-memo.server";
import { memoForRequest } from "./request-context.server";
import { asLanguage, fallbackLanguage, i18nConfig, resources, supportedLanguages, type Language } from "./i18n";

/** Remembers the language chosen in the footer switcher for one year. */
export const languageCookie = createCookie("ponte_lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

type UserLocaleResolver = (request: Request) => Promise<string | null>;
let userLocaleResolver: UserLocaleResolver = async () => null;

/** Lets the auth module say which language a signed-in user chose (avoids an import cycle). */
export function setUserLocaleResolver(resolver: UserLocaleResolver): void {
  userLocaleResolver = resolver;
}

export const remixI18next = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLanguages],
    fallbackLanguage,
    cookie: languageCookie,
    order: ["custom", "cookie", "header"],
    findLocale: (request) => userLocaleResolver(request),
  },
  i18next: { ...i18nConfig, resources },
});

/**
 * The language of this request (see module docs). Detected once per HTTP request (the root
 * loader, the route's loader and the document render all ask; Remix hands each loader its
 * own copy of the Request, so the memo is keyed by what detection reads).
 */
export function getLanguage(request: Request): Promise<Language> {
  const key = `language:${request.headers.get("Cookie") ?? ""}|${request.headers.get("Accept-Language") ?? ""}`;
  return memoForRequest(key, async () => asLanguage(await remixI18next.getLocale(request)));
}

const fixedTs = new Map<string, Promise<TFunction>>();

/**
 * A translation function bound to `language` and a namespace (default "common"). The
 * resources are bundled and never change at run time, so one initialised instance per
 * language and namespace is kept (building one costs about a millisecond per request).
 */
export function getFixedT(language: Language, ns: string = "common"): Promise<TFunction> {
  const key = `${language}|${ns}`;
  let t = fixedTs.get(key);
  if (!t) {
    const instance = createInstance();
    t = instance
      .init({ ...i18nConfig, resources, lng: language, ns: [...i18nConfig.ns] })
      .then(() => memoizeTranslations(instance).getFixedT(language, ns));
    t.catch(() => fixedTs.delete(key));
    fixedTs.set(key, t);
  }
  return t;
}

/** The request's language and a translation function for it. */
export async function getRequestT(request: Request, ns = "common") {
  const language = await getLanguage(request);
  return { language, t: await getFixedT(language, ns) };
}
