/**
 * The month calendar of /events in a real browser (issue 18): from the list, "Show as a month
 * calendar" gives a table with a caption and Monday-first column headers; the next-month link
 * is followed until a month with an event (the seeded examples are within a year), and its
 * event opens; the Italian page names the weekdays in Italian. Every state passes axe and has
 * no horizontal scroll at 375 px (checkPage: the table becomes a list of days on phones).
 */
import { checkPage, expect, test } from "./helpers";

test("a visitor browses the events month by month, without JavaScript-only controls", async ({ page }) => {
  await page.goto("/events?kind=CONFERENCE");
  await page.getByRole("link", { name: "Show as a month calendar" }).click();
  await expect(page).toHaveURL(/view=month/);
  await expect(page).toHaveURL(/kind=CONFERENCE/);
  const table = page.getByRole("table", { name: /^Events in / });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader").first()).toHaveText("Mon");
  await expect(table.getByRole("columnheader").last()).toHaveText("Sun");
  await checkPage(page, "events-month");

  // The filters are kept; clearing the kind shows every event.
  await page.goto("/events?view=month");
  for (let i = 0; i < 13 && (await table.getByRole("link").count()) === 0; i += 1) {
    await page.getByRole("link", { name: / →$/ }).click();
    await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  }
  const first = table.getByRole("link").first();
  await expect(first).toBeVisible();
  await checkPage(page, "events-month-with-events");
  // On a phone the grid is a list of the days that have events, each with its full date.
  await page.setViewportSize({ width: 375, height: 812 });
  await expect(table.locator("td:not(.has-events)").first()).toBeHidden();
  await expect(table.locator("td.has-events .day-label").first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.goto("/events?view=month");
  await page.locator("#language-select").selectOption("it");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(
    page
      .getByRole("table", { name: /^Eventi di / })
      .getByRole("columnheader")
      .first(),
  ).toHaveText("lun");
  await checkPage(page);
});
