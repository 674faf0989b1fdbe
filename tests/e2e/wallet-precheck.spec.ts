/**
 * Issue 16's "Done when" in one browser journey: the document wallet filled once serves
 * two requests to two centres, and the eligibility pre-check shows what is missing before
 * the form, each gap with the link that fixes it. CNAO and IEO adopt their example proton
 * and carbon-ion observerships, both asking for a CV and proof of health insurance (an
 * example cannot be requested). A new applicant with a complete profile opens CNAO's: the
 * pre-check lists the missing health insurance and CV; its links lead to the wallet with the
 * type chosen, and back to the request form, where the item is gone; the request goes with
 * the wallet's documents ticked. IEO's opportunity then lists nothing missing, and its
 * request goes without uploading anything; both requests list the same documents as sent.
 */
import { type Page } from "@playwright/test";
import {
  adoptCnaoObservership,
  adoptExample,
  checkPage,
  expect,
  NEW_PASSWORD,
  pickStay,
  saveApplicantProfile,
  signUpApplicant,
  test,
} from "./helpers";

const IEO_COORDINATOR = "coordinator.ieo@ponte.example";
const CNAO_TITLE = "Carbon-ion radiotherapy observership";
const IEO_TITLE = "Proton therapy observership at the IEO Proton Center";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** IEO's coordinator adopts the proton observership, asking for a CV and health insurance. */
async function adoptIeoProtonObservership(page: Page) {
  await adoptExample(page, {
    coordinator: IEO_COORDINATOR,
    centreSlug: "ieo",
    title: IEO_TITLE,
    facts: {
      documents: ["CV", "Proof of health insurance"],
      visaLetter: "yes",
      workingHours: "Monday to Friday, 8:30–17:00",
      contactName: "Dr Paolo Russo",
      contactEmail: "protons@ieo.example",
    },
  });
}

