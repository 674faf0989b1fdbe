/**
 * A new message in a request's thread, to the other side: from the centre to the applicant,
 * or from the applicant to the coordinators (the payload's link says which: /inbox/… for
 * coordinators).
 */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS, textStyle } from "./components/layout";
import { PREVIEW_REQUEST, Quote, RequestMail, requestVars, type RequestMailProps } from "./components/request";
import { emailStrings, fill } from "./i18n";

/** True when the message goes to the centre's coordinators. */
export function toCoordinator(p: Pick<RequestMailProps, "url">): boolean {
  return /\/inbox\//.test(p.url);
}

export default function RequestMessage(p: RequestMailProps) {
  const t = emailStrings[p.locale];
  const s = t["request-message"];
  const v = requestVars(p);
  const coordinator = toCoordinator(p);
  return (
    <RequestMail
      p={p}
      audience={coordinator ? "coordinator" : "applicant"}
      preview={fill(s.preview, v)}
      button={t.request.reply}
    >
      <Text style={textStyle}>{fill(coordinator ? s.bodyToCoordinator : s.bodyToApplicant, v)}</Text>
      {p.messageBody ? <Quote>{p.messageBody}</Quote> : null}
    </RequestMail>
  );
}

RequestMessage.PreviewProps = {
  ...PREVIEW_REQUEST,
  links: PREVIEW_LINKS,
  messageBody: "Please bring your hospital ID on the first day; we meet at 8:30 at the main entrance.",
} satisfies RequestMailProps;

RequestMessage.subject = (p: RequestMailProps): string =>
  fill(emailStrings[p.locale]["request-message"].subject, requestVars(p));
