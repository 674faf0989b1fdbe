/** To the applicant: the centre approved the stay (a decision mail: always sent), with the stay as an .ics event (METHOD:REQUEST). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { PREVIEW_REQUEST, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestApproved(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-approved"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="applicant" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      {p.ics ? <Text style={textStyle}>{s.calendar}</Text> : null}
      <Text style={textStyle}>{s.next}</Text>
    </RequestMail>
  );
}

RequestApproved.PreviewProps = {
  ...PREVIEW_REQUEST,
  links: PREVIEW_LINKS_ESSENTIAL,
  ics: "request",
  version: 2,
} satisfies RequestMailProps;

RequestApproved.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-approved"].subject, requestVars(p));
