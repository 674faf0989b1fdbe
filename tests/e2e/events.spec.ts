/**
 * The events journey of issue 18 in a real browser, on the seeded demo accounts: CNAO's
 * coordinator creates a one-place course on carbon-ion radiotherapy and publishes it; the
 * demo applicant finds it among the "Events for you" on /matches, with the reason, registers
 * and gets the confirmation with a calendar file; a second person (the IEO coordinator)
 * lands on the waiting list; the applicant cancels, and the second person is promoted and
 * told by e-mail. Mail is read from the Resend stand-in.
 */
import {
  addDaysIso,
  checkPage,
  expect,
  logIn,
  logOut,
  test,
  waitForEmail,
} from "./helpers";

const APPLICANT = "applicant@ponte.example";
const COORDINATOR = "coordinator.cnao@ponte.example";
const SECOND = "coordinator.ieo@ponte.example";
const TITLE = "Carbon-ion treatment planning: a one-day course";

test("a coordinator publishes a course; the applicant finds it suggested, registers, cancels; the waiting list moves up", async ({
  page,
}) => {
  test.slow();
  // Three weeks from today, 09:00–17:00 Italian time.
  const day = addDaysIso(new Date().toISOString().slice(0, 10), 21);

  // CNAO's coordinator creates the course and publishes it.
  await logIn(page, COORDINATOR);
  await page.goto("/coordinator/centres/cnao");
  await page.getByRole("link", { name: "New event" }).click();
  await expect(page.getByRole("heading", { name: "New event" })).toBeVisible();
  await page.getByLabel("Kind of event").selectOption("COURSE");
  await page.getByLabel("Title in English").fill(TITLE);
  await page
    .getByLabel("Title in Italian")
    .fill("Pianificazione dei trattamenti con ioni carbonio: corso di un giorno");
  await page
    .getByLabel("Description in English")
    .fill("Planning carbon-ion treatments for skull-base tumours, with CNAO's physicists.");
  await page
    .getByLabel("Description in Italian")
    .fill("La pianificazione dei trattamenti con ioni carbonio per i tumori della base cranica.");
  await page.getByLabel("Topics").selectOption(["carbon-ion-radiotherapy"]);
  await page.getByLabel("First day").fill(day);
  await page.getByLabel("Start time").fill("09:00");
  await page.getByLabel("Last day").fill(day);
  await page.getByLabel("End time").fill("17:00");
  await page.getByLabel("Venue").fill("CNAO, lecture hall");
  await page.getByLabel("Address").fill("Via Erminio Borloni 1");
  await page.getByLabel("City").fill("Pavia");
  await page.getByLabel("Languages spoken").selectOption(["en"]);
  await page.getByLabel("Places").fill("1");
  await page.getByLabel("Fee", { exact: true }).selectOption("FREE");
  await checkPage(page, "event-new");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("The event was saved as a draft.")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("The event is published.")).toBeVisible();
  await logOut(page);

  // The applicant finds it among the events suggested on /matches, with the reason.
  await logIn(page, APPLICANT);
  await page.goto("/matches");
  const suggested = page.getByRole("region", { name: "Events for you" });
  const item = suggested.getByRole("listitem").filter({ hasText: TITLE });
  await expect(item).toContainText("Carbon-ion");
  await checkPage(page, "matches-events");
  await item.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(page.getByText("1 of 1 places left")).toBeVisible();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("You are registered. A confirmation with a calendar file is on its way.")).toBeVisible();
  await checkPage(page, "event-registered");
  const eventUrl = page.url().split("?")[0];
  const confirmation = await waitForEmail(APPLICANT, new RegExp(`You are registered: ${TITLE}`));
  const ics = (confirmation.attachments ?? []).find((a) => /\.ics$/.test(a.filename));
  expect(ics, "the confirmation carries the event as .ics").toBeTruthy();
  const calendar = Buffer.from(ics!.content, "base64").toString("utf8");
  expect(calendar).toContain(`DTSTART;TZID=Europe/Rome:${day.replaceAll("-", "")}T090000`);
  await logOut(page);

  // The course is full: a second person joins the waiting list.
  await logIn(page, SECOND);
  await page.goto(eventUrl);
  await expect(page.getByText("Full: you can join the waiting list.")).toBeVisible();
  await page.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(page.getByText("You are on the waiting list (number 1).")).toBeVisible();
  await logOut(page);

  // The applicant cancels; the place goes to the first on the waiting list, who is told.
  await logIn(page, APPLICANT);
  await page.goto(eventUrl);
  await page.getByRole("button", { name: "Cancel my registration" }).click();
  await expect(page.getByText("Your registration is cancelled.")).toBeVisible();
  await waitForEmail(SECOND, new RegExp(`A place became free: you are registered for ${TITLE}`));
  await logOut(page);
  await logIn(page, SECOND);
  await page.goto(eventUrl);
  await expect(page.getByText("You are registered.", { exact: true })).toBeVisible();
});
