/** To the proposer: someone expressed interest in their proposal (optional). */
import {
  CollaborationMail,
  collaborationVars,
  PREVIEW_COLLABORATION,
  Text,
  textStyle,
  type CollaborationMailProps,
} from "./components/collaboration";
import { emailStrings, fill } from "./i18n";

export default function CollaborationInterest(p: CollaborationMailProps) {
  const s = emailStrings[p.locale]["collaboration-interest"];
  const v = collaborationVars(p);
  return (
    <CollaborationMail p={p} preview={fill(s.preview, v)} button={s.button}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
    </CollaborationMail>
  );
}

CollaborationInterest.PreviewProps = PREVIEW_COLLABORATION satisfies CollaborationMailProps;

CollaborationInterest.subject = (p: CollaborationMailProps): string =>
  fill(emailStrings[p.locale]["collaboration-interest"].subject, collaborationVars(p));
