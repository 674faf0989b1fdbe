/**
 * The organisers' message to everyone registered or waiting for an event (written on
 * /coordinator/events/:id): their subject and text, quoted, with the event's facts and link.
 * Optional: the person may switch these off in their notification settings.
 */
import { Text } from "@react-email/components";
import { PREVIEW_LINKS, textStyle } from "./components/layout";
import { EventMail, PREVIEW_EVENT, type EventMailData, type EventMailProps } from "./components/event";
import { Quote } from "./components/request";
import { emailStrings, fill } from "./i18n";

/** The payload: the event's facts plus the organisers' subject and text (plain text, trimmed). */
export interface EventMessageData extends EventMailData {
  subject: string;
  messageBody: string;
}

export type EventMessageProps = EventMessageData & Omit<EventMailProps, keyof EventMailData>;

export default function EventMessage(p: EventMessageProps) {
  const s = emailStrings[p.locale]["event-message"];
  return (
    <EventMail p={p} preview={fill(s.preview, { title: p.title })}>
      <Text style={textStyle}>{fill(s.body, { title: p.title })}</Text>
      <Quote>{p.messageBody}</Quote>
    </EventMail>
  );
}

EventMessage.PreviewProps = {
  ...PREVIEW_EVENT,
  ics: null,
  subject: "Meeting point on the day",
  messageBody: "Please come to the main entrance at 08:30; the session starts at 09:00 sharp.",
  locale: "en",
  links: PREVIEW_LINKS,
} satisfies EventMessageProps;

EventMessage.subject = (p: EventMessageProps): string =>
  fill(emailStrings[p.locale]["event-message"].subject, { title: p.title, subject: p.subject });
