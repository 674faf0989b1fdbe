/**
 * Length limits in error messages are numbers in the page's language (issue 13, part 7):
 * "4,000" in English and "4.000" in Italian, filled in from the one table of limits that the
 * validation uses, so a sentence cannot state a different limit from the one enforced.
 */
import { createInstance } from "i18next";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { ErrorList } from "~/components/forms";
import { i18nConfig, resources } from "~/platform/i18n";
import { TEXT_LIMITS } from "~/platform/text-limits";

async function render(lng: "en" | "it", errors: string[]) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({ ...i18nConfig, resources, lng });
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ErrorList errors={errors} />
    </I18nextProvider>,
  );
  return [...html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
}

const keys = [
  "profile:validation.statementTooLong",
  "requests:validation.motivationTooLong",
  "requests:validation.answerTooLong",
  "requests:validation.bodyTooLong",
  "requests:validation.reasonTooLong",
  "legal:contact.errors.messageTooLong",
  "profile:suggestions.invite.validation.messageTooLong",
];

describe("length limits in error messages", () => {
  it("are grouped the English way in English", async () => {
    expect(await render("en", keys)).toEqual([
      "Use at most 4,000 characters.",
      "The motivation can be at most 4,000 characters long.",
      "An answer can be at most 2,000 characters long.",
      "A message can be at most 4,000 characters long.",
      "The reason can be at most 1,000 characters long.",
      "Use at most 4,000 characters.",
      "The note can be at most 1,000 characters long.",
    ]);
  });

  it("are grouped the Italian way in Italian, four digits included", async () => {
    expect(await render("it", keys)).toEqual([
      "Usi al massimo 4.000 caratteri.",
      "La motivazione può contenere al massimo 4.000 caratteri.",
      "Una risposta può contenere al massimo 2.000 caratteri.",
      "Un messaggio può contenere al massimo 4.000 caratteri.",
      "Il motivo può contenere al massimo 1.000 caratteri.",
      "Usi al massimo 4.000 caratteri.",
      "La nota può contenere al massimo 1.000 caratteri.",
    ]);
  });

  it("state the limits the validation enforces", () => {
    expect(TEXT_LIMITS).toEqual({ statementMax: 4000, motivationMax: 4000, answerMax: 2000, messageMax: 4000, reasonMax: 1000, inviteMessageMax: 1000 });
  });
});
