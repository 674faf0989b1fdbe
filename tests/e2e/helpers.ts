/**
 * Shared checks for the browser journeys: accessibility (axe, serious and critical
 * violations fail), no horizontal scrolling at 375 px, screenshots for people to look at,
 * and the mail the app sent (read from the Resend stand-in).
 */
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const SCREENSHOT_DIR = path.resolve("screenshots");

/** Runs axe on the page; fails on serious or critical violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page, context = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  expect(report, `axe violations on ${context}`).toEqual([]);
}

/** At 375 px wide, the page must not scroll horizontally. */
export async function expectNoHorizontalScroll(page: Page) {
  const previous = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow at 375 px on ${page.url()}`).toBeLessThanOrEqual(0);
  if (previous) await page.setViewportSize(previous);
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

/** Every check a visited page gets: axe, 375 px, and optionally a screenshot. */
export async function checkPage(page: Page, name?: string) {
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  if (name) await screenshot(page, name);
}

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
  const url = [...text.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0].replace(/&amp;/g, "&")).find((u) => pattern.test(u));
  if (!url) throw new Error(`no link matching ${pattern} in mail "${mail.subject}"`);
  return url;
}
