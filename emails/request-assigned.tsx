/** To the coordinator a request was assigned to. */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS, textStyle } from "./components/layout";
import { PREVIEW_REQUEST_COORDINATOR, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestAssigned(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-assigned"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="coordinator" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      <Text style={textStyle}>{fill(s.next, v)}</Text>
    </RequestMail>
  );
}

RequestAssigned.PreviewProps = {
  ...PREVIEW_REQUEST_COORDINATOR,
  links: PREVIEW_LINKS,
} satisfies RequestMailProps;

RequestAssigned.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-assigned"].subject, requestVars(p));
