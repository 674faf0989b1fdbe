/** The response clock: due and reminder instants, pausing in INFO_REQUESTED, units. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clockFromRow,
  computeClock,
  DAY_MS,
  pauseClock,
  responseTimeMs,
  resumeClock,
  startClock,
} from "~/requests/clock";

const H = 3_600_000;
const submittedAt = new Date("2027-03-01T10:00:00.000Z");
const at = (iso: string) => new Date(iso);

describe("computeClock", () => {
  it("is due 21 × 24 h after submission and reminds at half", () => {
    const c = computeClock({ submittedAt, responseTimeDays: 21, pausedMs: 0, pausedAt: null }, submittedAt);
    expect(c.dueAt.toISOString()).toBe("2027-03-22T10:00:00.000Z");
    expect(c.reminderAt.toISOString()).toBe("2027-03-11T22:00:00.000Z"); // 10.5 days
    expect(c).toMatchObject({ paused: false, expired: false, reminderDue: false, remainingMs: 21 * DAY_MS });
  });

  it("expires at dueAt exactly, not a millisecond before", () => {
    const input = { submittedAt, responseTimeDays: 2, pausedMs: 0, pausedAt: null };
    expect(computeClock(input, at("2027-03-03T09:59:59.999Z")).expired).toBe(false);
    expect(computeClock(input, at("2027-03-03T10:00:00.000Z")).expired).toBe(true);
    expect(computeClock(input, at("2027-03-02T09:59:59.999Z")).reminderDue).toBe(false);
    expect(computeClock(input, at("2027-03-02T10:00:00.000Z")).reminderDue).toBe(true);
  });

  it("moves dueAt and the reminder forward by the finished pauses", () => {
    const c = computeClock({ submittedAt, responseTimeDays: 2, pausedMs: 5 * H, pausedAt: null }, submittedAt);
    expect(c.dueAt.toISOString()).toBe("2027-03-03T15:00:00.000Z");
    expect(c.reminderAt.toISOString()).toBe("2027-03-02T15:00:00.000Z");
  });

  it("never expires while paused; the projection slides with time", () => {
    const input = { submittedAt, responseTimeDays: 2, pausedMs: 0, pausedAt: at("2027-03-02T10:00:00.000Z") };
    const later = computeClock(input, at("2027-03-20T10:00:00.000Z"));
    expect(later).toMatchObject({ paused: true, expired: false, reminderDue: false, remainingMs: DAY_MS });
    expect(later.dueAt.toISOString()).toBe("2027-03-21T10:00:00.000Z");
  });

  it("does not expire while paused even when the pause began after the due instant", () => {
    // The coordinator asked for information after dueAt, before the expiry job ran.
    const input = { submittedAt, responseTimeDays: 2, pausedMs: 0, pausedAt: at("2027-03-04T10:00:00.000Z") };
    expect(computeClock(input, at("2027-03-05T10:00:00.000Z"))).toMatchObject({
      paused: true,
      expired: false,
      reminderDue: false,
    });
    expect(computeClock({ ...input, pausedAt: null }, at("2027-03-05T10:00:00.000Z"))).toMatchObject({
      expired: true,
      reminderDue: true,
    });
  });

  it("counts days as 24 h, across the daylight-saving change in Europe/Rome (28 March 2027)", () => {
    const c = computeClock(
      { submittedAt: at("2027-03-27T12:00:00.000Z"), responseTimeDays: 1, pausedMs: 0, pausedAt: null },
      submittedAt,
    );
    expect(c.dueAt.toISOString()).toBe("2027-03-28T12:00:00.000Z");
  });

  it("refuses nonsense with RangeError", () => {
    expect(() => responseTimeMs(0)).toThrow(RangeError);
    expect(() => responseTimeMs(Number.NaN)).toThrow(RangeError);
    expect(() =>
      computeClock({ submittedAt, responseTimeDays: 21, pausedMs: -1, pausedAt: null }, submittedAt),
    ).toThrow(RangeError);
    expect(() =>
      computeClock({ submittedAt: new Date("nope"), responseTimeDays: 21, pausedMs: 0, pausedAt: null }, submittedAt),
    ).toThrow(RangeError);
    expect(() => startClock(submittedAt, -3)).toThrow(RangeError);
  });
});

describe("stored clock: start, pause, resume", () => {
  it("pausing in INFO_REQUESTED moves dueAt forward by exactly the paused time", () => {
    const started = startClock(submittedAt, 21);
    expect(started).toEqual({ dueAt: at("2027-03-22T10:00:00.000Z"), pausedAt: null });
    const paused = pauseClock(started, at("2027-03-05T08:30:00.000Z"));
    expect(paused).toEqual({ dueAt: started.dueAt, pausedAt: at("2027-03-05T08:30:00.000Z") });
    // Pausing again keeps the first pause start.
    expect(pauseClock(paused, at("2027-03-06T00:00:00.000Z"))).toEqual(paused);
    const resumed = resumeClock(paused, at("2027-03-08T11:45:00.123Z"));
    const pausedFor = at("2027-03-08T11:45:00.123Z").getTime() - at("2027-03-05T08:30:00.000Z").getTime();
    expect(resumed).toEqual({ dueAt: new Date(started.dueAt.getTime() + pausedFor), pausedAt: null });
    // Resuming a running clock changes nothing; a resume "before" the pause (skew) adds 0.
    expect(resumeClock(resumed, at("2027-04-01T00:00:00.000Z"))).toEqual(resumed);
    expect(resumeClock(paused, at("2027-03-01T00:00:00.000Z")).dueAt).toEqual(started.dueAt);
  });

  it("clockFromRow reads the stored columns: paused rows never expire, reminder at half", () => {
    const row = { dueAt: at("2027-03-22T10:00:00.000Z"), pausedAt: null };
    const c = clockFromRow(row, 21, at("2027-03-11T22:00:00.000Z"));
    expect(c).toMatchObject({ reminderDue: true, expired: false, paused: false });
    expect(clockFromRow(row, 21, at("2027-03-22T10:00:00.000Z")).expired).toBe(true);
    const paused = clockFromRow(
      { ...row, pausedAt: at("2027-03-21T10:00:00.000Z") },
      21,
      at("2027-05-01T00:00:00.000Z"),
    );
    expect(paused).toMatchObject({ paused: true, expired: false, remainingMs: DAY_MS });
  });

  it("property: after any pauses, dueAt = start + response time + total paused, and both views agree", () => {
    const pauseArb = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 30 * DAY_MS }), fc.integer({ min: 0, max: 30 * DAY_MS })),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        pauseArb,
        fc.integer({ min: 0, max: 90 * DAY_MS }),
        (days, pauses, probe) => {
          let stored = startClock(submittedAt, days);
          let t = submittedAt.getTime();
          let total = 0;
          for (const [gap, length] of pauses) {
            t += gap;
            stored = pauseClock(stored, new Date(t));
            t += length;
            stored = resumeClock(stored, new Date(t));
            total += length;
          }
          expect(stored.dueAt.getTime()).toBe(submittedAt.getTime() + days * DAY_MS + total);
          const now = new Date(submittedAt.getTime() + probe);
          const fromRow = clockFromRow(stored, days, now);
          const explicit = computeClock({ submittedAt, responseTimeDays: days, pausedMs: total, pausedAt: null }, now);
          expect(fromRow).toEqual(explicit);
          expect(explicit.dueAt.getTime() - explicit.reminderAt.getTime()).toBe((days * DAY_MS) / 2);
        },
      ),
    );
  });
});
