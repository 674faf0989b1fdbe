/** To the other party: a new message in the thread after acceptance (optional). */
import {
  CollaborationMail,
  collaborationVars,
  PREVIEW_COLLABORATION,
  Text,
  textStyle,
  type CollaborationMailProps,
} from "./components/collaboration";
import { emailStrings, fill } from "./i18n";

export default function CollaborationMessage(p: CollaborationMailProps) {
  const s = emailStrings[p.locale]["collaboration-message"];
  const v = collaborationVars(p);
  return (
    <CollaborationMail p={p} preview={fill(s.preview, v)} button={s.button}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
    </CollaborationMail>
  );
}

CollaborationMessage.PreviewProps = PREVIEW_COLLABORATION satisfies CollaborationMailProps;

CollaborationMessage.subject = (p: CollaborationMailProps): string =>
  fill(emailStrings[p.locale]["collaboration-message"].subject, collaborationVars(p));
