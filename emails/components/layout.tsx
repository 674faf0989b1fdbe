/**
 * The frame every Ponte e-mail shares, with inline styles for mail clients: the Ponte name
 * (and the centre's, when the mail is about one), the content, and a footer that says why
 * the person gets this mail, links to their notification settings and, for the kinds they
 * may switch off, to a one-click unsubscribe (docs/decisions/0012-notifications.md).
 */
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { emailStrings, fill, type EmailLocale } from "../i18n";

const styles = {
  body: {
    backgroundColor: "#f5f8f9",
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    color: "#1b2529",
  },
  container: {
    backgroundColor: "#ffffff",
    border: "1px solid #c9d4d8",
    borderRadius: "8px",
    margin: "24px auto",
    maxWidth: "560px",
    padding: "24px 32px",
  },
  brand: { color: "#073f4a", fontSize: "22px", margin: "0 0 4px" },
  centre: { color: "#4f5f66", fontSize: "15px", margin: "0 0 16px" },
  footer: { color: "#4f5f66", fontSize: "13px", lineHeight: "20px" },
  hr: { borderColor: "#c9d4d8", margin: "24px 0 12px" },
} as const;

export const textStyle = { fontSize: "16px", lineHeight: "24px", margin: "12px 0" } as const;
export const buttonStyle = {
  backgroundColor: "#0b5c6b",
  borderRadius: "8px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "16px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
} as const;
export const mutedStyle = { ...textStyle, color: "#4f5f66", fontSize: "14px" } as const;

/** Links every mail's footer carries, filled in by the renderer (app/notifications/render.server.tsx). */
export interface MailLinks {
  /** The recipient's notification settings (/account/notifications). */
  settings: string;
  /** The one-click unsubscribe page for this kind, or null for the kinds that are always sent. */
  unsubscribe: string | null;
}

/** Example links for preview props. */
export const PREVIEW_LINKS: MailLinks = {
  settings: "http://localhost:3000/account/notifications",
  unsubscribe: "http://localhost:3000/unsubscribe?token=preview",
};

/** Preview links for a kind that is always sent (no unsubscribe link). */
export const PREVIEW_LINKS_ESSENTIAL: MailLinks = { ...PREVIEW_LINKS, unsubscribe: null };

export function EmailLayout({
  locale,
  preview,
  why,
  links,
  centreName,
  children,
}: {
  locale: EmailLocale;
  preview: string;
  /** Why this person gets this mail (one sentence, in `locale`). */
  why: string;
  links: MailLinks;
  /** The centre the mail is about, shown under the Ponte name. */
  centreName?: string | null;
  children: ReactNode;
}) {
  const common = emailStrings[locale].common;
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Heading as="h1" style={centreName ? styles.brand : { ...styles.brand, margin: "0 0 16px" }}>
            Ponte
          </Heading>
          {centreName ? <Text style={styles.centre}>{centreName}</Text> : null}
          {children}
          <Hr style={styles.hr} />
          <Text style={styles.footer}>{why}</Text>
          <Text style={styles.footer}>
            {common.settings}{" "}
            <Link href={links.settings} style={{ color: "#0b5c6b" }}>
              {common.settingsLink}
            </Link>
          </Text>
          {links.unsubscribe ? (
            <Text style={styles.footer}>
              {common.unsubscribe}{" "}
              <Link href={links.unsubscribe} style={{ color: "#0b5c6b" }}>
                {common.unsubscribeLink}
              </Link>
            </Text>
          ) : null}
          <Text style={styles.footer}>{common.footer}</Text>
          <Text style={styles.footer}>{common.automatic}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** "Hello Anna," (or a neutral greeting without a name). */
export function Greeting({ locale, name }: { locale: EmailLocale; name?: string | null }) {
  const common = emailStrings[locale].common;
  return <Text style={textStyle}>{name ? fill(common.greeting, { name }) : common.greetingNoName}</Text>;
}

/** A call-to-action link with the plain address under it for clients that hide buttons. */
export function ActionLink({ locale, url, label }: { locale: EmailLocale; url: string; label: string }) {
  const common = emailStrings[locale].common;
  return (
    <Section>
      <Link href={url} style={buttonStyle}>
        {label}
      </Link>
      <Text style={mutedStyle}>
        {common.fallback}{" "}
        <Link href={url} style={{ color: "#0b5c6b", wordBreak: "break-all" }}>
          {url}
        </Link>
      </Text>
    </Section>
  );
}
