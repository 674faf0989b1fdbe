/**
 * `npm run emails:preview`: renders every e-mail template (emails/*.tsx) from its preview
 * props, in English and Italian, exactly as the mail worker builds it (footer links,
 * List-Unsubscribe headers, .ics attachments), into ./tmp/email-previews/:
 *   <kind>.<lang>.html, <kind>.<lang>.txt, <kind>.<lang>.eml.txt (subject and headers) and,
 *   for approvals and cancellations, <kind>.<lang>.ics
 * and prints the list. Needs no database and no mail provider.
 */
import "dotenv/config";
import fs from "node:fs";
import path from "node:path";
import type { EmailLocale } from "../emails/i18n";
import { appUrl } from "../app/notifications/outbox.server";
import { isOptionalKind } from "../app/notifications/kinds";
import { buildMail, renderEmail, templates } from "../app/notifications/render.server";

const OUT = path.resolve("tmp/email-previews");
const LOCALES: EmailLocale[] = ["en", "it"];

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (const [kind, template] of Object.entries(templates)) {
    for (const locale of LOCALES) {
      const { locale: _l, links: _links, recipientName, ...payload } = template.PreviewProps as unknown as Record<string, unknown> & {
        recipientName?: string | null;
      };
      // The same mail the worker builds, but with a fixed example unsubscribe link (no database needed).
      const unsubscribe = isOptionalKind(kind) ? appUrl("/unsubscribe", { token: "preview-token" }) : null;
      const rendered = await renderEmail(kind, payload, locale, {
        links: { settings: appUrl("/account/notifications"), unsubscribe },
        recipientName: recipientName ?? null,
      });
      const built = isOptionalKind(kind)
        ? null
        : await buildMail({
            kind,
            payload,
            locale,
            userId: null,
            toEmail: "amina@example.org",
            createdAt: new Date("2027-01-10T09:00:00Z"),
            recipientName: recipientName ?? null,
          });
      const headers = unsubscribe
        ? { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : {};
      const base = path.join(OUT, `${kind}.${locale}`);
      fs.writeFileSync(`${base}.html`, rendered.html);
      fs.writeFileSync(`${base}.txt`, rendered.text);
      fs.writeFileSync(
        `${base}.eml.txt`,
        [`Subject: ${rendered.subject}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), "", rendered.text].join("\n"),
      );
      written.push(`${base}.html`, `${base}.txt`, `${base}.eml.txt`);
      for (const a of built?.attachments ?? []) {
        fs.writeFileSync(`${base}.ics`, a.content);
        written.push(`${base}.ics`);
      }
      console.log(`${kind} (${locale}): ${rendered.subject}`);
    }
  }
  console.log(`\n${written.length} files in ${path.relative(process.cwd(), OUT)}/:`);
  for (const f of written) console.log(`  ${path.relative(process.cwd(), f)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
