/**
 * One daily digest for a coordinator who chose it (User.digest): the coordinator mails of
 * the last day gathered into one (docs/decisions/0012-notifications.md), sent at
 * DIGEST_HOUR_UTC.
 */
import { Link, Section, Text } from "@react-email/components";
import { EmailLayout, Greeting, type MailLinks, mutedStyle, PREVIEW_LINKS, textStyle } from "./components/layout";
import { stayDays } from "./components/request";
import { emailStrings, fill, formatDay, type EmailLocale } from "./i18n";

/** One gathered mail. Dates `YYYY-MM-DD` inclusive; `at` the ISO instant it happened. */
export interface DigestItem {
  kind: "request-new" | "request-assigned" | "request-answered" | "request-message" | "request-withdrawn" | "request-reminder";
  url: string;
  opportunityTitle: string;
  centreName: string;
  applicantName: string | null;
  startDate: string;
  endDate: string;
  /** The message or answer, shortened. */
  excerpt: string | null;
  at: string;
}

export interface DigestProps {
  locale: EmailLocale;
  links: MailLinks;
  /** The coordinator's name. */
  name: string;
  /** The digest's day, `YYYY-MM-DD` (UTC). */
  date: string;
  items: DigestItem[];
}

const itemStyle = {
  box: { borderTop: "1px solid #e3e9eb", padding: "8px 0" },
  kind: { ...mutedStyle, margin: "0", fontWeight: 600, textTransform: "uppercase" as const, fontSize: "12px" },
  title: { ...textStyle, margin: "2px 0" },
  meta: { ...mutedStyle, margin: "2px 0" },
};

export default function Digest({ locale, links, name, items }: DigestProps) {
  const t = emailStrings[locale];
  const s = t.digest;
  return (
    <EmailLayout locale={locale} preview={s.preview} why={t.common.why.digest} links={links}>
      <Greeting locale={locale} name={name} />
      <Text style={textStyle}>{s.body}</Text>
      {items.map((item, i) => {
        const days = stayDays(item.startDate, item.endDate);
        return (
          <Section key={`${item.url}-${i}`} style={itemStyle.box}>
            <Text style={itemStyle.kind}>{s.kinds[item.kind]}</Text>
            <Text style={itemStyle.title}>
              {item.opportunityTitle} · {item.applicantName ?? t.request.someone}
            </Text>
            <Text style={itemStyle.meta}>
              {item.centreName} · {formatDay(item.startDate, locale)} – {formatDay(item.endDate, locale)} (
              {days === 1 ? t.request.oneDay : fill(t.request.days, { count: days })})
            </Text>
            {item.excerpt ? <Text style={itemStyle.meta}>“{item.excerpt}”</Text> : null}
            <Text style={itemStyle.meta}>
              <Link href={item.url} style={{ color: "#0b5c6b" }}>
                {s.open}
              </Link>
            </Text>
          </Section>
        );
      })}
    </EmailLayout>
  );
}

Digest.PreviewProps = {
  locale: "en",
  links: PREVIEW_LINKS,
  name: "Chiara Conti",
  date: "2027-01-12",
  items: [
    {
      kind: "request-new",
      url: "http://localhost:3000/inbox/clrequestexample0000000001",
      opportunityTitle: "Carbon-ion radiotherapy observership",
      centreName: "CNAO – National Centre for Oncological Hadrontherapy",
      applicantName: "Amina Okafor",
      startDate: "2027-02-01",
      endDate: "2027-02-12",
      excerpt: null,
      at: "2027-01-11T09:12:00.000Z",
    },
    {
      kind: "request-message",
      url: "http://localhost:3000/inbox/clrequestexample0000000002",
      opportunityTitle: "Proton therapy treatment planning visit",
      centreName: "CNAO – National Centre for Oncological Hadrontherapy",
      applicantName: "Rahul Mehta",
      startDate: "2027-03-08",
      endDate: "2027-03-19",
      excerpt: "Is accommodation near the centre available for visitors?",
      at: "2027-01-11T15:40:00.000Z",
    },
  ],
} satisfies DigestProps;

Digest.subject = (p: DigestProps): string => {
  const s = emailStrings[p.locale].digest;
  const date = formatDay(p.date, p.locale);
  return p.items.length === 1 ? fill(s.subjectOne, { date }) : fill(s.subject, { date, count: p.items.length });
};
