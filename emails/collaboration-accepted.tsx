/** To the interested person: the proposer accepted; the thread with contact details is open (always sent). */
import {
  CollaborationMail,
  collaborationVars,
  PREVIEW_COLLABORATION,
  Text,
  textStyle,
  type CollaborationMailProps,
} from "./components/collaboration";
import { PREVIEW_LINKS_ESSENTIAL } from "./components/layout";
import { emailStrings, fill } from "./i18n";

export default function CollaborationAccepted(p: CollaborationMailProps) {
  const s = emailStrings[p.locale]["collaboration-accepted"];
  const v = collaborationVars(p);
  return (
    <CollaborationMail p={p} preview={fill(s.preview, v)} button={s.button}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
    </CollaborationMail>
  );
}

CollaborationAccepted.PreviewProps = {
  ...PREVIEW_COLLABORATION,
  links: PREVIEW_LINKS_ESSENTIAL,
  message: null,
} satisfies CollaborationMailProps;

CollaborationAccepted.subject = (p: CollaborationMailProps): string =>
  fill(emailStrings[p.locale]["collaboration-accepted"].subject, collaborationVars(p));
