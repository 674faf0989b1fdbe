/** To the interested person: the proposer declined (always sent). */
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

export default function CollaborationDeclined(p: CollaborationMailProps) {
  const s = emailStrings[p.locale]["collaboration-declined"];
  const v = collaborationVars(p);
  return (
    <CollaborationMail p={p} preview={fill(s.preview, v)} button={s.button}>
      <Text style={textStyle}>{fill(s.body, v)}</Text>
    </CollaborationMail>
  );
}

CollaborationDeclined.PreviewProps = {
  ...PREVIEW_COLLABORATION,
  links: PREVIEW_LINKS_ESSENTIAL,
  message: null,
} satisfies CollaborationMailProps;

CollaborationDeclined.subject = (p: CollaborationMailProps): string =>
  fill(emailStrings[p.locale]["collaboration-declined"].subject, collaborationVars(p));
