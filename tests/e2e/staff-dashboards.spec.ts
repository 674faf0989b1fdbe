/**
 * Issue 17 part 2 in a real browser: the coordinator's and the region's dashboards draw each
 * chart as an image the browser actually decodes (served by /<area>/dashboard.svg, decision
 * 0043: a broken SVG would load with no width), each with its table alternative, in English
 * and in Italian. Every state passes axe and the 375 px check (checkPage).
 *
 * It adopts CNAO's example observership to send a request, so it must run after
 * matching.spec.ts, which checks the example as an example (journeys share one server and
 * run in file-name order: hence "staff-").
 */
import type { Locator, Page } from "@playwright/test";
import { adoptCnaoObservership, checkPage, expect, logIn, logOut, sendDemoRequestToCnao, test } from "./helpers";

/** Every chart image on the page, waited for until the browser has decoded it (alt → width). */
async function expectChartsDrawn(page: Page): Promise<Record<string, number>> {
  const images = page.locator("img.chart-img");
  await expect(images.first()).toBeVisible();
  const widths = () =>
    images.evaluateAll((list) =>
      Object.fromEntries(
        (list as HTMLImageElement[]).map((img) => [img.alt, img.complete ? img.naturalWidth : -1] as const),
      ),
    );
  // -1: still loading; 0: loaded but not an image the browser could draw.
  await expect.poll(async () => Object.values(await widths()).every((w) => w >= 0)).toBe(true);
  const drawn = await widths();
  for (const [alt, width] of Object.entries(drawn)) expect(width, `the chart "${alt}" is drawn`).toBe(720);
  return drawn;
}

/** Opens the table alternative of the chart titled `title` and returns its table. */
async function tableOf(page: Page, summary: string | RegExp): Promise<Locator> {
  const details = page.locator("details.chart-table").filter({ has: page.getByText(summary) });
  await details.locator("summary").click();
  const table = details.getByRole("table");
  await expect(table).toBeVisible();
  return table;
}

async function switchLanguage(page: Page, from: "Language" | "Lingua", to: "it" | "en") {
  await page.getByLabel(from).selectOption(to);
  await page.getByRole("button", { name: from === "Language" ? "Change" : "Cambia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

test("the dashboards draw their charts as images with tables, in English and Italian", async ({ page }) => {
  // A request this month, so this month's column of the coordinator's chart is not empty.
  await adoptCnaoObservership(page);
  await logIn(page, "applicant@ponte.example");
  await sendDemoRequestToCnao(page, 10); // referees.spec takes the last ten days, phone.spec 20–29 before
  await logOut(page);

  await logIn(page, "coordinator.cnao@ponte.example");
  await page.goto("/coordinator/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard of my centres");
  const drawn = await expectChartsDrawn(page);
  expect(Object.keys(drawn).some((alt) => alt.startsWith("Requests per month by outcome."))).toBe(true);
  const months = await tableOf(page, "Table of the figures: Requests per month by outcome");
  const thisMonth = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(),
  );
  // At least the request just sent, awaiting a decision (third column after the month).
  const open = months
    .getByRole("row", { name: new RegExp(`^${thisMonth}`) })
    .getByRole("cell")
    .nth(2);
  expect(Number(await open.textContent())).toBeGreaterThanOrEqual(1);
  await checkPage(page, "coordinator-dashboard");

  await switchLanguage(page, "Language", "it");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cruscotto dei miei centri");
  const italian = await expectChartsDrawn(page);
  expect(Object.keys(italian).some((alt) => alt.startsWith("Richieste al mese per esito."))).toBe(true);
  await checkPage(page, "coordinator-dashboard-it");
  await switchLanguage(page, "Lingua", "en");
  await logOut(page);

  await logIn(page, "admin@ponte.example");
  await page.goto("/admin/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regional dashboard");
  await expectChartsDrawn(page);
  await checkPage(page, "admin-dashboard");
});
