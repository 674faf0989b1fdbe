/**
 * Issue 7's first journey as one flow, for a brand-new applicant: sign up, confirm the
 * address from the real mail, complete the profile (a topic through the search box,
 * languages, an availability window), see matches with reasons, request the top match
 * with the keyboard, and follow it in /requests.
 */
import {
  addWalletDocument,
  adoptCnaoObservership,
  checkPage,
  expect,
  pickStay,
  saveApplicantProfile,
  shownDate,
  signUpApplicant,
  test,
} from "./helpers";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

test("a new applicant signs up, builds a profile, sees matches with reasons, requests one with the keyboard and follows it", async ({ page }) => {
  const email = `dr.${Date.now().toString(36)}@example.org`;
  // The adoption by CNAO's coordinator makes this journey longer: triple the budget.
  test.slow();
  // CNAO adopts its carbon-ion observership first: an example cannot be requested.
  await adoptCnaoObservership(page);
  await signUpApplicant(page, "Dr Inês Carvalho", email);

  // The profile: profession, stage, languages, one topic found through the search box, a window.
  await saveApplicantProfile(page, {
    profession: "PHYSICIAN",
    careerStage: "EARLY_CAREER",
    topic: { search: "carbon ion", name: /Carbon Ion Radiotherapy/ },
  });

  // Matches, with reasons; the first one is CNAO's carbon-ion observership (adopted above).
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Matches" }).click();
  const first = page.locator("li.match-card").first();
  await expect(first.getByRole("heading", { level: 2 })).toContainText("Carbon-ion radiotherapy observership");
  await expect(first).toContainText("Carbon Ion Radiotherapy is one of your core interests");
  // The health insurance CNAO asks for goes into the document wallet first.
  const requestHref = await first.getByRole("link", { name: /Request this/ }).getAttribute("href");
  await addWalletDocument(page, "Health insurance", { name: "insurance.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.goto(requestHref!);
  await expect(page.getByRole("heading", { name: "Send a request", exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Health insurance: insurance\.pdf/ })).toBeChecked();

  // The request form with the keyboard: each control is reached with Tab and filled by typing,
  // with twelve days in the next window the form lists.
  const stay = await pickStay(page, 12);
  const typed = (date: string) => `${date.slice(5, 7)}${date.slice(8, 10)}${date.slice(0, 4)}`;
  await page.getByLabel("First day").focus();
  // Typing the digits walks Chromium's month/day/year segments; Tab on until the next field.
  await page.keyboard.type(typed(stay.start));
  const tabTo = async (label: string | RegExp) => {
    const target = page.getByLabel(label);
    for (let i = 0; i < 8 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(target).toBeFocused();
  };
  await tabTo("Last day");
  await page.keyboard.type(typed(stay.end));
  await tabTo("Motivation");
  await page.keyboard.type("I plan carbon-ion treatments for skull-base chordoma and want to see CNAO's workflow.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(/Which tumour sites/)).toBeFocused();
  await page.keyboard.type("Skull base and head and neck.");
  // The file itself comes from the operating system's picker, which is not part of the page.
  // A file too large or not a PDF is refused before anything is sent, the typing kept.
  // The CV is new: uploaded from the form into the wallet (the type the wallet lacks is preselected).
  await page.getByText("Upload a new document (it is kept in your documents)").click();
  await expect(page.getByLabel("Type of document")).toHaveValue("CV");
  const cv = page.getByLabel("File (PDF, JPEG or PNG)");
  await cv.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024, 0x25) });
  await expect(page.getByText("The file is larger than 5 MB.")).toBeVisible();
  await expect(cv).toHaveJSProperty("value", "");
  await cv.setInputFiles({ name: "cv.docx", mimeType: "application/msword", buffer: Buffer.from("not a pdf") });
  await expect(page.getByText("The file is not a PDF, JPEG or PNG. Please choose one of those.")).toBeVisible();
  await cv.setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByText("The file is not a PDF, JPEG or PNG. Please choose one of those.")).toBeHidden();
  await expect(page.getByLabel("Motivation")).toHaveValue(/carbon-ion treatments/);
  await cv.focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send the request" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Your request has been sent.")).toBeVisible();
  await expect(page.getByText(shownDate(stay.start)).first()).toBeVisible();

  // Followed in /requests.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await expect(page.getByRole("link", { name: /Carbon-ion radiotherapy observership/ })).toBeVisible();
  await expect(page.getByText("Submitted").first()).toBeVisible();
  await checkPage(page, "requests");
});
