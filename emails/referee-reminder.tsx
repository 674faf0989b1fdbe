/**
 * The one reminder to a referee who has not uploaded their letter (issue 16 part 2; decision
 * 0037), with a new link that keeps the first one's expiry. Always sent; written by the
 * `referee-reminders` job (app/requests/referees.server.ts).
 */
import { PREVIEW_REFEREE, RefereeMail, refereeVars, type RefereeMailProps } from "./components/referee";
import { emailStrings, fill } from "./i18n";

export default function RefereeReminder(p: RefereeMailProps) {
  return <RefereeMail p={p} reminder />;
}

RefereeReminder.PreviewProps = PREVIEW_REFEREE satisfies RefereeMailProps;

RefereeReminder.subject = (p: RefereeMailProps): string =>
  fill(emailStrings[p.locale]["referee-invitation"].reminderSubject, refereeVars(p));
