/**
 * Every e-mail template renders from its preview props, in English and in Italian, to a
 * subject, HTML and a plain-text version without markup; the facts a reader needs (what,
 * where, when, why, the link to act on, the footer's settings and unsubscribe links) are
 * in both versions.
 */
import { describe, expect, it } from "vitest";
import { emailStrings, fill, formatDay, formatInstantDay, type EmailLocale } from "../../../emails/i18n";
import { isOptionalKind } from "~/notifications/kinds";
import { renderEmail, templates } from "~/notifications/render.server";

const LOCALES: EmailLocale[] = ["en", "it"];
type Preview = Record<string, unknown> & { links: { settings: string; unsubscribe: string | null } };

function factsOf(kind: string, p: Preview, locale: EmailLocale): string[] {
  const facts: string[] = [];
  if (kind.startsWith("request-")) {
    facts.push(p.opportunityTitle as string, p.centreName as string, p.url as string);
    facts.push(formatDay(p.startDate as string, locale), formatDay(p.endDate as string, locale));
    if (p.reason) facts.push(p.reason as string);
    if (p.messageBody) facts.push(p.messageBody as string);
    if (["request-new", "request-assigned", "request-answered", "request-withdrawn", "request-reminder"].includes(kind))
      facts.push(p.applicantName as string);
    if (["request-received", "request-new", "request-assigned", "request-answered", "request-reminder"].includes(kind))
      facts.push(formatInstantDay(p.dueAt as string, locale));
  } else if (kind.startsWith("event-")) {
    facts.push(p.title as string, p.when as string, p.url as string, p.location as string);
  } else if (kind === "digest") {
    for (const item of p.items as { opportunityTitle: string; url: string; applicantName: string }[])
      facts.push(item.opportunityTitle, item.url, item.applicantName);
  } else {
    for (const k of ["url", "resetUrl", "loginUrl", "centreName", "newEmail", "newEmailMasked"])
      if (typeof p[k] === "string") facts.push(p[k] as string);
  }
  return facts;
}

describe.each(LOCALES)("every template in %s", (locale) => {
  for (const [kind, template] of Object.entries(templates)) {
    it(`${kind}: subject, HTML and text with the facts and the footer`, async () => {
      const preview = { ...(template.PreviewProps as unknown as Preview), locale };
      const { locale: _l, links, recipientName, ...payload } = preview as Preview & { recipientName?: string };
      const mail = await renderEmail(kind, payload, locale, { links, recipientName: recipientName ?? null });

      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.subject).not.toMatch(/\{\{|undefined|\bnull\b/);
      expect(mail.html).toContain(`lang="${locale}"`);
      expect(mail.text).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]/i);
      expect(mail.text).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
      for (const body of [mail.html, mail.text]) expect(body).not.toMatch(/\{\{|undefined|\[object Object\]/);

      for (const fact of factsOf(kind, preview, locale)) {
        expect(mail.text, `text has "${fact}"`).toContain(fact);
        expect(mail.html.replaceAll("&amp;", "&").replaceAll("&#x27;", "'"), `HTML has "${fact}"`).toContain(fact);
      }

      const common = emailStrings[locale].common;
      expect(mail.text).toContain(links.settings);
      expect(mail.text).toContain(common.settingsLink);
      if (isOptionalKind(kind)) {
        expect(links.unsubscribe, "optional kinds preview an unsubscribe link").toBeTruthy();
        expect(mail.text).toContain(links.unsubscribe!);
        expect(mail.text).toContain(common.unsubscribeLink);
      } else {
        expect(links.unsubscribe).toBeNull();
        expect(mail.text).not.toContain(common.unsubscribeLink);
      }
      const whys = Object.values(common.why).map((w) => w.split("{{")[0]);
      expect(
        whys.some((w) => mail.text.includes(w)),
        "says why the person gets it",
      ).toBe(true);
    });
  }
});

describe("languages", () => {
  it("Italian mails are in Italian, English ones in English", async () => {
    const p = templates["request-approved"].PreviewProps;
    const { locale: _l, links, recipientName, ...payload } = p;
    const en = await renderEmail("request-approved", payload, "en", { links, recipientName });
    const it = await renderEmail("request-approved", payload, "it", { links, recipientName });
    expect(en.subject).toBe(fill(emailStrings.en["request-approved"].subject, { opportunity: p.opportunityTitle }));
    expect(it.subject).toBe(fill(emailStrings.it["request-approved"].subject, { opportunity: p.opportunityTitle }));
    expect(it.text).toContain("1 febbraio 2027");
    expect(en.text).toContain("1 February 2027");
    expect(it.text).toContain("Gentile Amina Okafor,");
    expect(it.text).not.toContain("Good news");
  });

  it("a message says who wrote to whom", async () => {
    const p = templates["request-message"].PreviewProps;
    const { locale: _l, links, recipientName, ...payload } = p;
    const toApplicant = await renderEmail("request-message", payload, "en", { links, recipientName });
    const toCentre = await renderEmail(
      "request-message",
      { ...payload, url: "http://localhost:3000/inbox/clrequestexample0000000001" },
      "en",
      { links, recipientName: "Chiara Conti" },
    );
    expect(toApplicant.text).toContain(`${p.centreName} has sent you a message`);
    expect(toCentre.text).toContain(`${p.applicantName} has sent a message`);
    expect(toCentre.text).toContain("because you coordinate");
  });

  it("refuses an unknown kind or a request payload without its facts", async () => {
    await expect(renderEmail("nope", {}, "en")).rejects.toThrow(/unknown e-mail kind/);
    await expect(renderEmail("request-approved", { requestId: "r" }, "en")).rejects.toThrow(/payload has no url/);
  });
});
