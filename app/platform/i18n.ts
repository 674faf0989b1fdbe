/**
 * The i18n layer shared by server and browser: one i18next configuration, the bundled
 * resources (English complete, Italian), and the language list. Every UI string goes
 * through it (docs/decisions/0003-i18n.md). One namespace per area, one JSON file per
 * namespace and language in app/locales/.
 */
import enAccounts from "~/locales/en/accounts.json";
import enAdmin from "~/locales/en/admin.json";
import enCollaborations from "~/locales/en/collaborations.json";
import enCommon from "~/locales/en/common.json";
import enCoordinator from "~/locales/en/coordinator.json";
import enDashboard from "~/locales/en/dashboard.json";
import enEvents from "~/locales/en/events.json";
import enInbox from "~/locales/en/inbox.json";
import enLegal from "~/locales/en/legal.json";
import enLetters from "~/locales/en/letters.json";
import enMatching from "~/locales/en/matching.json";
import enNotifications from "~/locales/en/notifications.json";
import enProfile from "~/locales/en/profile.json";
import enRequests from "~/locales/en/requests.json";
import enRounds from "~/locales/en/rounds.json";
import itAccounts from "~/locales/it/accounts.json";
import itAdmin from "~/locales/it/admin.json";
import itCollaborations from "~/locales/it/collaborations.json";
import itCommon from "~/locales/it/common.json";
import itCoordinator from "~/locales/it/coordinator.json";
import itDashboard from "~/locales/it/dashboard.json";
import itEvents from "~/locales/it/events.json";
import itInbox from "~/locales/it/inbox.json";
import itLegal from "~/locales/it/legal.json";
import itLetters from "~/locales/it/letters.json";
import itMatching from "~/locales/it/matching.json";
import itNotifications from "~/locales/it/notifications.json";
import itProfile from "~/locales/it/profile.json";
import itRequests from "~/locales/it/requests.json";
import itRounds from "~/locales/it/rounds.json";

export const supportedLanguages = ["en", "it"] as const;
export type Language = (typeof supportedLanguages)[number];
export const fallbackLanguage: Language = "en";

export const resources = {
  en: {
    common: enCommon,
    matching: enMatching,
    accounts: enAccounts,
    profile: enProfile,
    requests: enRequests,
    inbox: enInbox,
    admin: enAdmin,
    coordinator: enCoordinator,
    dashboard: enDashboard,
    events: enEvents,
    notifications: enNotifications,
    legal: enLegal,
    letters: enLetters,
    collaborations: enCollaborations,
    rounds: enRounds,
  },
  it: {
    common: itCommon,
    matching: itMatching,
    accounts: itAccounts,
    profile: itProfile,
    requests: itRequests,
    inbox: itInbox,
    admin: itAdmin,
    coordinator: itCoordinator,
    dashboard: itDashboard,
    events: itEvents,
    notifications: itNotifications,
    legal: itLegal,
    letters: itLetters,
    collaborations: itCollaborations,
    rounds: itRounds,
  },
} as const;

export const namespaces = [
  "common",
  "matching",
  "accounts",
  "profile",
  "requests",
  "inbox",
  "admin",
  "coordinator",
  "dashboard",
  "events",
  "notifications",
  "legal",
  "letters",
  "collaborations",
  "rounds",
] as const;

/** i18next options used by both the server and the browser. */
export const i18nConfig = {
  supportedLngs: [...supportedLanguages],
  fallbackLng: fallbackLanguage,
  defaultNS: "common",
  ns: [...namespaces],
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

/** Narrows any string to a supported language, or the fallback. */
export function asLanguage(value: string | null | undefined): Language {
  const base = (value ?? "").toLowerCase().slice(0, 2);
  return (supportedLanguages as readonly string[]).includes(base) ? (base as Language) : fallbackLanguage;
}
