/** To the applicant: the centre asks for more information (the response clock is paused). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS, textStyle } from "./components/layout";
import { PREVIEW_REQUEST, Quote, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestInfoRequested(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-info-requested"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="applicant" preview={fill(s.preview, v)} button={s.button}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      {p.messageBody ? <Quote>{p.messageBody}</Quote> : null}
      <Text style={textStyle}>{fill(s.next, v)}</Text>
    </RequestMail>
  );
}

RequestInfoRequested.PreviewProps = {
  ...PREVIEW_REQUEST,
  links: PREVIEW_LINKS,
  messageBody: "Could you tell us which treatment-planning system you use, and send a letter from your head of department?",
} satisfies RequestMailProps;

RequestInfoRequested.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-info-requested"].subject, requestVars(p));
