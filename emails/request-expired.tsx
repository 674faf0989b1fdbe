/** To the applicant: the centre did not answer in time (a decision mail: always sent). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { PREVIEW_REQUEST, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestExpired(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-expired"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="applicant" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      <Text style={textStyle}>{fill(s.next, v)}</Text>
    </RequestMail>
  );
}

RequestExpired.PreviewProps = {
  ...PREVIEW_REQUEST,
  links: PREVIEW_LINKS_ESSENTIAL,
} satisfies RequestMailProps;

RequestExpired.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-expired"].subject, requestVars(p));
