/** To the applicant who withdrew an approved stay: confirmation with a cancelling .ics (always sent). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { PREVIEW_REQUEST, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

export default function RequestWithdrawalConfirmed(p: RequestMailProps) {
  const s = emailStrings[p.locale]["request-withdrawal-confirmed"];
  const v = requestVars(p);
  return (
    <RequestMail p={p} audience="applicant" preview={fill(s.preview, v)}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
      {p.ics ? <Text style={textStyle}>{s.calendar}</Text> : null}
    </RequestMail>
  );
}

RequestWithdrawalConfirmed.PreviewProps = {
  ...PREVIEW_REQUEST,
  links: PREVIEW_LINKS_ESSENTIAL,
  ics: "cancel",
  version: 3,
} satisfies RequestMailProps;

RequestWithdrawalConfirmed.subject = (p: RequestMailProps): string => fill(emailStrings[p.locale]["request-withdrawal-confirmed"].subject, requestVars(p));
