/** To the applicant: the centre declined, with its reason (a decision mail: always sent). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { PREVIEW_REQUEST, Quote, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestDeclined(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-declined"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="applicant" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      {p.reason ? <Quote>{p.reason}</Quote> : null}
      <Text style={textStyle}>{fill(s.next, v)}</Text>
    </RequestMail>
  );
}

RequestDeclined.PreviewProps = {
  ...PREVIEW_REQUEST,
  links: PREVIEW_LINKS_ESSENTIAL,
  reason: "All seats in February are taken by our residents’ rotation. We would welcome a request for the autumn.",
} satisfies RequestMailProps;

RequestDeclined.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-declined"].subject, requestVars(p));
