/** A visitor browses the public catalogue, in English and Italian, on desktop and phone. */
import { checkPage, expect, test } from "./helpers";

test("a visitor finds CNAO's carbon-ion observership from the home page", async ({ page }) => {
  await page.goto("/");
  // The journeys' server sends mail (RESEND_API_KEY, to the stand-in): the demo banner says so,
  // rather than that mail is only kept in the demo mailbox.
  const banner = page.getByRole("note", { name: "Demonstration" });
  await expect(banner).toContainText("E-mail is really sent, and a copy of each is kept in the demo mailbox.");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lombardy");
  await checkPage(page, "home");

  await page.getByRole("link", { name: "Centres" }).first().click();
  await expect(page).toHaveURL(/\/centres$/);
  await page.getByLabel("City").selectOption("Pavia");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/city=Pavia/);
  await checkPage(page, "centres");

  await page.getByRole("link", { name: /CNAO/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CNAO");
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await checkPage(page, "centre-cnao");

  await page.getByRole("link", { name: /carbon-ion radiotherapy observership/i }).click();
  await expect(page.getByText("Example opportunity").first()).toBeVisible();
  await checkPage(page, "opportunity");
});

test("the opportunities list filters without JavaScript-only controls and paginates", async ({ page }) => {
  await page.goto("/opportunities");
  await page.getByLabel("Type").selectOption("SIMULATION_PROGRAMME");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/type=SIMULATION_PROGRAMME/);
  await expect(page.getByRole("status")).toContainText("opportunit");
  await checkPage(page, "opportunities");
  // Impossible filters are field errors on the same page; the form and the other filters stay.
  await page.goto("/opportunities?type=HOLIDAY&from=2027-05-01&to=2027-04-01&centre=cnao");
  await expect(page.getByRole("alert")).toContainText("Some filters could not be used");
  await expect(page.getByLabel("Available until")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Centre")).toHaveValue("cnao");
  await checkPage(page);
  // A NUL byte in the address: the refusal page stays on screen (it is not hydrated into
  // the route the address would otherwise match).
  const refused = await page.goto("/opportunities?q=%00");
  expect(refused?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("That request was not understood");
  await expect(page.getByText("characters Ponte cannot read")).toBeVisible();
  await checkPage(page);
});

test("the footer switches the site to Italian and back", async ({ page }) => {
  await page.goto("/centres");
  await page.getByLabel("Language").selectOption("it");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centri");
  await checkPage(page);
  await page.getByLabel("Lingua").selectOption("en");
  await page.getByRole("button", { name: "Cambia" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centres");
});

test("keyboard users can skip to the content and see where focus is", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});
