/**
 * Account journeys in a real browser, reading real outgoing mail from the Resend stand-in:
 * sign-up → verification link → log out → log in; forgotten password → reset → log in;
 * an admin invites a coordinator who accepts and lands in an empty inbox.
 */
import { type Page } from "@playwright/test";
import { checkPage, expect, linkIn, test, waitForEmail } from "./helpers";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function logIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "E-mail address" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You are logged out." })).toBeVisible();
}

test("a new applicant signs up with the keyboard, confirms the address from the mail, logs out and in", async ({
  page,
}) => {
  const email = `ana.${unique()}@example.org`;
  await page.goto("/signup");
  await checkPage(page, "signup");
  // Keyboard only: focus the first field, type, Tab between fields, Enter to submit.
  await page.getByLabel("Name").focus();
  await page.keyboard.type("Ana Sousa");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("E-mail address")).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.keyboard.type("lagoon-velvet-orbit-42");
  // The privacy notice must be accepted: without the box the form stays, with its error.
  await page.keyboard.press("Enter");
  await expect(page.getByText("Please accept the privacy notice to create an account.")).toBeVisible();
  await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: /I have read the privacy notice/ })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "privacy notice" }).first()).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Create account" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  const mail = await waitForEmail(email, /Confirm your e-mail address/);
  expect(mail.text ?? "").not.toMatch(/<[a-z]/i);
  await page.goto(linkIn(mail, /\/verify-email\?token=/));
  await expect(page.getByText("your e-mail address is confirmed")).toBeVisible();
  await checkPage(page);

  // Signing up signed the applicant in; log out and back in.
  await logOut(page);
  await logIn(page, email, "lagoon-velvet-orbit-42");
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
});

test("a forgotten password is reset from the mail and the new one works once the old one stops", async ({ page }) => {
  const email = `bo.${unique()}@example.org`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Bo Lindqvist");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("harbour-lantern-quiet-7");
  await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  // Someone who forgot their password is not signed in.
  await page.context().clearCookies();

  await page.goto("/forgot-password");
  await checkPage(page, "forgot-password");
  await page.getByLabel("E-mail address").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText("If an account uses this address")).toBeVisible();

  const mail = await waitForEmail(email, /Reset your Ponte password/);
  await page.goto(linkIn(mail, /\/reset-password\?token=/));
  await checkPage(page);
  await page.getByRole("textbox", { name: "New password" }).fill("meadow-copper-signal-9");
  await page.getByRole("button", { name: "Save the new password" }).click();
  // The reset signs this browser in and says so; wait for that answer before going on, so
  // the next navigation cannot cut the form's request short on a busy machine.
  await expect(page.getByText("Your new password is saved and every other device was signed out.")).toBeVisible();
  await logOut(page);

  await logIn(page, email, "harbour-lantern-quiet-7");
  await expect(page.getByText("The e-mail address or the password is not correct.")).toBeVisible();
  await logIn(page, email, "meadow-copper-signal-9");
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
});

test("an admin invites a coordinator, who accepts and lands in an empty inbox", async ({ page, newVisitor }) => {
  const email = `coord.${unique()}@example.org`;
  await logIn(page, "admin@ponte.example", "ponte-demo-2026");
  await expect(page).toHaveURL(/\/admin/);
  await checkPage(page, "admin");
  const invite = page.locator("form").filter({ has: page.getByRole("button", { name: "Send the invitation" }) });
  await invite.getByRole("textbox", { name: "E-mail address" }).fill(email);
  await invite.getByLabel("Centre").selectOption({ label: "IRCCS Fondazione Mondino" });
  await invite.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("The invitation is on its way.")).toBeVisible();

  const mail = await waitForEmail(email, /You are invited to coordinate/);
  const invitee = await newVisitor();
  await invitee.goto(linkIn(mail, /\/invitations\/accept\?token=/));
  await checkPage(invitee);
  await invitee.getByRole("textbox", { name: "Name" }).fill("Chiara Rossi");
  await invitee.getByRole("textbox", { name: "Password" }).fill("orchid-granite-ferry-3");
  await invitee.getByRole("checkbox", { name: /privacy notice/ }).check();
  await invitee.getByRole("button", { name: "Create my coordinator account" }).click();
  await expect(invitee).toHaveURL(/\/inbox/);
  await expect(invitee.getByText("The invitation is accepted: requests to your centre arrive here.")).toBeVisible();
  await expect(invitee.getByRole("heading", { level: 1 })).toBeVisible();
  await checkPage(invitee, "inbox-empty");
});
