/**
 * How the /account page shows an instant (account creation, session start): date and time in
 * the UI language, in UTC like every other time Ponte shows (app/requests/ui/request-display.tsx
 * `Instant`).
 */

/** `iso` as a medium date and short time in `language`, followed by "UTC". */
export function formatDate(iso: string, language: string) {
  const text = new Intl.DateTimeFormat(language === "it" ? "it-IT" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(iso));
  return `${text} UTC`;
}
