/**
 * Recommendation letters in a real browser (issue 16 part 2; decision 0037): CNAO's
 * coordinator asks for one letter on the adopted carbon-ion observership; the demo applicant
 * sends a request (its letter pending), names a referee on the request's referees page; the
 * referee, in a browser of their own and without an account, follows the link from the
 * mail in the Resend stand-in, uploads a PDF, and the link then no longer works; the
 * applicant sees the letter received; the coordinator downloads it. Every page is checked
 * with axe, in English and (the referee's page) in Italian.
 */
import {
  adoptCnaoObservership,
  checkPage,
  expect,
  linkIn,
  logIn,
  logOut,
  sendDemoRequestToCnao,
  test,
  waitForEmail,
} from "./helpers";

const APPLICANT = "applicant@ponte.example";
const COORDINATOR = "coordinator.cnao@ponte.example";
const REFEREE = "helen.carter@referee.example";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test("a referee follows the e-mailed link, uploads a letter without an account; the coordinator reads it", async ({
  page,
  newVisitor,
}) => {
  test.slow();
  await adoptCnaoObservership(page);

  // CNAO's coordinator asks for one recommendation letter.
  await logIn(page, COORDINATOR);
  await page.goto("/coordinator/centres/cnao");
  await page.getByRole("link", { name: "Carbon-ion radiotherapy observership", exact: true }).click();
  await page.getByRole("checkbox", { name: "Recommendation letters" }).check();
  await page.getByLabel("How many recommendation letters").fill("1");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
  await logOut(page);

  // The applicant sends a request; the letter is still to come.
  await logIn(page, APPLICANT);
  await page.goto("/centres/cnao");
  await page.getByRole("link", { name: /carbon-ion radiotherapy observership/i }).click();
  await expect(page.getByRole("region", { name: "Practical facts" })).toContainText("Recommendation letters");
  const id = await sendDemoRequestToCnao(page);
  await expect(page.getByText("Letters received: 0 of 1.")).toBeVisible();
  const requestUrl = `/requests/${id}`;

  // … names the referee, whose mail is to be in Italian.
  await page.getByRole("link", { name: "Name or manage your referees" }).click();
  await expect(page.getByRole("heading", { name: "Recommendation letters", level: 1 })).toBeVisible();
  await page.getByLabel("Referee's name").fill("Prof. Helen Carter");
  await page.getByLabel("Referee's e-mail address").fill(REFEREE);
  await page.getByLabel("Language of the e-mail").selectOption("it");
  await page.getByRole("button", { name: "Invite the referee" }).click();
  await expect(page.getByText("The referee has been invited by e-mail.")).toBeVisible();
  await expect(page.getByText("Waiting for the letter")).toBeVisible();
  await checkPage(page, "request-referees");

  // The referee, signed out in a browser of their own, follows the link from the mailbox.
  const mail = await waitForEmail(REFEREE, /Le chiede una lettera di referenza/);
  const link = linkIn(mail, /\/referee\?token=/);
  const referee = await newVisitor();
  await referee.goto(link);
  await expect(referee.getByRole("heading", { name: "Upload a recommendation letter" })).toBeVisible();
  await expect(referee.getByText(/named you, Prof\. Helen Carter, as a referee/)).toBeVisible();
  await checkPage(referee, "referee-upload");
  await referee
    .getByLabel("Your letter (PDF)")
    .setInputFiles({ name: "carter-letter.pdf", mimeType: "application/pdf", buffer: PDF });
  await referee.getByRole("button", { name: "Upload the letter" }).click();
  await expect(referee.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await checkPage(referee, "referee-thanks");
  // The link worked once: the same page for a used link, in Italian too.
  const again = await referee.goto(link);
  expect(again?.status()).toBe(404);
  await expect(referee.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await checkPage(referee, "referee-link-used");
  await referee.locator("#language-select").selectOption("it");
  await referee.getByRole("button", { name: "Change" }).click();
  await expect(referee.locator("html")).toHaveAttribute("lang", "it");
  await expect(referee.getByRole("heading", { name: "Questo collegamento non funziona" })).toBeVisible();
  await checkPage(referee, "referee-link-used-it");

  // The applicant sees it received, and cannot open it.
  await page.goto(requestUrl);
  await expect(page.getByText("Letters received: 1 of 1.")).toBeVisible();
  await logOut(page);

  // The coordinator finds it with the request and downloads it.
  await logIn(page, COORDINATOR);
  await page.goto(`/inbox/${id}`);
  const letters = page.getByRole("region", { name: "Recommendation letters" });
  await expect(letters).toContainText("Received 1 of 1.");
  await checkPage(page, "inbox-referee-letters");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    letters.getByRole("link", { name: "Letter from Prof. Helen Carter" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("carter-letter.pdf");
});
