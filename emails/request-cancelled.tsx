/** To the applicant: the centre cancelled an approved stay, with its reason and a cancelling .ics (always sent). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { PREVIEW_REQUEST, Quote, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestCancelled(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-cancelled"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="applicant" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      {p.reason ? <Quote>{p.reason}</Quote> : null}
      {p.ics ? <Text style={textStyle}>{s.calendar}</Text> : null}
    </RequestMail>
  );
}

RequestCancelled.PreviewProps = {
  ...PREVIEW_REQUEST,
  links: PREVIEW_LINKS_ESSENTIAL,
  ics: "cancel",
  version: 3,
  reason: "The treatment room is closed for maintenance during those weeks.",
} satisfies RequestMailProps;

RequestCancelled.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-cancelled"].subject, requestVars(p));