test("an applicant fills the wallet once from the pre-check's links and sends two requests to two centres without uploading again", async ({
  page,
}) => {
  // Two adoptions, a sign-up and two requests: triple the budget.
  test.slow();
  const email = `dr.wallet.${Date.now().toString(36)}@example.org`;
  const password = NEW_PASSWORD;
  await adoptCnaoObservership(page);
  await adoptIeoProtonObservership(page);

  // Every upload into the wallet is a POST to /profile/documents: counted for the whole journey.
  const walletUploads: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname.startsWith("/profile/documents"))
      walletUploads.push(r.url());
  });

  // A new applicant signs up, confirms the address from the real mail, completes the profile.
  await signUpApplicant(page, "Dr Amara Okafor", email, password);
  await saveApplicantProfile(page, { profession: "PHYSICIAN", careerStage: "EARLY_CAREER" });

  // Opportunity A (CNAO): the pre-check lists the missing documents, each with its link.
  await page.goto("/centres/cnao");
  await page.getByRole("link", { name: CNAO_TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CNAO_TITLE);
  const precheck = page.getByRole("region", { name: "Before you send a request" });
  const missing = (type: string) =>
    precheck.getByRole("listitem").filter({ hasText: `Your document wallet has no ${type},` });
  await expect(missing("Health insurance")).toBeVisible();
  await expect(missing("CV")).toBeVisible();
  await expect(precheck.getByRole("listitem")).toHaveCount(2);
  await checkPage(page, "precheck-opportunity");

  // The link leads to the wallet with health insurance chosen; back to the request form after.
  await missing("Health insurance").getByRole("link", { name: "Add it to your wallet" }).click();
  await expect(page).toHaveURL(/\/profile\/documents\?type=HEALTH_INSURANCE&back=/);
  const add = page.getByRole("region", { name: "Add a document" });
  await expect(add.getByLabel("Type of document")).toHaveValue("HEALTH_INSURANCE");
  await checkPage(page, "precheck-wallet");
  await add
    .getByLabel("File (PDF, JPEG or PNG)")
    .setInputFiles({ name: "insurance.pdf", mimeType: "application/pdf", buffer: PDF });
  await add.getByRole("button", { name: "Add the document" }).click();
  await expect(page.getByText("The document was added.")).toBeVisible();
  await page.getByRole("link", { name: "Back to your request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send a request" })).toBeVisible();
  await expect(page).toHaveURL(/\/requests\/new\?opportunity=/);

  // At the top of the form the insurance item is gone; the CV's link fixes the rest the same way.
  await expect(missing("CV")).toBeVisible();
  await expect(missing("Health insurance")).toHaveCount(0);
  await checkPage(page, "precheck-request-form");
  await missing("CV").getByRole("link", { name: "Add it to your wallet" }).click();
  await expect(add.getByLabel("Type of document")).toHaveValue("CV");
  await add
    .getByLabel("File (PDF, JPEG or PNG)")
    .setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
  await add.getByRole("button", { name: "Add the document" }).click();
  await expect(page.getByText("The document was added.")).toBeVisible();
  await page.getByRole("link", { name: "Back to your request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send a request" })).toBeVisible();
  await expect(precheck).toHaveCount(0);

  // Request A goes with the wallet's documents, ticked because CNAO asks for them.
  await expect(page.getByRole("checkbox", { name: /^CV: cv\.pdf/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Health insurance: insurance\.pdf/ })).toBeChecked();
  const stayA = await pickStay(page, 12);
  await page.getByLabel("First day").fill(stayA.start);
  await page.getByLabel("Last day").fill(stayA.end);
  await page.getByLabel("Motivation").fill("I treat skull-base tumours and want to learn carbon-ion planning at CNAO.");
  await page.getByLabel(/Which tumour sites/).fill("Skull base; head and neck.");
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByText("Your request has been sent.")).toBeVisible();
  const requestA = page.url().split("?")[0]!;
  expect(walletUploads).toHaveLength(2);

  // Opportunity B (IEO, another centre): nothing is missing any more.
  await page.goto("/centres/ieo");
  await page.getByRole("link", { name: IEO_TITLE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(IEO_TITLE);
  await expect(page.getByText("You meet this opportunity's conditions: you can send a request.")).toBeVisible();
  await expect(precheck).toHaveCount(0);
  await checkPage(page, "precheck-ready");
  await page.getByRole("link", { name: "Request this opportunity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send a request" })).toBeVisible();
  await expect(precheck).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: /^CV: cv\.pdf/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^Health insurance: insurance\.pdf/ })).toBeChecked();
  const stayB = await pickStay(page, 10);
  await page.getByLabel("First day").fill(stayB.start);
  await page.getByLabel("Last day").fill(stayB.end);
  await page.getByLabel("Motivation").fill("I want to compare IEO's proton workflow with carbon-ion planning.");
  await page.getByLabel(/What proton or photon techniques/).fill("VMAT and pencil-beam scanning.");
  // The form as it is sent: the two wallet documents chosen, no file picked in it.
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Send the request" }) });
  const sending = await form.evaluate((f: HTMLFormElement) => {
    const data = new FormData(f);
    return {
      documents: data.getAll("documents").length,
      files: [...data.values()].filter((v) => v instanceof File && v.size > 0).length,
    };
  });
  expect(sending).toEqual({ documents: 2, files: 0 });
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByText("Your request has been sent.")).toBeVisible();
  expect(walletUploads).toHaveLength(2);
  const requestB = page.url().split("?")[0]!;

  // Both requests in /requests, each with the same wallet documents listed as sent.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Requests" }).click();
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.getByRole("link", { name: new RegExp(CNAO_TITLE) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(IEO_TITLE) })).toBeVisible();
  for (const url of [requestA, requestB]) {
    await page.goto(url);
    const sentList = page.locator("ul.sent-documents");
    await expect(sentList.getByRole("listitem")).toHaveCount(2);
    await expect(sentList.getByRole("listitem").filter({ hasText: "CV:" }).getByRole("link")).toHaveText("cv.pdf");
    await expect(sentList.getByRole("listitem").filter({ hasText: "Health insurance:" }).getByRole("link")).toHaveText(
      "insurance.pdf",
    );
  }
  expect(requestA).not.toBe(requestB);
});
