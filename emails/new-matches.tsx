/**
 * The weekly alert of new matches (app/matching/alerts.server.ts): opportunities published
 * or reopened since the last alert that rank among the applicant's best, each with its
 * reasons. Only to applicants who opted in; carries the one-click unsubscribe link.
 */
import { Link, Section, Text } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, type MailLinks, PREVIEW_LINKS, mutedStyle, textStyle } from "./components/layout";
import { emailStrings, fill, type EmailLocale } from "./i18n";

/** One new match as the mail lists it (reasons already in the recipient's language). */
export interface NewMatchItem {
  /** Absolute link to the opportunity's page. */
  url: string;
  title: string;
  centreName: string;
  reasons: string[];
}

export interface NewMatchesProps {
  locale: EmailLocale;
  links: MailLinks;
  recipientName?: string | null;
  /** Absolute link to /matches. */
  url: string;
  items: NewMatchItem[];
  /** When the list was made (ISO instant): the next alert lists what was published after it. */
  asOf: string;
}

export default function NewMatches(p: NewMatchesProps) {
  const s = emailStrings[p.locale]["new-matches"];
  return (
    <EmailLayout
      locale={p.locale}
      preview={fill(s.preview, { titles: p.items.map((i) => i.title).join(", ") })}
      why={emailStrings[p.locale].common.why.matches}
      links={p.links}
    >
      <Greeting locale={p.locale} name={p.recipientName} />
      <Text style={textStyle}>{s.intro}</Text>
      {p.items.map((item) => (
        <Section key={item.url}>
          <Text style={textStyle}>
            <Link href={item.url}>{item.title}</Link> · {item.centreName}
          </Text>
          {item.reasons.length ? (
            <Text style={mutedStyle}>
              {s.why} {item.reasons.join("; ")}
            </Text>
          ) : null}
        </Section>
      ))}
      <ActionLink locale={p.locale} url={p.url} label={s.button} />
    </EmailLayout>
  );
}

NewMatches.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS,
  recipientName: "Amina Okafor",
  url: "http://localhost:3000/matches",
  items: [
    {
      url: "http://localhost:3000/opportunities/example",
      title: "Observership in carbon-ion radiotherapy",
      centreName: "CNAO",
      reasons: ["Same topic as your core interest Carbon Ion Radiotherapy", "Your statement mentions synchrotron"],
    },
  ],
  asOf: "2027-03-01T06:00:00.000Z",
} satisfies NewMatchesProps;

NewMatches.subject = (p: NewMatchesProps): string => {
  const s = emailStrings[p.locale]["new-matches"];
  return p.items.length === 1 ? s.subjectOne : fill(s.subject, { count: p.items.length });
};
