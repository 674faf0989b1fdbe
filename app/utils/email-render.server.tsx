/**
 * Renders a notification into a subject, HTML and plain text with its React Email template
 * (emails/<kind>.tsx) in the notification's language.
 */
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import EmailChange from "../../emails/email-change";
import EmailChanged from "../../emails/email-changed";
import { asEmailLocale, emailStrings, fill, type EmailLocale } from "../../emails/i18n";
import Invitation from "../../emails/invitation";
import PasswordChanged from "../../emails/password-changed";
import ResetPassword from "../../emails/reset-password";
import SignupAttempt from "../../emails/signup-attempt";
import VerifyEmail from "../../emails/verify-email";
import type { EmailKind, EmailPayloads } from "./email.server";

type Template<K extends EmailKind> = {
  element: (props: EmailPayloads[K] & { locale: EmailLocale }) => ReactElement;
  subject: (locale: EmailLocale, payload: EmailPayloads[K]) => string;
};

const templates: { [K in EmailKind]: Template<K> } = {
  "verify-email": { element: (p) => <VerifyEmail {...p} />, subject: (l) => emailStrings[l]["verify-email"].subject },
  "reset-password": {
    element: (p) => <ResetPassword {...p} />,
    subject: (l) => emailStrings[l]["reset-password"].subject,
  },
  invitation: {
    element: (p) => <Invitation {...p} />,
    subject: (l, p) => fill(emailStrings[l].invitation.subject, { centre: p.centreName }),
  },
  "signup-attempt": {
    element: (p) => <SignupAttempt {...p} />,
    subject: (l) => emailStrings[l]["signup-attempt"].subject,
  },
  "password-changed": {
    element: (p) => <PasswordChanged {...p} />,
    subject: (l) => emailStrings[l]["password-changed"].subject,
  },
  "email-change": { element: (p) => <EmailChange {...p} />, subject: (l) => emailStrings[l]["email-change"].subject },
  "email-changed": {
    element: (p) => <EmailChanged {...p} />,
    subject: (l) => emailStrings[l]["email-changed"].subject,
  },
};

export function isEmailKind(kind: string): kind is EmailKind {
  return Object.hasOwn(templates, kind);
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/**
 * @throws Error for an unknown kind or a payload the template cannot render.
 */
export async function renderEmail(kind: string, payload: unknown, localeValue: string): Promise<RenderedEmail> {
  if (!isEmailKind(kind)) throw new Error(`unknown e-mail kind "${kind}"`);
  const locale = asEmailLocale(localeValue);
  const template = templates[kind] as unknown as Template<EmailKind>;
  const props = { ...(payload as EmailPayloads[EmailKind]), locale } as EmailPayloads[EmailKind] & {
    locale: EmailLocale;
  };
  const element = template.element(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: template.subject(locale, props), html, text };
}
