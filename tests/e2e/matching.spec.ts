/**
 * The demo applicant (a radiation oncologist from Portugal, no Italian) in a real browser:
 * their matches with reasons, "not interested" and back, and the profile form's topic
 * combobox with the keyboard. Every page passes axe and fits 375 px.
 */
import { type Page } from "@playwright/test";
import { checkPage, expect, test } from "./helpers";

async function logInAsDemoApplicant(page: Page) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "E-mail address" }).fill("applicant@ponte.example");
  await page.getByRole("textbox", { name: "Password" }).fill("ponte-demo-2026");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("link", { name: "Matches" })).toBeVisible();
}

test("the demo applicant's matches start with CNAO's carbon-ion observership, say why, and can be hidden and shown again", async ({
  page,
}) => {
  await logInAsDemoApplicant(page);
  await page.getByRole("link", { name: "Matches" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your matches");
  const cards = page.locator("li.match-card");
  const first = cards.first();
  await expect(first.getByRole("heading", { level: 2 })).toContainText("Carbon-ion radiotherapy observership");
  await expect(first).toContainText("Carbon Ion Radiotherapy is one of your core interests");
  await expect(first).toContainText("Earliest stay with a free seat");
  // Still an example (no journey adopted it yet): it says so and links to CNAO's real programmes.
  await expect(first.getByRole("link", { name: /Request this/ })).toHaveCount(0);
  await expect(first).toContainText("Examples cannot be requested.");
  await expect(first.getByRole("link", { name: "See this centre's real programmes" })).toHaveAttribute(
    "href",
    "/opportunities?centre=cnao&real=1",
  );
  await expect(page.getByText(/Needs Italian|need Italian/)).toHaveCount(0);
  await checkPage(page, "matches");

  await first.getByRole("button", { name: /Not interested/ }).click();
  await expect(cards.first().getByRole("heading", { level: 2 })).not.toContainText(
    "Carbon-ion radiotherapy observership",
  );
  const hidden = page.getByRole("region", { name: /not interested in/ });
  await expect(hidden).toContainText("Carbon-ion radiotherapy observership");
  await hidden.getByRole("button", { name: /Show again/ }).click();
  await expect(cards.first().getByRole("heading", { level: 2 })).toContainText("Carbon-ion radiotherapy observership");

  await first.getByRole("link", { name: "Carbon-ion radiotherapy observership", exact: true }).click();
  await expect(page.getByRole("heading", { name: "How this fits you" })).toBeVisible();
  await expect(page.getByText(/Your match #1 of/)).toBeVisible();
  await checkPage(page);
});

test("the profile form finds a topic in Italian with the keyboard and refuses a wrong ORCID iD", async ({ page }) => {
  await logInAsDemoApplicant(page);
  await page.goto("/profile");
  await checkPage(page, "profile");
  const combobox = page.getByRole("combobox", { name: "Add a topic" });
  await combobox.fill("adroterapia");
  await expect(page.getByRole("listbox", { name: "Matching topics" }).getByRole("option").first()).toBeVisible();
  await combobox.press("ArrowDown");
  await expect(combobox).toHaveAttribute("aria-activedescendant", /.+/);
  await combobox.press("Enter");
  const chip = page.getByRole("group", { name: "Hadron therapy (Radiotherapy)", exact: true });
  await expect(chip).toBeVisible();
  await expect(chip.getByRole("radio", { name: "Core interest" })).toBeChecked();
  await chip.getByRole("button", { name: "Remove Hadron therapy" }).click();
  await expect(chip).toHaveCount(0);

  const orcid = page.getByLabel("ORCID iD (optional)");
  await orcid.fill("0000-0002-1825-0098");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("This is not a valid ORCID iD")).toBeVisible();
  await expect(orcid).toHaveAttribute("aria-invalid", "true");
  await orcid.fill("0000-0002-1825-0097");

  // While the save is on its way (held here), its button is disabled and says so.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/profile(\.data)?(\?.*)?$/, async (route) => {
    if (route.request().method() === "POST") await held;
    await route.continue();
  });
  await page.getByRole("button", { name: "Save profile" }).click();
  const saving = page.getByRole("button", { name: "Saving…" });
  await expect(saving).toBeDisabled();
  // Really disabled, not only announced so: a second click cannot send it again.
  await expect(saving).toHaveJSProperty("disabled", true);
  await expect(page.getByRole("button", { name: "Save profile" })).toHaveCount(0);
  release();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save profile" })).toBeEnabled();
  await page.unrouteAll();
});
