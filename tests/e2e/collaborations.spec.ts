/**
 * The joint research partner search (issue 19 parts 3 and 5) in a real browser, on the seeded
 * demo accounts: the demo researcher (A) publishes a proposal on carbon-ion radiotherapy; the
 * demo applicant (B, whose profile's interests include carbon-ion and proton therapy) finds it
 * under "Fits your interests" and with the topic filter on /collaborations, and expresses
 * interest with a message. Until A accepts, none of B's pages shows A's e-mail address; the
 * example proposals are labelled and offer no interest form. A is mailed, accepts; both then
 * see the conversation with each other's contact details, and B is mailed. Mail is read from
 * the Resend stand-in; every page is checked with axe and at 375 px.
 */
import { type Page } from "@playwright/test";
import {
  checkPage,
  expect,
  logIn,
  logOut,
  test,
  waitForEmail,
} from "./helpers";

const A = "researcher@ponte.example";
const B = "applicant@ponte.example";
const TITLE = "Carbon-ion re-irradiation of recurrent skull-base tumours: a multicentre registry";

/** The page's whole HTML does not carry A's address. */
async function expectNoAddressOfA(page: Page) {
  expect(await page.content(), `A's address on ${page.url()}`).not.toContain(A);
}

test("a researcher publishes a proposal; another finds it, expresses interest; contacts are shared only after acceptance", async ({
  page,
}) => {
  test.slow();

  // A publishes a proposal.
  await logIn(page, A);
  await page.goto("/collaborations");
  await page.getByRole("link", { name: "Publish a proposal" }).click();
  await expect(page.getByRole("heading", { name: "Publish a collaboration proposal" })).toBeVisible();
  await page.getByLabel("Title").fill(TITLE);
  await page
    .getByLabel("Summary of the project")
    .fill(
      "A registry of recurrent skull-base tumours re-irradiated with carbon ions, to compare toxicity and control.",
    );
  await page.getByLabel("Expertise sought").fill("Centres re-irradiating with particle therapy, and a statistician.");
  await page.getByLabel("Topics").selectOption(["carbon-ion-radiotherapy"]);
  await page.getByLabel("Clinical site").check();
  await page.getByLabel("Data").check();
  await page.getByLabel("Languages of the project").selectOption(["en"]);
  await page.getByLabel("Who may read it").selectOption("SIGNED_IN");
  await checkPage(page, "collaboration-new");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Your proposal is published.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const proposalUrl = page.url().split("?")[0]!;
  await logOut(page);

  // B finds it among the proposals that fit their interests, with the reason, and by topic.
  await logIn(page, B);
  await page.goto("/collaborations");
  const fits = page.getByRole("region", { name: "Fits your interests" });
  const fit = fits.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITLE }) });
  await expect(fit).toContainText(/carbon-ion/i);
  // The seeded examples are labelled as such.
  await expect(page.getByText("Example proposal").first()).toBeVisible();
  await checkPage(page, "collaborations-fits");
  await expectNoAddressOfA(page);
  await page.getByLabel("Topic (narrower topics included)").selectOption("carbon-ion-radiotherapy");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/topic=carbon-ion-radiotherapy/);
  const results = page.locator("main");
  await results.getByRole("link", { name: TITLE }).first().click();
  await expect(page).toHaveURL(/\/collaborations\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText("Proposed by Demo Researcher")).toBeVisible();
  await expectNoAddressOfA(page);
  await page.getByLabel("Your message").fill("I run a particle-therapy unit and could contribute re-irradiated cases.");
  await page.getByRole("button", { name: "Send my interest" }).click();
  await expect(page.getByText("Your interest has been sent to the proposer.")).toBeVisible();
  await checkPage(page, "collaboration-interest-sent");
  await expectNoAddressOfA(page);
  await expect(page.getByRole("link", { name: "Open the conversation" })).toHaveCount(0);
  await page.goto("/collaborations/mine");
  await expectNoAddressOfA(page);
  await logOut(page);

  // A is told by mail, opens the expressions of interest and accepts.
  const told = await waitForEmail(A, new RegExp(`Demo Applicant is interested in your proposal “${TITLE}”`));
  expect(told.text ?? "").toContain("I run a particle-therapy unit");
  await logIn(page, A);
  await page.goto(proposalUrl);
  await page.getByRole("link", { name: /Expressions of interest/ }).click();
  await expect(page.getByRole("heading", { name: "Expressions of interest" })).toBeVisible();
  await expect(page.getByText("I run a particle-therapy unit")).toBeVisible();
  await expect(page.getByText(B)).toHaveCount(0);
  await checkPage(page, "collaboration-interests");
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("Accepted: you can now write to each other.")).toBeVisible();
  await page.getByRole("link", { name: "Open the conversation" }).click();
  await expect(page.getByRole("heading", { name: `Conversation about “${TITLE}”` })).toBeVisible();
  await expect(page.getByText(B).first()).toBeVisible();
  await page.getByLabel("Your message").fill("Welcome aboard: shall we talk next week?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Your message has been sent.")).toBeVisible();
  await checkPage(page, "collaboration-thread");
  await logOut(page);

  // B is told, and now sees the conversation with A's address.
  const accepted = await waitForEmail(B, new RegExp(`Demo Researcher accepted your interest in “${TITLE}”`));
  await waitForEmail(B, new RegExp(`New message from Demo Researcher about “${TITLE}”`));
  await logIn(page, B);
  await page.goto(proposalUrl);
  await page.getByRole("link", { name: "Open the conversation" }).click();
  await expect(page.getByRole("heading", { name: `Conversation about “${TITLE}”` })).toBeVisible();
  await expect(page.getByText(A).first()).toBeVisible();
  await expect(page.getByText("Welcome aboard: shall we talk next week?")).toBeVisible();
  expect(accepted.text ?? accepted.html ?? "").toContain("/collaborations/");
});

test("an example proposal is labelled and cannot be answered", async ({ page }) => {
  await logIn(page, B);
  await page.goto("/collaborations");
  const example = page.getByRole("listitem").filter({ hasText: "Example proposal" }).first();
  await example.getByRole("link").first().click();
  await expect(page.getByText("This is an example proposal")).toBeVisible();
  await expect(page.getByLabel("Your message")).toHaveCount(0);
  await checkPage(page, "collaboration-example");
});
