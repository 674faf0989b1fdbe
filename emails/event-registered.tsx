/** To a person who registered for an event: their place (with the .ics) or their place on the waiting list. */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS_ESSENTIAL, textStyle } from "./components/layout";
import { EventMail, PREVIEW_EVENT, type EventMailProps } from "./components/event";
import { emailStrings, fill } from "./i18n";

export default function EventRegistered(p: EventMailProps) {
  const s = emailStrings[p.locale]["event-registered"];
  return (
    <EventMail p={p} preview={fill(s.preview, { title: p.title })}>
      <Text style={textStyle}>{fill(p.waitlisted ? s.waitlisted : s.body, { title: p.title })}</Text>
      <Text style={textStyle}>{s.cancelHint}</Text>
    </EventMail>
  );
}

EventRegistered.PreviewProps = {
  ...PREVIEW_EVENT,
  locale: "en",
  links: PREVIEW_LINKS_ESSENTIAL,
} satisfies EventMailProps;

EventRegistered.subject = (p: EventMailProps): string => {
  const s = emailStrings[p.locale]["event-registered"];
  return fill(p.waitlisted ? s.subjectWaitlisted : s.subject, { title: p.title });
};
