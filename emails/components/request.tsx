/**
 * What every request e-mail shares: its data (the payload the workflow writes, see
 * app/requests/workflow.server.ts `RequestEmailPayload`), the facts block
 * (opportunity, centre, dates, applicant), quoted texts and the frame with the right
 * "why you get this" sentence for the applicant or the centre's coordinators.
 */
import { Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { emailStrings, fill, formatDay, formatInstantDay, type EmailLocale } from "../i18n";
import { ActionLink, EmailLayout, Greeting, type MailLinks, mutedStyle, PREVIEW_LINKS, textStyle } from "./layout";

/**
 * A request e-mail's payload. Dates `YYYY-MM-DD` (inclusive), `dueAt` an ISO 8601 instant;
 * texts already in the recipient's language.
 */
export interface RequestMailData {
  requestId: string;
  eventId: string;
  /** `Request.version` after the move (the iCalendar SEQUENCE). */
  version: number;
  /** The calendar attachment: METHOD:REQUEST (approval) or METHOD:CANCEL, or none. */
  ics: "request" | "cancel" | null;
  /** /requests/:id for the applicant, /inbox/:id for coordinators. */
  url: string;
  opportunityTitle: string;
  centreName: string;
  /** Null once the applicant deleted their account. */
  applicantName: string | null;
  startDate: string;
  endDate: string;
  cohortName: string | null;
  /** When the centre's response time runs out. */
  dueAt: string;
  /** Decline or cancellation reason. */
  reason: string | null;
  /** The message, question or answer the move wrote. */
  messageBody: string | null;
  messageId: string | null;
}

/** Props of every request template: the payload, plus what the renderer adds. */
export interface RequestMailProps extends RequestMailData {
  locale: EmailLocale;
  links: MailLinks;
  /** The recipient's name, for the greeting. */
  recipientName?: string | null;
}

/** Values for `{{…}}` placeholders: opportunity, centre, applicant, due, dates. */
export function requestVars(p: RequestMailProps): Record<string, string> {
  return {
    opportunity: p.opportunityTitle,
    centre: p.centreName,
    applicant: p.applicantName ?? emailStrings[p.locale].request.someone,
    due: formatInstantDay(p.dueAt, p.locale),
    start: formatDay(p.startDate, p.locale),
    end: formatDay(p.endDate, p.locale),
  };
}

/** Inclusive number of days of a stay. */
export function stayDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

const factsStyle = {
  label: { ...mutedStyle, margin: "8px 0 0", fontWeight: 600 },
  value: { ...textStyle, margin: "0 0 4px" },
  box: { backgroundColor: "#f5f8f9", borderRadius: "8px", padding: "8px 16px", margin: "16px 0" },
} as const;

/** The request at a glance: opportunity, centre, dates (or cohort), and the applicant for coordinators. */
export function RequestFacts({ p, showApplicant }: { p: RequestMailProps; showApplicant: boolean }) {
  const s = emailStrings[p.locale].request;
  const days = stayDays(p.startDate, p.endDate);
  const rows: [string, string][] = [
    [s.opportunity, p.opportunityTitle],
    [s.centre, p.centreName],
    [
      s.dates,
      `${formatDay(p.startDate, p.locale)} – ${formatDay(p.endDate, p.locale)} (${
        days === 1 ? s.oneDay : fill(s.days, { count: days })
      })`,
    ],
  ];
  if (p.cohortName) rows.push([s.cohort, p.cohortName]);
  if (showApplicant) rows.push([s.applicant, p.applicantName ?? s.someone]);
  return (
    <Section style={factsStyle.box}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text style={factsStyle.label}>{label}</Text>
          <Text style={factsStyle.value}>{value}</Text>
        </div>
      ))}
    </Section>
  );
}

const quoteStyle = {
  ...textStyle,
  borderLeft: "4px solid #c9d4d8",
  color: "#1b2529",
  margin: "12px 0",
  padding: "4px 0 4px 12px",
  whiteSpace: "pre-wrap" as const,
};

/** Someone's own words (a message, a question, a reason), kept as they wrote them. */
export function Quote({ children }: { children: ReactNode }) {
  return <Text style={quoteStyle}>{children}</Text>;
}

/**
 * The frame of a request mail: greeting, content, facts and the button to the request; the
 * footer says why (the applicant's request, or the coordinator's centre).
 */
export function RequestMail({
  p,
  audience,
  preview,
  button,
  children,
}: {
  p: RequestMailProps;
  audience: "applicant" | "coordinator";
  preview: string;
  /** The button's label (default: to the request or to the inbox). */
  button?: string;
  children: ReactNode;
}) {
  const t = emailStrings[p.locale];
  const why = fill(audience === "applicant" ? t.common.why.applicant : t.common.why.coordinator, {
    centre: p.centreName,
  });
  return (
    <EmailLayout locale={p.locale} preview={preview} why={why} links={p.links} centreName={p.centreName}>
      <Greeting locale={p.locale} name={p.recipientName} />
      {children}
      <RequestFacts p={p} showApplicant={audience === "coordinator"} />
      <ActionLink
        locale={p.locale}
        url={p.url}
        label={button ?? (audience === "applicant" ? t.request.toRequest : t.request.toInbox)}
      />
    </EmailLayout>
  );
}

/** Example data for the templates' preview props. */
export const PREVIEW_REQUEST: RequestMailProps = {
  locale: "en",
  links: PREVIEW_LINKS,
  recipientName: "Amina Okafor",
  requestId: "clrequestexample0000000001",
  eventId: "clevent00000000000000000001",
  version: 1,
  ics: null,
  url: "http://localhost:3000/requests/clrequestexample0000000001",
  opportunityTitle: "Carbon-ion radiotherapy observership",
  centreName: "CNAO – National Centre for Oncological Hadrontherapy",
  applicantName: "Amina Okafor",
  startDate: "2027-02-01",
  endDate: "2027-02-12",
  cohortName: null,
  dueAt: "2027-01-22T10:30:00.000Z",
  reason: null,
  messageBody: null,
  messageId: null,
};

/** Preview data as a coordinator of the centre receives it. */
export const PREVIEW_REQUEST_COORDINATOR: RequestMailProps = {
  ...PREVIEW_REQUEST,
  recipientName: "Chiara Conti",
  url: "http://localhost:3000/inbox/clrequestexample0000000001",
};
