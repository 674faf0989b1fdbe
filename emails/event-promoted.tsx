/** To the first person of an event's waiting list when a place became free: the place is theirs (with the .ics). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { EventMail, PREVIEW_EVENT, type EventMailProps } from "./components/event";
import { emailStrings, fill } from "./i18n";

export default function EventPromoted(p: EventMailProps) {
  const s = emailStrings[p.locale]["event-promoted"];
  return (
    <EventMail p={p} preview={fill(s.preview, { title: p.title })}>
      <Text style={textStyle}>{fill(s.body, { title: p.title })}</Text>
      <Text style={textStyle}>{emailStrings[p.locale]["event-registered"].cancelHint}</Text>
    </EventMail>
  );
}

EventPromoted.PreviewProps = {
  ...PREVIEW_EVENT,
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
} satisfies EventMailProps;

EventPromoted.subject = (p: EventMailProps): string =>
  fill(emailStrings[p.locale]["event-promoted"].subject, { title: p.title });
