/**
 * The test clock helper (tests/factories/example-dates.ts) must move every seeded example,
 * including one the previous test file in the same worker left adopted: the database is reset
 * before each test, not after the last one, so a file can start with an example still adopted.
 * Skipping it left its windows from another day, and a request-form test failed depending on
 * which file ran before it in its worker.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/platform/db.server";
import { adoptSeeded } from "../../factories/requests";
import { onDay, withWrittenExampleDatesFromToday } from "../../factories/example-dates";

// Registered before the helper's own beforeAll, as a previous file's last test would leave it.
beforeAll(() => adoptSeeded("cnao-carbon-ion-observership"));
withWrittenExampleDatesFromToday();

describe("withWrittenExampleDatesFromToday", () => {
  it("moves an adopted seeded opportunity's windows too", async () => {
    const windows = await prisma.opportunityWindow.findMany({
      where: { opportunity: { seedKey: "cnao-carbon-ion-observership" } },
      orderBy: { startDate: "asc" },
    });
    const days = windows.map((w) => [w.startDate.toISOString().slice(0, 10), w.endDate.toISOString().slice(0, 10)]);
    expect(days[0]).toEqual([onDay("2027-01-11"), onDay("2027-05-28")]);
  });
});
