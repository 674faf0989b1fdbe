/**
 * Shared checks for the browser journeys: accessibility (axe, serious and critical
 * violations fail), no horizontal scrolling at 375 px, screenshots for people to look at,
 * and the mail the app sent (read from the Resend stand-in).
 *
 * Every spec imports `test` from here, not from Playwright: its `page` (and every page that
 * `newVisitor` opens) is audited on its own. After each navigation of the main frame (a new
 * document, an error page, or a client-side route change), the page is checked once it has
 * settled, at a safe point: just before the next browser action (click, fill, press, goto…)
 * and when the test ends, so the check never races with the test's own steps. Each state
 * (URL, language and the shape of the DOM) is checked once.
 */
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export { expect };

export const SCREENSHOT_DIR = path.resolve("screenshots");

/** Runs axe on the page; fails on serious or critical violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page, context = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(report, `axe violations on ${context}`).toEqual([]);
}

/** At 375 px wide, the page must not scroll horizontally; the message names what sticks out. */
export async function expectNoHorizontalScroll(page: Page) {
  const previous = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  const { overflow, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${[...el.classList].map((c) => `.${c}`).join("")}`;
    // The innermost elements whose right edge passes the viewport's.
    const wide = [...document.body.querySelectorAll("*")].filter(
      (el) => el.getBoundingClientRect().right > width + 0.5,
    );
    const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
    return {
      overflow: document.documentElement.scrollWidth - width,
      culprits: innermost.slice(0, 5).map((el) => `${describe(el.parentElement ?? el)} > ${describe(el)}`),
    };
  });
  if (previous) await page.setViewportSize(previous);
  expect(overflow, `horizontal overflow at 375 px on ${page.url()}: ${culprits.join(", ")}`).toBeLessThanOrEqual(0);
}

/** Saves full-page screenshots at desktop (1280 px) and phone (375 px) width. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const previous = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-phone.png`), fullPage: true });
  if (previous) await page.setViewportSize(previous);
}

/** The state a check is about: URL, language and a hash of the DOM's shape (no text). */
function stateKey(page: Page): Promise<string> {
  return page.evaluate(() => {
    let hash = 0x811c9dc5;
    const feed = (text: string) => {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    };
    for (const el of document.querySelectorAll("body *")) {
      feed(`${el.tagName}|${el.getAttribute("class") ?? ""}|${el.getAttribute("role") ?? ""}|`);
      for (const a of el.attributes)
        if (a.name.startsWith("aria-") || a.name === "hidden" || a.name === "disabled") feed(`${a.name}=${a.value};`);
    }
    return `${location.href} [lang=${document.documentElement.lang}] #${hash.toString(16)}`;
  });
}

/** The audit of one page: remembers navigations, checks each new state once. */
export class PageAudit {
  private navigated = false;
  private checked = new Set<string>();
  private busy = false;
  /** URLs of the states checked so far, in order (for the test-of-the-audit and debugging). */
  readonly log: string[] = [];

  constructor(readonly page: Page) {
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) this.navigated = true;
    });
  }

  /** Checks the page as it is now if it navigated since the last check. */
  async flush() {
    if (!this.navigated || this.busy || this.page.isClosed()) return;
    await this.check();
  }

  /** Checks the page as it is now (axe, 375 px) unless this very state was checked already. */
  async check() {
    if (this.busy) return;
    this.busy = true;
    try {
      this.navigated = false;
      await this.settle();
      const key = await stateKey(this.page);
      if (this.checked.has(key)) return;
      this.checked.add(key);
      this.log.push(this.page.url());
      await expectAccessible(this.page);
      await expectNoHorizontalScroll(this.page);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Waits for the document to load, for React to hydrate a Remix page (app/root.tsx marks
   * `<html data-hydrated>`: an action before that would type into fields React then
   * resets, as seen on a busy machine), and for Remix to finish any navigation or fetch.
   * Pages that are not Remix's (the audit's own fixtures) need only the load.
   */
  private async settle() {
    await this.page.waitForLoadState("load");
    await this.page.waitForFunction(() => {
      const remixPage = "__remixContext" in window;
      if (remixPage && document.documentElement.dataset.hydrated !== "true") return false;
      const router = (
        window as {
          __remixRouter?: { state: { navigation: { state: string }; fetchers: Map<string, { state: string }> } };
        }
      ).__remixRouter;
      if (!router) return true;
      return (
        router.state.navigation.state === "idle" && [...router.state.fetchers.values()].every((f) => f.state === "idle")
      );
    });
  }
}

