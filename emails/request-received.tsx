/** Receipt to the applicant: their request was sent to the centre (optional: it confirms their own action). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS, textStyle } from "./components/layout";
import { PREVIEW_REQUEST, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestReceived(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-received"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="applicant" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      <Text style={textStyle}>{fill(s.next, v)}</Text>
    </RequestMail>
  );
}

RequestReceived.PreviewProps = {
  ...PREVIEW_REQUEST,
  links: PREVIEW_LINKS,
} satisfies RequestMailProps;

RequestReceived.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-received"].subject, requestVars(p));
