/**
 * The pure date and calendar unit tests alone: no database, no global setup. Used by
 * tests/unit/platform/time-zones.test.ts to run them in child processes under other TZ.
 */
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(__dirname, "../..");

export const PURE_DATE_TESTS = [
  "tests/unit/platform/calendar.test.ts",
  "tests/unit/platform/date-format.test.ts",
  "tests/unit/requests/clock.test.ts",
];

export default defineConfig({
  root,
  resolve: { alias: { "~": path.join(root, "app") } },
  test: { include: PURE_DATE_TESTS, pool: "forks", maxWorkers: 1, reporters: ["default"] },
});