const audits = new WeakMap<Page, PageAudit>();
const owners = new WeakMap<object, Page>();

/**
 * Browser actions get the audit of their page run first. Playwright has no public hook before
 * an action, so the action methods of Page, Locator, Keyboard and Mouse are wrapped once, on
 * their prototypes; pages without an audit are not affected.
 */
function wrapActions(page: Page) {
  const marker = Symbol.for("ponte.e2e.audit-wrapped");
  const wrap = (target: object, names: string[], pageOf: (self: object) => Page | undefined) => {
    const proto = Object.getPrototypeOf(target) as Record<string | symbol, unknown>;
    if (proto[marker]) return;
    proto[marker] = true;
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== "function") continue;
      proto[name] = async function (this: object, ...args: unknown[]) {
        const owner = pageOf(this);
        const audit = owner ? audits.get(owner) : undefined;
        if (audit) await audit.flush();
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  };
  const pageActions = [
    "goto",
    "reload",
    "goBack",
    "goForward",
    "click",
    "dblclick",
    "fill",
    "press",
    "type",
    "check",
    "uncheck",
    "selectOption",
    "setInputFiles",
    "focus",
    "tap",
    "hover",
    "dispatchEvent",
    "dragAndDrop",
  ];
  const locatorActions = [
    ...pageActions.filter((n) => !["goto", "reload", "goBack", "goForward", "dragAndDrop"].includes(n)),
    "pressSequentially",
    "setChecked",
    "clear",
    "blur",
    "dragTo",
    "selectText",
  ];
  wrap(page, pageActions, (self) => self as Page);
  wrap(page.locator("body"), locatorActions, (self) => (self as ReturnType<Page["locator"]>).page());
  wrap(page.keyboard, ["press", "type", "insertText", "down"], (self) => owners.get(self));
  wrap(page.mouse, ["click", "dblclick", "down", "wheel"], (self) => owners.get(self));
}

/** Starts auditing `page` (idempotent). */
export function auditPage(page: Page): PageAudit {
  let audit = audits.get(page);
  if (!audit) {
    wrapActions(page);
    owners.set(page.keyboard, page);
    owners.set(page.mouse, page);
    audit = new PageAudit(page);
    audits.set(page, audit);
  }
  return audit;
}

/** Every check a visited page gets: axe and 375 px (once per state), and optionally a screenshot. */
export async function checkPage(page: Page, name?: string) {
  await auditPage(page).check();
  if (name) await screenshot(page, name);
}

async function closeAudited(context: BrowserContext, failed: boolean) {
  for (const p of context.pages()) if (!failed && audits.has(p)) await audits.get(p)!.flush();
  await context.close();
}

/**
 * `test` with audited pages: `page`, and `newVisitor()` for another person in a browser
 * context of their own (closed, after its last check, when the test ends).
 */
export const test = base.extend<{ newVisitor: () => Promise<Page> }>({
  page: async ({ page }, provide, testInfo) => {
    const audit = auditPage(page);
    await provide(page);
    if (testInfo.status === "passed" && !page.isClosed()) await audit.flush();
    testInfo.annotations.push({ type: "audited", description: audit.log.join("\n") });
    if (process.env.E2E_AUDIT_LOG) console.log(`audited ${audit.log.length} states:\n  ${audit.log.join("\n  ")}`);
  },
  newVisitor: async ({ browser }: { browser: Browser }, provide, testInfo) => {
    const contexts: BrowserContext[] = [];
    await provide(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      auditPage(page);
      return page;
    });
    for (const c of contexts) await closeAudited(c, testInfo.status !== "passed");
  },
});

