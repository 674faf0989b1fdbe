/**
 * Issue 17 on a phone (375 px) in a real browser: for every role (visitor, applicant,
 * coordinator, admin) the site header is one row, the brand and a "Menu" button (a
 * <details>, so it works without JavaScript), which opens the navigation; the coordinator's
 * inbox is a list of cards with no horizontal scrolling, and its bulk menu appears only once
 * a request is ticked. Every state passes axe and the 375 px check (checkPage); screenshots
 * are saved for people to look at.
 */
import type { Page } from "@playwright/test";
import { adoptCnaoObservership, checkPage, expect, logIn, logOut, sendDemoRequestToCnao, test } from "./helpers";

const PHONE = { width: 375, height: 812 };

/** Logs in at desktop width (the phone checks resize afterwards). */
async function logInWide(page: Page, email: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await logIn(page, email);
}

/** At 375 px: the header is one row with the Menu button; the menu opens and shows `link`. */
async function expectCompactHeader(page: Page, link: string) {
  await page.setViewportSize(PHONE);
  const header = page.locator(".header-row");
  const toggle = page.locator("summary.nav-toggle");
  await expect(toggle).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link })).toBeHidden();
  const box = await header.boundingBox();
  expect(box!.height, "the header is one row at 375 px").toBeLessThan(80);
  await toggle.click();
  await expect(page.locator("details.nav-menu")).toHaveAttribute("open", "");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link })).toBeVisible();
}

for (const [role, email, link] of [
  ["visitor", null, "Opportunities"],
  ["applicant", "applicant@ponte.example", "Requests"],
  ["coordinator", "coordinator.cnao@ponte.example", "Inbox"],
  ["admin", "admin@ponte.example", "Admin"],
] as const) {
  test(`the ${role}'s header is one row and a menu at 375 px`, async ({ page }) => {
    if (email) await logInWide(page, email);
    else await page.goto("/");
    await expectCompactHeader(page, link);
    await checkPage(page, `phone-header-${role}`);
  });
}

test("the header menu works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto("/");
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Opportunities" });
  await expect(link).toBeHidden();
  await page.locator("summary.nav-toggle").click();
  await expect(link).toBeVisible();
  await context.close();
});

test("the inbox on a phone: cards, no sideways scrolling, the bulk menu once a request is ticked", async ({ page }) => {
  // A request in CNAO's inbox first: the demo applicant sends one (the cards are checked with a row).
  test.slow();
  await adoptCnaoObservership(page);
  await logInWide(page, "applicant@ponte.example");
  const id = await sendDemoRequestToCnao(page, 20); // referees.spec takes the last ten days
  await logOut(page);
  await logInWide(page, "coordinator.cnao@ponte.example");
  await page.goto("/inbox?state=all");
  await page.setViewportSize(PHONE);
  const row = page.locator(".inbox-list tbody tr").filter({ has: page.locator(`a[href="/inbox/${id}"]`) });
  await expect(row).toHaveCSS("display", "block");
  const menu = page.getByRole("group", { name: "With the selected requests" });
  await expect(menu).toBeHidden();
  await row.getByRole("checkbox").check();
  await expect(menu).toBeVisible();
  await expect(menu.getByText("1 request selected.")).toBeVisible();
  await menu.getByRole("combobox", { name: "Action" }).selectOption("bulk-decline");
  await expect(menu.getByRole("textbox", { name: /Reason/ })).toBeVisible();
  await expect(menu.getByRole("combobox", { name: /Colleague/ })).toHaveCount(0);
  await checkPage(page, "phone-inbox");
});
