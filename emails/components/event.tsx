/** What every event mail shows: the event's title, when and where, and the link to its page. */
import { Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { ActionLink, EmailLayout, Greeting, type MailLinks, mutedStyle, textStyle } from "./layout";
import { emailStrings, type EmailLocale } from "../i18n";

/**
 * The payload of event mails (app/catalogue/event.server.ts `eventMailPayload`): texts in the
 * recipient's language; instants ISO 8601 UTC; all-day dates `YYYY-MM-DD`, `endDate` exclusive.
 */
export interface EventMailData {
  eventId: string;
  /** `Event.version` (iCalendar SEQUENCE). */
  version: number;
  title: string;
  /** The time span, formatted in Europe/Rome. */
  when: string;
  allDay: boolean;
  startsAt: string;
  endsAt: string;
  startDate: string | null;
  endDate: string | null;
  /** Venue, address and city; null when online. */
  location: string | null;
  online: boolean;
  /** The event's page. */
  url: string;
  waitlisted: boolean;
  /** Attach the event as iCalendar: METHOD:REQUEST or METHOD:CANCEL. */
  ics: "request" | "cancel" | null;
}

export interface EventMailProps extends EventMailData {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
}

export const PREVIEW_EVENT: EventMailData = {
  eventId: "cm0event0000000000000001",
  version: 1,
  title: "Simulation session: obstetric emergencies",
  when: "Thu 11 March 2027, 09:00 – Thu 11 March 2027, 17:30",
  allDay: false,
  startsAt: "2027-03-11T08:00:00.000Z",
  endsAt: "2027-03-11T16:30:00.000Z",
  startDate: null,
  endDate: null,
  location: "SIMNOVA, Via Lanino 1, Novara",
  online: false,
  url: "http://localhost:3000/events/cm0event0000000000000001",
  waitlisted: false,
  ics: "request",
};

export function EventMail({ p, preview, children }: { p: EventMailProps; preview: string; children: ReactNode }) {
  const s = emailStrings[p.locale].event;
  return (
    <EmailLayout locale={p.locale} preview={preview} why={emailStrings[p.locale].common.why.event} links={p.links}>
      <Greeting locale={p.locale} name={p.recipientName} />
      {children}
      <Section>
        <Text style={textStyle}>
          <strong>{p.title}</strong>
        </Text>
        <Text style={textStyle}>
          {s.when}: {p.when}
        </Text>
        <Text style={textStyle}>
          {s.where}: {p.online ? s.online : p.location}
        </Text>
      </Section>
      {p.ics ? <Text style={mutedStyle}>{p.ics === "cancel" ? s.calendarRemoved : s.calendarAdded}</Text> : null}
      <ActionLink locale={p.locale} url={p.url} label={s.open} />
    </EmailLayout>
  );
}