export interface StandInEmail {
  id: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  attachments?: { filename: string; content: string; content_type?: string }[];
}

/** Mails the app has sent so far through the Resend stand-in. */
export async function sentEmails(): Promise<StandInEmail[]> {
  const res = await fetch(`${process.env.STAND_IN_URL}/_stand-in/emails`);
  return ((await res.json()) as { data: StandInEmail[] }).data;
}

/** Waits until a mail to `to` whose subject matches arrives; returns the newest. */
export async function waitForEmail(to: string, subject: RegExp, timeoutMs = 20_000): Promise<StandInEmail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = (await sentEmails()).filter((m) => m.to.includes(to) && subject.test(m.subject)).at(-1);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail to ${to} matching ${subject} within ${timeoutMs} ms`);
}

/** The first link in a mail's text or HTML whose URL matches `pattern`. */
export function linkIn(mail: StandInEmail, pattern: RegExp): string {
  const text = `${mail.text ?? ""}\n${mail.html ?? ""}`;
  const url = [...text.matchAll(/https?:\/\/[^\s"'<>]+/g)]
    .map((m) => m[0].replace(/&amp;/g, "&"))
    .find((u) => pattern.test(u));
  if (!url) throw new Error(`no link matching ${pattern} in mail "${mail.subject}"`);
  return url;
}

/** Today's UTC date `YYYY-MM-DD` in the test runner (under faketime, the same moved day as the server's). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (UTC), `YYYY-MM-DD`. */
export function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` as the page shows it in British English: "1 Mar 2027". */
export function shownDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** The seeded demo accounts' password (README "Demo accounts"). */
export const DEMO_PASSWORD = "ponte-demo-2026";

/** Logs in through /login and waits for the signed-in header (its "Log out" button). */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByRole("textbox", { name: "E-mail address" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
}

/** Logs out from the header and waits for the signed-out header. */
export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
}

/**
 * Picks dates on the request form the way a person would, never a fixed calendar day: reads
 * the windows the form lists and takes the first stay of `days` days (inclusive) that starts
 * at least `leadDays` from today and fits in one window. The journeys run on a fresh
 * database, so the first such window has a free seat. @returns the inclusive stay.
 */
export async function pickStay(page: Page, days = 12, leadDays = 14): Promise<{ start: string; end: string }> {
  const earliest = addDaysIso(todayIso(), leadDays);
  const items = page.locator("ul.hint li");
  await expect(items.first()).toBeVisible();
  const windows = await items.evaluateAll((lis) =>
    lis.map((li) => [...li.querySelectorAll("time")].map((t) => t.getAttribute("datetime") ?? "")),
  );
  for (const [start, end] of windows.sort((a, b) => a[0]!.localeCompare(b[0]!))) {
    const from = start! > earliest ? start! : earliest;
    const to = addDaysIso(from, days - 1);
    if (to <= end!) return { start: from, end: to };
  }
  throw new Error(`No window on the form fits ${days} days from ${earliest}: ${JSON.stringify(windows)}`);
}

/** The practical facts a coordinator fills in to adopt an example opportunity (decision 0026). */
export interface ExampleFacts {
  /** Labels of the documents asked for, as the checkboxes say them ("CV", "Proof of health insurance"). */
  documents: string[];
  visaLetter: "yes" | "no";
  workingHours: string;
  contactName: string;
  contactEmail: string;
}

/**
 * `coordinator` adopts the seeded example `title` of centre `centreSlug` as the centre's real
 * programme (decision 0026): the practical facts filled in, the confirmation ticked, and the
 * filled form checked and shot as `screenshotName` when one is given. An example
 * cannot be requested, so journeys that request one run this first; nothing happens when an
 * earlier journey adopted it already. Leaves the browser signed out.
 */
