/** To everyone registered or waiting when the organisers cancel an event (registered people get an .ics METHOD:CANCEL). */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { EventMail, PREVIEW_EVENT, type EventMailProps } from "./components/event";
import { emailStrings, fill } from "./i18n";

export default function EventCancelled(p: EventMailProps) {
  const s = emailStrings[p.locale]["event-cancelled"];
  return (
    <EventMail p={p} preview={fill(s.preview, { title: p.title })}>
      <Text style={textStyle}>{fill(s.body, { title: p.title })}</Text>
    </EventMail>
  );
}

EventCancelled.PreviewProps = {
  ...PREVIEW_EVENT,
  version: 2,
  ics: "cancel",
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
} satisfies EventMailProps;

EventCancelled.subject = (p: EventMailProps): string =>
  fill(emailStrings[p.locale]["event-cancelled"].subject, { title: p.title });
