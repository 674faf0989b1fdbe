/**
 * The response clock of a request, pure (no I/O, never reads the system clock).
 *
 * Rule (docs/architecture.md, "Requests: an explicit state machine"; Centre.responseTimeDays):
 * a centre has `responseTimeDays` (default 21) of *running* time to decide a request.
 * The clock starts at `submittedAt`, is paused while the request is INFO_REQUESTED (the
 * centre is waiting for the applicant) and resumes on the answer, so the due instant moves
 * forward by exactly the time spent paused. A reminder goes out once, when half of the
 * response time is left (`dueAt − responseTime / 2`; with no pause, halfway from submission).
 *
 * Units: instants are `Date`s (UTC, millisecond precision, as the `timestamptz(3)` columns);
 * durations are milliseconds; one day is exactly 24 h (`DAY_MS`), not a calendar day, so the
 * clock is the same whatever the time zone or daylight-saving changes.
 *
 * Two equivalent views:
 * - `computeClock` takes the total paused time explicitly (the shape);
 * - `startClock` / `pauseClock` / `resumeClock` / `clockFromRow` work on the stored columns
 *   `Request.dueAt` (already moved forward by every finished pause) and `Request.pausedAt`.
 */

/** One clock day: 24 h in milliseconds. */
export const DAY_MS = 86_400_000;

/** Response time when the centre sets none (Centre.responseTimeDays default). */
export const DEFAULT_RESPONSE_TIME_DAYS = 21;

/** Where the clock stands at one instant. */
export interface ClockState {
  /** When the clock runs out. While paused, this is the projection if it resumed at `now`. */
  dueAt: Date;
  /** When the reminder is due: half of the response time before `dueAt`. */
  reminderAt: Date;
  /** True while the request is INFO_REQUESTED. */
  paused: boolean;
  /** `!paused && now >= dueAt`: the request may expire. */
  expired: boolean;
  /** `!paused && now >= reminderAt`: the (single) reminder may go out. */
  reminderDue: boolean;
  /** Running time left, `dueAt − now` in ms (negative once overdue; constant while paused). */
  remainingMs: number;
}

/** Inputs of `computeClock`. */
export interface ClockInput {
  submittedAt: Date;
  /** Whole or fractional days of 24 h, > 0. */
  responseTimeDays: number;
  /** Total length of the finished pauses, ms, >= 0. */
  pausedMs: number;
  /** Start of the current pause, or null when the clock runs. */
  pausedAt: Date | null;
}

/** The clock columns stored on `Request`. */
export interface StoredClock {
  /** Due instant, already moved forward by every finished pause. */
  dueAt: Date;
  /** Start of the current pause (INFO_REQUESTED), or null. */
  pausedAt: Date | null;
}

function ms(value: Date, name: string): number {
  const t = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(t)) throw new RangeError(`${name} is not a valid Date`);
  return t;
}

/**
 * The response time in ms (`days × DAY_MS`).
 * @throws RangeError unless `days` is a finite number > 0.
 */
export function responseTimeMs(days: number): number {
  if (typeof days !== "number" || !Number.isFinite(days) || days <= 0) {
    throw new RangeError(`responseTimeDays must be a number > 0, got ${String(days)}`);
  }
  return days * DAY_MS;
}

function state(dueAtMs: number, responseMs: number, pausedAtMs: number | null, nowMs: number): ClockState {
  // While paused the due instant slides with time: project it as if the clock resumed now.
  const due = pausedAtMs === null ? dueAtMs : dueAtMs + Math.max(0, nowMs - pausedAtMs);
  const reminder = due - responseMs / 2;
  const paused = pausedAtMs !== null;
  return {
    dueAt: new Date(due),
    reminderAt: new Date(reminder),
    paused,
    expired: !paused && nowMs >= due,
    reminderDue: !paused && nowMs >= reminder,
    remainingMs: due - nowMs,
  };
}

/**
 * The clock at `now` from explicit inputs: `dueAt = submittedAt + responseTime + pausedMs
 * (+ now − pausedAt while paused)`, `reminderAt = dueAt − responseTime / 2`.
 * @throws RangeError on an invalid Date, `responseTimeDays <= 0` or `pausedMs < 0`.
 */
export function computeClock(input: ClockInput, now: Date): ClockState {
  const responseMs = responseTimeMs(input.responseTimeDays);
  if (typeof input.pausedMs !== "number" || !Number.isFinite(input.pausedMs) || input.pausedMs < 0) {
    throw new RangeError(`pausedMs must be a number >= 0, got ${String(input.pausedMs)}`);
  }
  const submitted = ms(input.submittedAt, "submittedAt");
  const pausedAt = input.pausedAt === null ? null : ms(input.pausedAt, "pausedAt");
  return state(submitted + responseMs + input.pausedMs, responseMs, pausedAt, ms(now, "now"));
}

/**
 * The stored clock of a new request: `dueAt = submittedAt + responseTimeDays × 24 h`, running.
 * @throws RangeError as `computeClock`.
 */
export function startClock(submittedAt: Date, responseTimeDays: number): StoredClock {
  return { dueAt: new Date(ms(submittedAt, "submittedAt") + responseTimeMs(responseTimeDays)), pausedAt: null };
}

/**
 * Pauses the stored clock at `now` (entering INFO_REQUESTED). Already paused: unchanged
 * (the earlier pause start is kept).
 * @throws RangeError on an invalid Date.
 */
export function pauseClock(clock: StoredClock, now: Date): StoredClock {
  ms(now, "now");
  if (clock.pausedAt !== null) return { dueAt: clock.dueAt, pausedAt: clock.pausedAt };
  return { dueAt: clock.dueAt, pausedAt: now };
}

/**
 * Resumes the stored clock at `now` (leaving INFO_REQUESTED): `dueAt` moves forward by
 * exactly `now − pausedAt` (0 if `now` is earlier, e.g. clock skew). Not paused: unchanged.
 * @throws RangeError on an invalid Date.
 */
export function resumeClock(clock: StoredClock, now: Date): StoredClock {
  const nowMs = ms(now, "now");
  if (clock.pausedAt === null) return { dueAt: clock.dueAt, pausedAt: null };
  const paused = Math.max(0, nowMs - ms(clock.pausedAt, "pausedAt"));
  return { dueAt: new Date(ms(clock.dueAt, "dueAt") + paused), pausedAt: null };
}

/**
 * The clock at `now` from the stored columns and the centre's response time (which only
 * places the reminder; `dueAt` is the stored one, so changing a centre's response time
 * does not move requests already submitted).
 * @throws RangeError on an invalid Date or `responseTimeDays <= 0`.
 */
export function clockFromRow(clock: StoredClock, responseTimeDays: number, now: Date): ClockState {
  const pausedAt = clock.pausedAt === null ? null : ms(clock.pausedAt, "pausedAt");
  return state(ms(clock.dueAt, "dueAt"), responseTimeMs(responseTimeDays), pausedAt, ms(now, "now"));
}