export async function adoptExample(
  page: Page,
  {
    coordinator,
    centreSlug,
    title,
    facts,
    screenshotName,
  }: {
    coordinator: string;
    centreSlug: string;
    title: string;
    facts: ExampleFacts;
    screenshotName?: string;
  },
) {
  await logIn(page, coordinator);
  await page.goto(`/coordinator/centres/${centreSlug}`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "Details" })).toBeVisible();
  const adopt = page.getByRole("button", { name: "Adopt as our programme" });
  if (await adopt.isVisible()) {
    await expect(page.getByRole("heading", { name: "This is an example" })).toBeVisible();
    await page.getByLabel("Fee (required to publish)").selectOption("FREE");
    await page.getByLabel("What a visitor may do (required to publish)").selectOption("OBSERVATION_ONLY");
    for (const name of facts.documents) await page.getByRole("checkbox", { name, exact: true }).check();
    await page.getByLabel("Invitation letter for the visa (required to publish)").selectOption(facts.visaLetter);
    await page.getByLabel("Working hours (English)").fill(facts.workingHours);
    await page.getByLabel("Name (required to publish)").fill(facts.contactName);
    await page.getByLabel("E-mail address (required to publish)").fill(facts.contactEmail);
    if (screenshotName) await checkPage(page, screenshotName);
    await page.getByRole("checkbox", { name: /I confirm that these facts are our centre's/ }).check();
    await adopt.click();
    await expect(page.getByText("The example is now your centre's programme")).toBeVisible();
  }
  await logOut(page);
}

/**
 * CNAO's coordinator adopts the seeded carbon-ion observership (`adoptExample`), asking for a
 * CV and proof of health insurance. Leaves the browser signed out.
 */
export async function adoptCnaoObservership(page: Page) {
  await adoptExample(page, {
    coordinator: "coordinator.cnao@ponte.example",
    centreSlug: "cnao",
    title: "Carbon-ion radiotherapy observership",
    facts: {
      documents: ["CV", "Proof of health insurance"],
      visaLetter: "yes",
      workingHours: "Monday to Friday, 8:00–16:00",
      contactName: "Dr Chiara Conti",
      contactEmail: "international@cnao.example",
    },
    screenshotName: "coordinator-adopt-example",
  });
}

/** The password the journeys give the accounts they create. */
export const NEW_PASSWORD = "quartz-meadow-lantern-8";

/**
 * A new applicant signs up through /signup (privacy notice accepted) and confirms the address
 * from the real mail. Leaves the browser signed in, on the confirmation page.
 */
export async function signUpApplicant(page: Page, name: string, email: string, password = NEW_PASSWORD) {
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("textbox", { name: "E-mail address" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(linkIn(await waitForEmail(email, /Confirm your e-mail address/), /\/verify-email\?token=/));
  await expect(page.getByText("your e-mail address is confirmed")).toBeVisible();
}

/**
 * Fills the signed-in applicant's /profile and saves it: profession and career stage (the
 * options' values), the home centre in Lombardy (an option's text, e.g. "Niguarda") when
 * given, English at C1 as language 1, and when given a topic found through the search box
 * (`search` typed, the first suggestion taken, `name` the chosen topic's group) and a period
 * free from 7 to 190 days from today (never fixed calendar days).
 */
export async function saveApplicantProfile(
  page: Page,
  p: {
    profession: string;
    careerStage: string;
    homeCentre?: string;
    topic?: { search: string; name: RegExp };
  },
) {
  await page.goto("/profile");
  await page.getByLabel("Profession").selectOption(p.profession);
  await page.getByLabel("Career stage").selectOption(p.careerStage);
  if (p.homeCentre) {
    const homeCentre = page.getByLabel("Your centre in Lombardy (optional)");
    const value = await homeCentre.locator("option", { hasText: p.homeCentre }).getAttribute("value");
    await homeCentre.selectOption(value!);
  }
  if ((await page.getByLabel("Language 1", { exact: true }).count()) === 0) {
    await page.getByRole("button", { name: "Add a language" }).click();
  }
  await page.getByLabel("Language 1", { exact: true }).selectOption("en");
  await page.getByLabel("Level of language 1").selectOption("C1");
  if (p.topic) {
    const combobox = page.getByRole("combobox", { name: "Add a topic" });
    await combobox.fill(p.topic.search);
    await expect(page.getByRole("listbox", { name: "Matching topics" }).getByRole("option").first()).toBeVisible();
    await combobox.press("ArrowDown");
    await combobox.press("Enter");
    await expect(page.getByRole("group", { name: p.topic.name })).toBeVisible();
    if ((await page.getByLabel("From (period 1)").count()) === 0) {
      await page.getByRole("button", { name: "Add a period" }).click();
    }
    await page.getByLabel("From (period 1)").fill(addDaysIso(todayIso(), 7));
    await page.getByLabel("Until (period 1)").fill(addDaysIso(todayIso(), 190));
  }
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
}

/**
 * Adds a document to the signed-in applicant's wallet through /profile/documents (issue 16):
 * `type` is the label of the controlled list's option, e.g. "CV" or "Health insurance".
 */
export async function addWalletDocument(page: Page, type: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/profile/documents");
  const add = page.getByRole("region", { name: "Add a document" });
  await add.getByLabel("Type of document").selectOption({ label: type });
  await add.getByLabel("File (PDF, JPEG or PNG)").setInputFiles(file);
  await add.getByRole("button", { name: "Add the document" }).click();
  await expect(page.getByText("The document was added.")).toBeVisible();
}

/**
 * Ten days (inclusive) ending `back` days before the end of the last window the request form
 * lists, away from the other journeys' stays (requests.spec picks the first window's).
 */
export async function lateStay(page: Page, back = 0): Promise<{ start: string; end: string }> {
  const items = page.locator("ul.hint li");
  await expect(items.first()).toBeVisible();
  const windows = await items.evaluateAll((lis) =>
    lis.map((li) => [...li.querySelectorAll("time")].map((t) => t.getAttribute("datetime") ?? "")),
  );
  const earliest = addDaysIso(todayIso(), 14);
  const fit = windows
    .filter(([start, end]) => addDaysIso(end!, -9 - back) >= earliest && addDaysIso(end!, -9 - back) >= start!)
    .sort((a, b) => b[1]!.localeCompare(a[1]!))[0];
  if (!fit) throw new Error(`no window fits ten days ${back} days before its end: ${JSON.stringify(windows)}`);
  const start = addDaysIso(fit[1]!, -9 - back);
  return { start, end: addDaysIso(start, 9) };
}

const DEMO_PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/**
 * The demo applicant (signed in already) completes the profile, keeps a CV and an insurance
 * scan in the wallet (once per server) and sends CNAO's adopted carbon-ion observership a
 * request for `lateStay(page, back)`: journeys sharing the server pass different `back`s,
 * as the demo applicant's requests for one opportunity may not overlap. Run
 * `adoptCnaoObservership` first. Leaves the browser on the
 * sent request's page, signed in. @returns the request's id.
 */
export async function sendDemoRequestToCnao(page: Page, back = 0): Promise<string> {
  await page.goto("/profile");
  await page.getByLabel("Profession").selectOption("PHYSICIAN");
  await page.getByLabel("Career stage").selectOption("EARLY_CAREER");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await page.goto("/profile/documents");
  if (!(await page.getByText("cv.pdf").first().isVisible())) {
    await addWalletDocument(page, "CV", { name: "cv.pdf", mimeType: "application/pdf", buffer: DEMO_PDF });
    await addWalletDocument(page, "Health insurance", { name: "insurance.pdf", mimeType: "application/pdf", buffer: DEMO_PDF });
  }
  await page.goto("/centres/cnao");
  await page.getByRole("link", { name: /carbon-ion radiotherapy observership/i }).click();
  await page.getByRole("link", { name: "Request this opportunity" }).click();
  const stay = await lateStay(page, back);
  await page.getByLabel("First day").fill(stay.start);
  await page.getByLabel("Last day").fill(stay.end);
  await page.getByLabel("Motivation").fill("I would like to learn carbon-ion treatment planning.");
  await page.getByLabel(/Which tumour sites/).fill("Head and neck.");
  await page.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByText("Your request has been sent.")).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}
