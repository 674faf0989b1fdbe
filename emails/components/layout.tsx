/** The frame every Ponte e-mail shares: brand, content, footer; inline styles for mail clients. */
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
  brand: { color: "#073f4a", fontSize: "22px", margin: "0 0 16px" },
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

export function EmailLayout({
  locale,
  preview,
  children,
}: {
  locale: EmailLocale;
  preview: string;
  children: ReactNode;
}) {
  const common = emailStrings[locale].common;
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Heading as="h1" style={styles.brand}>
            Ponte
          </Heading>
          {children}
          <Hr style={styles.hr} />
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
