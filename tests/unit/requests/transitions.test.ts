/**
 * The whole transition table: every state (and NEW) × every action × every actor, checked
 * against an expected table written here by hand, not derived from app/requests/transitions.ts.
 * Then the guards, the effects (notifications, clock, jobs), HTTP statuses, and a random-walk
 * property tying the clock and jobs to the states.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  ACTORS,
  availableActions,
  decide,
  httpStatus,
  movesFor,
  STATES,
  type Action,
  type Actor,
  type DecideContext,
  type From,
  type JobKind,
} from "~/requests/transitions";

// ─── The expected table, by hand ────────────────────────────────────────────

const COLUMNS = [
  "NEW",
  "SUBMITTED",
  "IN_REVIEW",
  "INFO_REQUESTED",
  "APPROVED",
  "DECLINED",
  "WITHDRAWN",
  "CANCELLED",
  "COMPLETED",
  "EXPIRED",
] as const;
const ABBR: Record<string, string> = {
  SUB: "SUBMITTED",
  REV: "IN_REVIEW",
  INF: "INFO_REQUESTED",
  APP: "APPROVED",
  DEC: "DECLINED",
  WDR: "WITHDRAWN",
  CAN: "CANCELLED",
  CMP: "COMPLETED",
  EXP: "EXPIRED",
};

// Cell: "." illegal from that state; an abbreviation: the target state; "!code": legal state
// but a guard always refuses there with that code (the clock is paused in INFO_REQUESTED).
// prettier-ignore
const GRID = `
               NEW  SUB  REV  INF  APP  DEC  WDR  CAN  CMP  EXP
submit         SUB  .    .    .    .    .    .    .    .    .
open           .    REV  .    .    .    .    .    .    .    .
assign         .    REV  REV  INF  .    .    .    .    .    .
request-info   .    .    INF  .    .    .    .    .    .    .
answer         .    .    .    REV  .    .    .    .    .    .
message        .    SUB  REV  INF  APP  .    .    .    .    .
note           .    SUB  REV  INF  APP  DEC  WDR  CAN  CMP  EXP
approve        .    APP  APP  .    .    .    .    .    .    .
decline        .    DEC  DEC  DEC  .    .    .    .    .    .
withdraw       .    WDR  WDR  WDR  WDR  .    .    .    .    .
cancel         .    .    .    .    CAN  .    .    .    .    .
complete       .    .    .    .    CMP  .    .    .    .    .
expire         .    EXP  EXP  !paused .  .    .    .    .    .
remind         .    SUB  REV  !paused .  .    .    .    .    .
`;

// Who may take each action (A applicant, C coordinator, S system); ADMIN acts as C.
const WHO: Record<string, string> = {
  submit: "A",
  open: "C",
  assign: "C",
  "request-info": "C",
  answer: "A",
  message: "AC",
  note: "C",
  approve: "C",
  decline: "C",
  withdraw: "A",
  cancel: "C",
  complete: "S",
  expire: "S",
  remind: "S",
};
const LETTER: Record<Actor, string> = { APPLICANT: "A", COORDINATOR: "C", ADMIN: "C", SYSTEM: "S" };

const expected = new Map<string, string>();
for (const line of GRID.trim().split("\n").slice(1)) {
  const [action, ...cells] = line.trim().split(/\s+/);
  expect(cells).toHaveLength(COLUMNS.length);
  cells.forEach((cell, i) => expected.set(`${action} ${COLUMNS[i]}`, cell));
}

// A context that satisfies every guard of the action (so only state and actor matter).
const NOW = new Date("2027-03-01T09:00:00.000Z");
const STAY = { start: "2027-04-01", end: "2027-04-10" };
function happy(action: Action): DecideContext {
  switch (action) {
    case "assign":
      return { assigneeId: "coordinator-1" };
    case "request-info":
    case "answer":
    case "message":
    case "note":
      return { body: "Could you send your vaccination record?" };
    case "approve":
      return { today: "2027-03-01", finalStay: STAY };
    case "decline":
      return { reason: "No seats in April." };
    case "withdraw":
      return { today: "2027-03-01", stay: STAY };
    case "cancel":
      return { today: "2027-03-01", stay: STAY, reason: "Ward closed." };
    case "complete":
      return { today: "2027-04-11", stay: STAY };
    case "expire":
      return {
        now: NOW,
        clock: { dueAt: new Date(NOW.getTime() - 1), reminderAt: new Date(NOW.getTime() - 2), paused: false },
      };
    case "remind":
      return {
        now: NOW,
        clock: { dueAt: new Date(NOW.getTime() + 1000), reminderAt: NOW, paused: false },
        reminderSentAt: null,
      };
    default:
      return {};
  }
}

describe("the transition table, every state × action × actor", () => {
  expect(ACTIONS).toHaveLength(Object.keys(WHO).length);
  expect([...STATES]).toEqual(COLUMNS.slice(1));
  const cases = COLUMNS.flatMap((from) =>
    ACTIONS.flatMap((action) => ACTORS.map((actor) => [from, action, actor] as const)),
  );
  expect(cases).toHaveLength(10 * 14 * 4);

  it.each(cases)("%s + %s by %s", (from, action, actor) => {
    const got = decide(from as From, action, actor, happy(action));
    const cell = expected.get(`${action} ${from}`)!;
    if (!WHO[action]!.includes(LETTER[actor])) {
      expect(got).toEqual({ ok: false, reason: "forbidden", code: "actor-not-allowed" });
    } else if (cell === ".") {
      expect(got).toEqual({ ok: false, reason: "illegal", code: "wrong-state" });
    } else if (cell.startsWith("!")) {
      expect(got).toEqual({ ok: false, reason: "guard", code: cell.slice(1) });
    } else {
      expect(got).toMatchObject({ ok: true, from, to: ABBR[cell] });
    }
  });

  it.each([["delete"], [""], ["APPROVE"], ["approve "], [undefined], [null]])(
    "an unknown action %j is refused as unknown (400)",
    (action) => {
      for (const from of COLUMNS) {
        for (const actor of ACTORS) {
          const got = decide(from as From, action as string, actor);
          expect(got).toEqual({ ok: false, reason: "unknown", code: "unknown-action" });
          expect(httpStatus(got)).toBe(400);
        }
      }
    },
  );

  it("offers the buttons of the table: availableActions", () => {
    expect(availableActions("APPROVED", "APPLICANT")).toEqual(["message", "withdraw"]);
    expect(availableActions("APPROVED", "COORDINATOR")).toEqual(["message", "note", "cancel"]);
    expect(availableActions("IN_REVIEW", "ADMIN")).toEqual([
      "assign",
      "request-info",
      "message",
      "note",
      "approve",
      "decline",
    ]);
    expect(availableActions("INFO_REQUESTED", "APPLICANT")).toEqual(["answer", "message", "withdraw"]);
    expect(availableActions("DECLINED", "APPLICANT")).toEqual([]);
    expect(availableActions("EXPIRED", "COORDINATOR")).toEqual(["note"]);
    expect(availableActions("SUBMITTED", "SYSTEM")).toEqual(["expire", "remind"]);
    expect(availableActions("NEW", "APPLICANT")).toEqual(["submit"]);
  });
});

describe("guards", () => {
  const approved = (today: string) => decide("APPROVED", "withdraw", "APPLICANT", { today, stay: STAY });

  it("withdraw of an APPROVED stay: allowed the day before the start, refused on and after it", () => {
    expect(approved("2027-03-31")).toMatchObject({ ok: true, to: "WITHDRAWN" });
    expect(approved("2027-04-01")).toEqual({ ok: false, reason: "guard", code: "started" });
    expect(approved("2027-04-05")).toEqual({ ok: false, reason: "guard", code: "started" });
    expect(approved("2027-05-01")).toEqual({ ok: false, reason: "guard", code: "started" });
    expect(httpStatus(approved("2027-04-01"))).toBe(409);
  });

  it("withdraw of an open request is allowed whatever the date", () => {
    for (const from of ["SUBMITTED", "IN_REVIEW", "INFO_REQUESTED"] as const) {
      expect(decide(from, "withdraw", "APPLICANT", { today: "2027-06-01", stay: STAY })).toMatchObject({
        ok: true,
        to: "WITHDRAWN",
      });
    }
  });

  it("complete only after the end date", () => {
    const at = (today: string) => decide("APPROVED", "complete", "SYSTEM", { today, stay: STAY });
    expect(at("2027-03-01")).toEqual({ ok: false, reason: "guard", code: "not-ended" });
    expect(at("2027-04-05")).toEqual({ ok: false, reason: "guard", code: "not-ended" });
    expect(at("2027-04-10")).toEqual({ ok: false, reason: "guard", code: "not-ended" });
    expect(at("2027-04-11")).toMatchObject({ ok: true, to: "COMPLETED" });
  });

  it("cancel needs a reason and is refused after the last day", () => {
    const at = (today: string, reason: string | null = "Ward closed.") =>
      decide("APPROVED", "cancel", "COORDINATOR", { today, stay: STAY, reason });
    expect(at("2027-04-10")).toMatchObject({ ok: true, to: "CANCELLED" });
    expect(at("2027-04-11")).toEqual({ ok: false, reason: "guard", code: "ended" });
    expect(at("2027-03-01", "   ")).toEqual({ ok: false, reason: "guard", code: "reason-required" });
    expect(at("2027-03-01", null)).toEqual({ ok: false, reason: "guard", code: "reason-required" });
    expect(httpStatus(at("2027-03-01", ""))).toBe(422);
  });

  it("expire only once due, and never while paused", () => {
    const clock = (dueAt: number, paused = false) => ({
      dueAt: new Date(dueAt),
      reminderAt: new Date(dueAt - 1e9),
      paused,
    });
    const t = NOW.getTime();
    expect(decide("IN_REVIEW", "expire", "SYSTEM", { now: NOW, clock: clock(t + 1) })).toEqual({
      ok: false,
      reason: "guard",
      code: "not-due",
    });
    expect(decide("IN_REVIEW", "expire", "SYSTEM", { now: NOW, clock: clock(t) })).toMatchObject({
      ok: true,
      to: "EXPIRED",
    });
    expect(decide("SUBMITTED", "expire", "SYSTEM", { now: NOW, clock: clock(t - 5) })).toMatchObject({
      ok: true,
      to: "EXPIRED",
    });
    expect(decide("IN_REVIEW", "expire", "SYSTEM", { now: NOW, clock: clock(t - 5, true) })).toEqual({
      ok: false,
      reason: "guard",
      code: "paused",
    });
    // INFO_REQUESTED is paused by definition, even if a caller passes a running clock.
    expect(decide("INFO_REQUESTED", "expire", "SYSTEM", { now: NOW, clock: clock(t - 5) })).toEqual({
      ok: false,
      reason: "guard",
      code: "paused",
    });
  });

  it("remind: once, at the reminder instant, not while paused", () => {
    const clock = (reminderAt: number, paused = false) => ({
      dueAt: new Date(reminderAt + 1e9),
      reminderAt: new Date(reminderAt),
      paused,
    });
    const t = NOW.getTime();
    expect(decide("SUBMITTED", "remind", "SYSTEM", { now: NOW, clock: clock(t + 1) })).toEqual({
      ok: false,
      reason: "guard",
      code: "not-due",
    });
    expect(decide("SUBMITTED", "remind", "SYSTEM", { now: NOW, clock: clock(t) })).toMatchObject({
      ok: true,
      to: "SUBMITTED",
    });
    expect(decide("IN_REVIEW", "remind", "SYSTEM", { now: NOW, clock: clock(t), reminderSentAt: NOW })).toEqual({
      ok: false,
      reason: "guard",
      code: "reminded",
    });
    expect(decide("IN_REVIEW", "remind", "SYSTEM", { now: NOW, clock: clock(t, true) })).toEqual({
      ok: false,
      reason: "guard",
      code: "paused",
    });
  });

  it("approve needs valid final dates that do not start before today", () => {
    const at = (finalStay: DecideContext["finalStay"]) =>
      decide("IN_REVIEW", "approve", "COORDINATOR", { today: "2027-03-01", finalStay });
    expect(at(undefined)).toEqual({ ok: false, reason: "guard", code: "dates-required" });
    expect(at({ start: "", end: "2027-03-05" })).toEqual({ ok: false, reason: "guard", code: "dates-required" });
    expect(at({ start: "2027-03-05", end: "2027-03-04" })).toEqual({
      ok: false,
      reason: "guard",
      code: "dates-invalid",
    });
    expect(at({ start: "2027-02-30", end: "2027-03-04" })).toEqual({
      ok: false,
      reason: "guard",
      code: "dates-invalid",
    });
    expect(at({ start: "2027-02-28", end: "2027-03-04" })).toEqual({ ok: false, reason: "guard", code: "dates-past" });
    expect(at({ start: "2027-03-01", end: "2027-03-01" })).toMatchObject({ ok: true, to: "APPROVED" });
    expect(httpStatus(at(undefined))).toBe(422);
  });

  it("decline needs a reason; messages need a body; assign needs an assignee", () => {
    expect(decide("SUBMITTED", "decline", "COORDINATOR", { reason: " \n" })).toEqual({
      ok: false,
      reason: "guard",
      code: "reason-required",
    });
    for (const action of ["request-info", "note"] as const) {
      expect(decide("IN_REVIEW", action, "COORDINATOR", { body: "" })).toEqual({
        ok: false,
        reason: "guard",
        code: "body-required",
      });
    }
    expect(decide("INFO_REQUESTED", "answer", "APPLICANT", {})).toEqual({
      ok: false,
      reason: "guard",
      code: "body-required",
    });
    expect(decide("APPROVED", "message", "APPLICANT", { body: "  " })).toEqual({
      ok: false,
      reason: "guard",
      code: "body-required",
    });
    expect(decide("SUBMITTED", "assign", "COORDINATOR", { assigneeId: "" })).toEqual({
      ok: false,
      reason: "guard",
      code: "assignee-required",
    });
  });

  it("throws when the code forgets a context value a guard needs", () => {
    expect(() => decide("APPROVED", "withdraw", "APPLICANT", { stay: STAY })).toThrow(TypeError);
    expect(() => decide("APPROVED", "complete", "SYSTEM", { today: "2027-05-01" })).toThrow(TypeError);
    expect(() => decide("IN_REVIEW", "expire", "SYSTEM", { now: NOW })).toThrow(TypeError);
    expect(() => decide("IN_REVIEW", "approve", "COORDINATOR", { finalStay: STAY })).toThrow(TypeError);
  });

  it("checks actor and state before guards", () => {
    // An applicant approving: forbidden, even with no context at all.
    expect(decide("IN_REVIEW", "approve", "APPLICANT")).toMatchObject({ reason: "forbidden" });
    // A coordinator approving a declined request: illegal before the missing dates.
    expect(decide("DECLINED", "approve", "COORDINATOR")).toMatchObject({ reason: "illegal" });
  });
});

describe("effects", () => {
  const kinds = (from: From, action: Action, actor: Actor) => {
    const d = decide(from, action, actor, happy(action));
    if (!d.ok) throw new Error(`${action} from ${from} refused: ${d.code}`);
    return d.effects.notify.map((n) => `${n.kind}>${n.to}${n.ics ? `+ics:${n.ics}` : ""}`);
  };

  it("lists the notifications each move triggers", () => {
    expect(kinds("NEW", "submit", "APPLICANT")).toEqual(["request-received>applicant", "request-new>coordinators"]);
    expect(kinds("SUBMITTED", "open", "COORDINATOR")).toEqual([]);
    expect(kinds("SUBMITTED", "assign", "ADMIN")).toEqual(["request-assigned>assignee"]);
    expect(kinds("IN_REVIEW", "request-info", "COORDINATOR")).toEqual(["request-info-requested>applicant"]);
    expect(kinds("INFO_REQUESTED", "answer", "APPLICANT")).toEqual(["request-answered>coordinators"]);
    expect(kinds("APPROVED", "message", "APPLICANT")).toEqual(["request-message>coordinators"]);
    expect(kinds("SUBMITTED", "message", "COORDINATOR")).toEqual(["request-message>applicant"]);
    expect(kinds("EXPIRED", "note", "COORDINATOR")).toEqual([]);
    expect(kinds("IN_REVIEW", "approve", "COORDINATOR")).toEqual(["request-approved>applicant+ics:request"]);
    expect(kinds("INFO_REQUESTED", "decline", "COORDINATOR")).toEqual(["request-declined>applicant"]);
    expect(kinds("IN_REVIEW", "withdraw", "APPLICANT")).toEqual(["request-withdrawn>coordinators"]);
    expect(kinds("APPROVED", "withdraw", "APPLICANT")).toEqual([
      "request-withdrawn>coordinators",
      "request-withdrawal-confirmed>applicant+ics:cancel",
    ]);
    expect(kinds("APPROVED", "cancel", "COORDINATOR")).toEqual(["request-cancelled>applicant+ics:cancel"]);
    expect(kinds("APPROVED", "complete", "SYSTEM")).toEqual([]);
    expect(kinds("SUBMITTED", "expire", "SYSTEM")).toEqual(["request-expired>applicant"]);
    expect(kinds("IN_REVIEW", "remind", "SYSTEM")).toEqual(["request-reminder>coordinators"]);
  });

  it("says which Message row a move writes", () => {
    const message = (from: From, action: Action, actor: Actor) => {
      const d = decide(from, action, actor, happy(action));
      return d.ok ? d.effects.message : `refused:${d.code}`;
    };
    expect(message("IN_REVIEW", "request-info", "COORDINATOR")).toBe("INFO_REQUEST");
    expect(message("INFO_REQUESTED", "answer", "APPLICANT")).toBe("ANSWER");
    expect(message("APPROVED", "message", "COORDINATOR")).toBe("MESSAGE");
    expect(message("COMPLETED", "note", "ADMIN")).toBe("NOTE");
    expect(message("IN_REVIEW", "approve", "COORDINATOR")).toBeNull();
  });

  it("pauses the clock on request-info, resumes it on answer, stops it on a decision", () => {
    const fx = (from: From, action: Action, actor: Actor) => {
      const d = decide(from, action, actor, happy(action));
      if (!d.ok) throw new Error(d.code);
      return { clock: d.effects.clock, schedule: d.effects.schedule, unschedule: d.effects.unschedule };
    };
    expect(fx("NEW", "submit", "APPLICANT")).toEqual({
      clock: "start",
      schedule: ["remind", "expire"],
      unschedule: [],
    });
    expect(fx("IN_REVIEW", "request-info", "COORDINATOR")).toEqual({
      clock: "pause",
      schedule: [],
      unschedule: ["remind", "expire"],
    });
    expect(fx("INFO_REQUESTED", "answer", "APPLICANT")).toEqual({
      clock: "resume",
      schedule: ["remind", "expire"],
      unschedule: [],
    });
    expect(fx("INFO_REQUESTED", "decline", "COORDINATOR")).toEqual({
      clock: "stop",
      schedule: [],
      unschedule: ["remind", "expire"],
    });
    expect(fx("IN_REVIEW", "approve", "COORDINATOR")).toEqual({
      clock: "stop",
      schedule: ["complete"],
      unschedule: ["remind", "expire"],
    });
    expect(fx("APPROVED", "withdraw", "APPLICANT")).toEqual({ clock: null, schedule: [], unschedule: ["complete"] });
    expect(fx("APPROVED", "cancel", "COORDINATOR")).toEqual({ clock: null, schedule: [], unschedule: ["complete"] });
    expect(fx("APPROVED", "complete", "SYSTEM")).toEqual({ clock: null, schedule: [], unschedule: [] });
    expect(fx("SUBMITTED", "expire", "SYSTEM")).toEqual({ clock: "stop", schedule: [], unschedule: ["remind"] });
    expect(fx("SUBMITTED", "open", "COORDINATOR")).toEqual({ clock: null, schedule: [], unschedule: [] });
    expect(fx("IN_REVIEW", "remind", "SYSTEM")).toEqual({ clock: null, schedule: [], unschedule: [] });
  });
});

describe("httpStatus", () => {
  it("maps every outcome to its status", () => {
    expect(httpStatus({ ok: true })).toBe(200);
    expect(httpStatus({ ok: false, reason: "unknown", code: "unknown-action" })).toBe(400);
    expect(httpStatus({ ok: false, reason: "forbidden", code: "actor-not-allowed" })).toBe(403);
    expect(httpStatus({ ok: false, reason: "not-found", code: "not-found" })).toBe(404);
    expect(httpStatus({ ok: false, reason: "illegal", code: "wrong-state" })).toBe(409);
    expect(httpStatus({ ok: false, reason: "conflict", code: "stale" })).toBe(409);
    expect(httpStatus({ ok: false, reason: "guard", code: "seats-full" })).toBe(409);
    expect(httpStatus({ ok: false, reason: "guard", code: "not-due" })).toBe(409);
    expect(httpStatus({ ok: false, reason: "guard", code: "reason-required" })).toBe(422);
    expect(httpStatus({ ok: false, reason: "guard", code: "assignee-not-coordinator" })).toBe(422);
  });
});

describe("property: a random walk keeps clock and jobs in step with the state", () => {
  it("paused ⇔ INFO_REQUESTED; remind/expire pending ⇔ clock running; complete pending ⇔ APPROVED; final states stay final", () => {
    const step = fc.record({ action: fc.constantFrom(...ACTIONS), actor: fc.constantFrom(...ACTORS) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state: From = "NEW";
        let paused = false;
        const pending = new Set<JobKind>();
        for (const { action, actor } of steps) {
          const d = decide(state, action, actor, happy(action));
          if (!d.ok) continue;
          const wasFinal = ["DECLINED", "WITHDRAWN", "CANCELLED", "COMPLETED", "EXPIRED"].includes(state);
          if (wasFinal) expect(d.to).toBe(state);
          if (d.effects.clock === "pause") {
            expect(paused).toBe(false);
            paused = true;
          } else if (d.effects.clock === "resume") {
            expect(paused).toBe(true);
            paused = false;
          } else if (d.effects.clock === "stop") paused = false;
          // A system job that runs is consumed.
          if (action === "expire" || action === "complete" || action === "remind") pending.delete(action);
          d.effects.unschedule.forEach((j) => pending.delete(j));
          d.effects.schedule.forEach((j) => pending.add(j));
          state = d.to;
          expect(paused).toBe(state === "INFO_REQUESTED");
          expect(pending.has("expire")).toBe(state === "SUBMITTED" || state === "IN_REVIEW");
          expect(pending.has("complete")).toBe(state === "APPROVED");
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("answering a new request opens it first (issue 17)", () => {
  it("a coordinator's request-info, message, approve and decline on SUBMITTED are open + the move", () => {
    for (const action of ["request-info", "message", "approve", "decline"])
      expect(movesFor("SUBMITTED", action, "COORDINATOR")).toEqual(["open", action]);
    expect(movesFor("SUBMITTED", "decline", "ADMIN")).toEqual(["open", "decline"]);
    expect(movesFor("SUBMITTED", "note", "COORDINATOR")).toEqual(["note"]);
    expect(movesFor("SUBMITTED", "message", "APPLICANT")).toEqual(["message"]);
    expect(movesFor("IN_REVIEW", "approve", "COORDINATOR")).toEqual(["approve"]);
  });

  it("the buttons of a new request include asking for information", () => {
    expect(availableActions("SUBMITTED", "COORDINATOR").sort()).toEqual(
      ["approve", "assign", "decline", "message", "note", "open", "request-info"].sort(),
    );
    expect(availableActions("SUBMITTED", "APPLICANT").sort()).toEqual(["message", "withdraw"]);
  });
});
