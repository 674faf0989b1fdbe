/** To the centre's coordinators (or the assignee): a new request is waiting. */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS, textStyle } from "./components/layout";
import { PREVIEW_REQUEST_COORDINATOR, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestNew(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-new"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="coordinator" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      <Text style={textStyle}>{fill(s.next, v)}</Text>
    </RequestMail>
  );
}

RequestNew.PreviewProps = {
  ...PREVIEW_REQUEST_COORDINATOR,
  links: PREVIEW_LINKS,
} satisfies RequestMailProps;

RequestNew.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-new"].subject, requestVars(p));
