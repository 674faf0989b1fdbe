/**
 * To a referee the applicant named (issue 16 part 2; decision 0037): please upload a
 * recommendation letter through the single-use link. Always sent; written by
 * app/requests/referees.server.ts (also when the applicant sends it again).
 */
import { PREVIEW_REFEREE, RefereeMail, refereeVars, type RefereeMailProps } from "./components/referee";
import { emailStrings, fill } from "./i18n";

export default function RefereeInvitation(p: RefereeMailProps) {
  return <RefereeMail p={p} reminder={false} />;
}

RefereeInvitation.PreviewProps = PREVIEW_REFEREE satisfies RefereeMailProps;

RefereeInvitation.subject = (p: RefereeMailProps): string =>
  fill(emailStrings[p.locale]["referee-invitation"].subject, refereeVars(p));
