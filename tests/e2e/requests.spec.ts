/**
 * The request journey of issue 5 in a real browser, on the seeded demo accounts: the demo
 * applicant completes their profile, keeps a CV and a health insurance scan in the document
 * wallet, requests CNAO's carbon-ion observership with them picked from the wallet;
 * the CNAO coordinator finds it in the inbox and asks for information; the applicant
 * answers; the coordinator approves; the applicant downloads the stay as .ics. Real mail
 * is read from the Resend stand-in at each step, and a coordinator of another centre cannot
 * see the request. After approving, the coordinator issues the invitation letter for the visa;
 * the applicant downloads its PDF and a signed-out visitor checks it on its verification page.
 */
import fs from "node:fs";
import {
  addDaysIso,
  addWalletDocument,
  adoptCnaoObservership,
  checkPage,
  expect,
  logIn,
  logOut,
  pickStay,
  test,
  waitForEmail,
} from "./helpers";

const APPLICANT = "applicant@ponte.example";
const COORDINATOR = "coordinator.cnao@ponte.example";
const OTHER_COORDINATOR = "coordinator.ieo@ponte.example";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

test("an applicant requests an observership at CNAO; the coordinator asks, the applicant answers, the coordinator approves; the .ics downloads", async ({ page }) => {
  // The adoption by CNAO's coordinator makes this journey longer: triple the budget.
  test.slow();
  // CNAO's coordinator adopts the example as CNAO's programme (an example cannot be requested).
  await adoptCnaoObservership(page);

  // The applicant completes the profile the request needs.
  await logIn(page, APPLICANT);
  await page.goto("/profile");
  await page.getByLabel("Profession").selectOption("PHYSICIAN");
  await page.getByLabel("Career stage").selectOption("EARLY_CAREER");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();

  // … keeps the documents centres ask for in the wallet, once.
  // A name of its own: referees.spec.ts, run on the same server, gives the same demo applicant a cv.pdf.
  await addWalletDocument(page, "CV", { name: "cv-observership.pdf", mimeType: "application/pdf", buffer: PDF });
  await addWalletDocument(page, "Health insurance", { name: "insurance.png", mimeType: "image/png", buffer: PNG });
  await checkPage(page, "profile-documents");

  // … finds the observership and requests it.
  await page.goto("/centres/cnao");
  await page.getByRole("link", { name: /carbon-ion radiotherapy observership/i }).click();
  // … reads its practical facts: what the centre stated, "Ask the centre" for the rest, the named contact.
  const facts = page.getByRole("region", { name: "Practical facts" });
  await expect(facts).toContainText("Free of charge");
  await expect(facts).toContainText("Observation only");
  await expect(facts).toContainText("Proof of health insurance");
  await expect(facts).toContainText("The centre issues an invitation letter for the visa.");
  await expect(facts).toContainText("Ask the centre");
  await expect(facts).toContainText("Dr Chiara Conti");
  await checkPage(page, "opportunity-practical-facts");
  await page.getByRole("link", { name: "Request this opportunity" }).click();
  await expect(page.getByRole("region", { name: "Documents the centre asks for" })).toContainText("Proof of health insurance");
  await expect(page.getByRole("heading", { name: "Send a request", exact: true })).toBeVisible();
  await checkPage(page, "request-new");
  // Twelve days in the next window the form lists, as a person would choose them.
  const stay = await pickStay(page, 12);
  const ics = (date: string) => date.replaceAll("-", "");
  await page.getByLabel("First day").fill(stay.start);
  await page.getByLabel("Last day").fill(stay.end);
  await page.getByLabel("Motivation").fill("I lead a head-and-neck radiotherapy service and want to learn carbon-ion planning. See https://example.org/me");
  await page.getByLabel(/Which tumour sites/).fill("Head and neck; skull base.");
  // The wallet's CV and insurance are ticked already: the centre asks for them.
  await expect(page.getByRole("checkbox", { name: /^CV: cv-observership\.pdf/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Health insurance: insurance\.png/ })).toBeChecked();
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByText("Your request has been sent.")).toBeVisible();
  await expect(page.getByText("Submitted").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "insurance.png" })).toBeVisible();
  await checkPage(page, "request-page");
  const requestUrl = page.url().split("?")[0];
  const id = requestUrl.split("/").pop()!;
  await waitForEmail(APPLICANT, /Your request to .* was sent/);
  await waitForEmail(COORDINATOR, /New request from/);
  await logOut(page);

  // A coordinator of another centre neither lists nor opens it.
  await logIn(page, OTHER_COORDINATOR);
  await page.goto("/inbox");
  await expect(page.getByRole("link", { name: "Demo Applicant" })).toHaveCount(0);
  const foreign = await page.goto(`/inbox/${id}`);
  expect(foreign?.status()).toBe(404);
  expect((await page.request.get(`/inbox/${id}/cv`)).status()).toBe(404);
  await logOut(page);

  // The CNAO coordinator finds it in the inbox and asks for information.
  await logIn(page, COORDINATOR);
  await page.getByRole("link", { name: "Inbox" }).click();
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
  await checkPage(page, "inbox");
  // This request's row: referees.spec.ts, on the same server, may have sent CNAO another one from the same person.
  await page.locator(`a[href="/inbox/${id}"]`).filter({ hasText: "Demo Applicant" }).click();
  await expect(page.getByRole("heading", { name: "Demo Applicant" })).toBeVisible();
  await checkPage(page, "inbox-request");
  // Straight from the new request, in one move (issue 17): the history records the opening too.
  await page.getByLabel("Ask the applicant for information").fill("Could you send a letter from your head of department?");
  await page.getByRole("button", { name: "Ask for information" }).click();
  await expect(page.getByText("Your request for information has been sent")).toBeVisible();
  await waitForEmail(APPLICANT, /needs more information about your request/);
  await logOut(page);

  // The applicant answers.
  await logIn(page, APPLICANT);
  await page.getByRole("link", { name: "Requests" }).click();
  // Applicants land on /matches, which links the same opportunity: wait for the list.
  await expect(page).toHaveURL(/\/requests$/);
  await page.locator(`a[href="/requests/${id}"]`).filter({ hasText: /Carbon-ion radiotherapy observership/ }).click();
  await expect(page.getByRole("heading", { name: "The centre needs more information" })).toBeVisible();
  await page.getByLabel("Your answer").fill("Attached, signed by Prof. Eze.");
  await page.locator("#form-answer").getByLabel("Attachment (optional PDF)").setInputFiles({ name: "letter.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Send the answer" }).click();
  await expect(page.getByText("Your answer has been sent.")).toBeVisible();
  await logOut(page);

  // The coordinator approves with the requested dates.
  await logIn(page, COORDINATOR);
  await page.goto(`/inbox/${id}`);
  await expect(page.getByText("Attached, signed by Prof. Eze.")).toBeVisible();
  // The approval is held on its way: only its own button is disabled and says so.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/inbox/${id}(\\.data)?(\\?.*)?$`), async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("button", { name: "Sending…" })).toHaveJSProperty("disabled", true);
  await expect(page.getByRole("button", { name: "Decline", exact: true })).toBeEnabled();
  release();
  await expect(page.getByText("The request has been approved")).toBeVisible();
  await page.unrouteAll();
  const approval = await waitForEmail(APPLICANT, /Your request was approved/);
  const invite = (approval.attachments ?? []).find((a) => /\.ics$/.test(a.filename));
  expect(invite, "the approval mail carries the stay as .ics").toBeTruthy();
  const attached = Buffer.from(invite!.content, "base64").toString("utf8");
  expect(attached).toContain(`DTSTART;VALUE=DATE:${ics(stay.start)}`);

  // … and issues the invitation letter for the visa (issue 16): a preview first, then the PDF.
  await page.getByRole("link", { name: "Prepare the invitation letter" }).click();
  await expect(page.getByRole("heading", { name: "Invitation letter for the visa" })).toBeVisible();
  await page.getByLabel("Name of the signatory").fill("Dr Marta Bianchi");
  await page.getByLabel("Role of the signatory").fill("Medical Director");
  await page.getByLabel("Nationality").selectOption({ label: "Nigeria" });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible();
  await checkPage(page, "letter-form");
  await page.getByRole("button", { name: "Issue the letter" }).click();
  await expect(page).toHaveURL(new RegExp(`/inbox/${id}\\?done=letter`));
  await expect(page.getByRole("region", { name: "Letters", exact: true })).toContainText("Invitation letter");
  await waitForEmail(APPLICANT, /Your invitation letter from .* is ready/);
  await logOut(page);

  // The applicant downloads the stay.
  await logIn(page, APPLICANT);
  await page.goto(requestUrl);
  await expect(page.getByText("Approved").first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Add the stay to your calendar/ }).click()]);
  const file = fs.readFileSync((await download.path())!, "utf8");
  expect(file).toContain(`DTSTART;VALUE=DATE:${ics(stay.start)}`);
  expect(file).toContain(`DTEND;VALUE=DATE:${ics(addDaysIso(stay.end, 1))}`);
  expect(file).toContain(`UID:request-${id}@localhost`);

  // … downloads the invitation letter; anyone (a consulate) checks it on its verification page.
  const letters = page.getByRole("region", { name: "Letters", exact: true });
  await expect(letters).toContainText("Valid");
  const pdf = await page.request.get((await letters.getByRole("link", { name: "Download the PDF" }).getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const verifyPath = (await letters.getByRole("link", { name: "Verification page" }).getAttribute("href"))!;
  await logOut(page);
  await page.goto(verifyPath);
  await expect(page.getByRole("heading", { name: "Document verification" })).toBeVisible();
  await expect(page.getByText(/This document was issued by .* through Ponte\./)).toBeVisible();
  await expect(page.getByText("Valid").first()).toBeVisible();
  await checkPage(page, "letter-verify");
});
