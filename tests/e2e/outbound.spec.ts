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
  adoptExample,
  checkPage,
  expect,
  logIn,
  logOut,
  NEW_PASSWORD,
  pickStay,
  saveApplicantProfile,
  signUpApplicant,
  test,
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
  const password = NEW_PASSWORD;

  // HIT's coordinator makes its example visit a real programme (an example cannot be requested).
  await adoptExample(page, {
    coordinator: PARTNER,
    centreSlug: "hit-heidelberg",
    title: VISIT,
    facts: {
      documents: ["CV"],
      visaLetter: "no",
      workingHours: "Monday to Friday, 8:00–16:00",
      contactName: "Dr Anna Weber",
      contactEmail: "visits@hit.example",
    },
  });

  // A nurse from Lombardy signs up and confirms her address from the real mail.
  await signUpApplicant(page, "Giulia Ferrari", email, password);

  // Her profile: a nurse at Niguarda, English, carbon-ion therapy, free for six months.
  await saveApplicantProfile(page, {
    profession: "NURSE",
    careerStage: "ESTABLISHED",
    homeCentre: "Niguarda",
    topic: { search: "carbon ion", name: /Carbon Ion Radiotherapy/ },
  });
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
