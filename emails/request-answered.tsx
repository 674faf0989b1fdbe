/** To the coordinators: the applicant answered the centre's question (the clock runs again). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS, textStyle } from "./components/layout";
import { PREVIEW_REQUEST_COORDINATOR, Quote, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestAnswered(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-answered"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="coordinator" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      {p.messageBody ? <Quote>{p.messageBody}</Quote> : null}
      <Text style={textStyle}>{fill(s.next, v)}</Text>
    </RequestMail>
  );
}

RequestAnswered.PreviewProps = {
  ...PREVIEW_REQUEST_COORDINATOR,
  links: PREVIEW_LINKS,
  messageBody: "We use RayStation; the letter from my head of department is attached to this message.",
} satisfies RequestMailProps;

RequestAnswered.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-answered"].subject, requestVars(p));
