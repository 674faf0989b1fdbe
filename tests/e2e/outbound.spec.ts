/**
 * Collaboration in both directions (issue 19 part 2) in a real browser: the demo coordinator
 * of HIT, a partner institution abroad, adopts its example clinical visit as a real
 * programme; a nurse from Lombardy signs up, names Niguarda as her home centre (the profile
 * says it is not verified yet), sees the visit on /matches with its reasons and requests it;
 * HIT's coordinator approves it in the inbox; the approval mail reaches the nurse's mailbox
 * with the stay attached, and she sees the approval and downloads the .ics.
 */
import fs from "node:fs";
import {
  addDaysIso,
  addWalletDocument,
  checkPage,
  expect,
  linkIn,
  logIn,
  logOut,
  pickStay,
  test,
  todayIso,
  waitForEmail,
} from "./helpers";

const PARTNER = "coordinator.hit-heidelberg@ponte.example";
const VISIT = "Ion-beam therapy clinical visit";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test("a Lombardy nurse requests a partner abroad's clinical visit found on /matches; the partner approves; mail and .ics reach her", async ({
  page,
}) => {
  test.slow();
  const email = `nurse.${Date.now().toString(36)}@example.org`;
  const password = "quartz-meadow-lantern-8";

  // HIT's coordinator makes its example visit a real programme (an example cannot be requested).
  await logIn(page, PARTNER);
  await page.goto("/coordinator/centres/hit-heidelberg");
  await page.getByRole("link", { name: VISIT, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(VISIT);
  const adopt = page.getByRole("button", { name: "Adopt as our programme" });
  if (await adopt.isVisible()) {
    await page.getByLabel("Fee (required to publish)").selectOption("FREE");
    await page.getByLabel("What a visitor may do (required to publish)").selectOption("OBSERVATION_ONLY");
    await page.getByRole("checkbox", { name: "CV", exact: true }).check();
    await page.getByLabel("Invitation letter for the visa (required to publish)").selectOption("no");
    await page.getByLabel("Working hours (English)").fill("Monday to Friday, 8:00–16:00");
    await page.getByLabel("Name (required to publish)").fill("Dr Anna Weber");
    await page.getByLabel("E-mail address (required to publish)").fill("visits@hit.example");
    await page.getByRole("checkbox", { name: /I confirm that these facts are our centre's/ }).check();
    await adopt.click();
    await expect(page.getByText("The example is now your centre's programme")).toBeVisible();
  }
  await logOut(page);

  // A nurse from Lombardy signs up and confirms her address from the real mail.
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Name" }).fill("Giulia Ferrari");
  await page.getByRole("textbox", { name: "E-mail address" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(linkIn(await waitForEmail(email, /Confirm your e-mail address/), /\/verify-email\?token=/));
  await expect(page.getByText("your e-mail address is confirmed")).toBeVisible();

  // Her profile: a nurse at Niguarda, English, carbon-ion therapy, free for six months.
  await page.goto("/profile");
  await page.getByLabel("Profession").selectOption("NURSE");
  await page.getByLabel("Career stage").selectOption("ESTABLISHED");
  const homeCentre = page.getByLabel("Your centre in Lombardy (optional)");
  const niguarda = await homeCentre.locator("option", { hasText: "Niguarda" }).getAttribute("value");
  await homeCentre.selectOption(niguarda!);
  if ((await page.getByLabel("Language 1", { exact: true }).count()) === 0) {
    await page.getByRole("button", { name: "Add a language" }).click();
  }
  await page.getByLabel("Language 1", { exact: true }).selectOption("en");
  await page.getByLabel("Level of language 1").selectOption("C1");
  const combobox = page.getByRole("combobox", { name: "Add a topic" });
  await combobox.fill("carbon ion");
  await expect(page.getByRole("listbox", { name: "Matching topics" }).getByRole("option").first()).toBeVisible();
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
  await expect(page.getByRole("group", { name: /Carbon Ion Radiotherapy/ })).toBeVisible();
  if ((await page.getByLabel("From (period 1)").count()) === 0) {
    await page.getByRole("button", { name: "Add a period" }).click();
  }
  await page.getByLabel("From (period 1)").fill(addDaysIso(todayIso(), 7));
  await page.getByLabel("Until (period 1)").fill(addDaysIso(todayIso(), 190));
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  // The home centre is stated, not yet verified; she may ask Niguarda's coordinators.
  await expect(page.getByTestId("home-centre-state")).toContainText("not verified yet");
  await expect(page.getByRole("button", { name: "Ask the centre's coordinators to confirm" })).toBeVisible();
  await checkPage(page, "outbound-profile");

  // /matches shows the partner's visit, with reasons.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Matches" }).click();
  const card = page.locator("li.match-card").filter({ has: page.getByRole("heading", { level: 2, name: VISIT }) });
  await expect(card).toContainText("Carbon Ion Radiotherapy is one of your core interests");
  await checkPage(page, "outbound-matches");
  const requestHref = await card.getByRole("link", { name: /Request this/ }).getAttribute("href");
  // The CV HIT asks for goes into her document wallet first.
  await addWalletDocument(page, "CV", { name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.goto(requestHref!);
  await expect(page.getByRole("heading", { name: "Send a request", exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^CV: cv\.pdf/ })).toBeChecked();
  const stay = await pickStay(page, 10);
  await page.getByLabel("First day").fill(stay.start);
  await page.getByLabel("Last day").fill(stay.end);
  await page
    .getByLabel("Motivation")
    .fill("I nurse patients through carbon-ion courses at Niguarda and want to see how HIT organises care.");
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByText("Your request has been sent.")).toBeVisible();
  const requestUrl = page.url().split("?")[0];
  await waitForEmail(PARTNER, /New request from/);
  await logOut(page);

  // HIT's coordinator approves it in the inbox.
  await logIn(page, PARTNER);
  await page.getByRole("link", { name: "Inbox" }).click();
  await page.getByRole("link", { name: "Giulia Ferrari" }).click();
  await expect(page.getByRole("heading", { name: "Giulia Ferrari" })).toBeVisible();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("The request has been approved")).toBeVisible();
  await logOut(page);

  // The approval reaches her mailbox, with the stay attached.
  const ics = (date: string) => date.replaceAll("-", "");
  const approval = await waitForEmail(email, /Your request was approved/);
  const attached = (approval.attachments ?? []).find((a) => /\.ics$/.test(a.filename));
  expect(Buffer.from(attached!.content, "base64").toString("utf8")).toContain(`DTSTART;VALUE=DATE:${ics(stay.start)}`);

  // She sees the approval and downloads the stay.
  await logIn(page, email, password);
  await page.goto(requestUrl);
  await expect(page.getByText("Approved").first()).toBeVisible();
  await checkPage(page, "outbound-approved");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Add the stay to your calendar/ }).click(),
  ]);
  const file = fs.readFileSync((await download.path())!, "utf8");
  expect(file).toContain(`DTSTART;VALUE=DATE:${ics(stay.start)}`);
  expect(file).toContain(`DTEND;VALUE=DATE:${ics(addDaysIso(stay.end, 1))}`);
});
