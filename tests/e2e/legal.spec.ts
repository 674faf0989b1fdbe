/**
 * The legal pages and the contact form (issue 13, parts 3 and 6), as a visitor reaches them:
 * from the footer of any page, in English and Italian, each checked like every page (axe,
 * 375 px) with screenshots; the contact form refuses bad input with field errors and
 * delivers a good message to the operators through the outbox.
 */
import { checkPage, expect, test, waitForEmail } from "./helpers";

test("the footer leads to the privacy notice, terms, accessibility statement and contact, in English and Italian", async ({
  page,
}) => {
  await page.goto("/opportunities");
  const footer = page.getByRole("contentinfo");
  // Per language: footer link, the page's heading, the screenshot's name.
  const pages = {
    en: [
      ["Privacy notice", "Privacy notice", "privacy"],
      ["Terms of use", "Terms of use", "terms"],
      ["Accessibility", "Accessibility statement", "accessibility"],
      ["Contact", "Contact", "contact"],
    ],
    it: [
      ["Informativa privacy", "Informativa sul trattamento dei dati personali", "privacy-it"],
      ["Condizioni d'uso", "Condizioni d'uso", "terms-it"],
      ["Accessibilità", "Dichiarazione di accessibilità", "accessibility-it"],
      ["Contatti", "Contatti", "contact-it"],
    ],
  } as const;
  for (const language of ["en", "it"] as const) {
    if (language === "it") {
      await footer.getByLabel("Language").selectOption("it");
      await footer.getByRole("button", { name: "Change" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "it");
    }
    for (const [link, heading, shot] of pages[language]) {
      await footer.getByRole("link", { name: link, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await checkPage(page, shot);
    }
  }
});

test("the contact form refuses bad input with field errors and delivers a good message to the operators", async ({
  page,
}) => {
  await page.goto("/contact");
  await page.getByLabel("Your name").fill("Amina Okafor");
  await page.getByLabel("Your e-mail address").fill("amina@");
  await page.getByLabel("Subject").fill("Observerships in paediatric cardiology");
  await page.getByRole("button", { name: "Send message" }).click();
  // Nothing is sent: the address is refused and the empty message is asked for.
  await expect(page.getByText("Enter an e-mail address such as name@example.org.")).toBeVisible();
  await expect(page.getByText("Please fill in this field.")).toBeVisible();
  await expect(page.getByLabel("Your e-mail address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Subject")).toHaveValue("Observerships in paediatric cardiology");
  await checkPage(page, "contact-errors");

  await page.getByLabel("Your e-mail address").fill("amina.okafor@example.org");
  await page
    .getByLabel("Message")
    .fill("Does any Lombardy centre offer observerships in paediatric cardiology in spring?");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Message sent");
  await checkPage(page);

  const mail = await waitForEmail(
    "operators@ponte.example",
    /Modulo di contatto di Ponte: Observerships in paediatric cardiology/,
  );
  expect(mail.text ?? mail.html ?? "").toContain("amina.okafor@example.org");
});
