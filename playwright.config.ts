/**
 * Browser tests: Playwright driving Debian's Chromium (/usr/bin/chromium; no browser is
 * downloaded). Run through `npm run test:e2e` (tests/e2e/run.ts), which starts the
 * production build on a fresh database with the Resend stand-in and sets BASE_URL.
 */
import { defineConfig, devices } from "@playwright/test";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Budgets, not waits: every step waits for the page's state. The longest journey
  // (requests.spec.ts, two people and a dozen forms) took 2.9 min on a machine whose two
  // cores carried a load average of 12 to 17 from other work (70 s on a quiet one); six
  // minutes leaves room, and a journey that hangs still fails.
  timeout: 360_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: process.env.BASE_URL ?? "http://localhost:3000",
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } },
  ],
});
