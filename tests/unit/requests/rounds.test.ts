/**
 * The pure part of allocation rounds (app/requests/rounds.ts): the phase of a round by its
 * dates and state, and the three forms' schemas (deadline after the period, no programme
 * twice, no gaps, no position twice, "unacceptable").
 */
import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { applicationSchema, createRoundSchema, rankingSchema, roundPhase } from "~/requests/rounds";

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
};

describe("roundPhase", () => {
  const round = {
    state: "OPEN" as const,
    applicationStart: "2027-03-01",
    applicationEnd: "2027-03-10",
    rankingDeadline: "2027-03-20",
  };
  it("follows the dates until run, then the stored state", () => {
    expect(roundPhase(round, "2027-02-28")).toBe("scheduled");
    expect(roundPhase(round, "2027-03-01")).toBe("open");
    expect(roundPhase(round, "2027-03-10")).toBe("open");
    expect(roundPhase(round, "2027-03-11")).toBe("ranking");
    expect(roundPhase(round, "2027-03-20")).toBe("ranking");
    expect(roundPhase(round, "2027-03-21")).toBe("ready");
    expect(roundPhase({ ...round, state: "RANKING" }, "2027-03-21")).toBe("ready");
    expect(roundPhase({ ...round, state: "PROPOSED" }, "2027-03-05")).toBe("proposed");
    expect(roundPhase({ ...round, state: "CONFIRMED" }, "2027-03-05")).toBe("confirmed");
  });
});

describe("the forms", () => {
  const valid = {
    name: "Round",
    applicationStart: "2027-03-01",
    applicationEnd: "2027-03-10",
    rankingDeadline: "2027-03-20",
    maxChoices: "3",
    declineMessageEn: "Sorry.",
    declineMessageIt: "Ci dispiace.",
    cohortIds: ["c1", "c2"],
  };
  it("a round: the ranking deadline must be after the application period", () => {
    const schema = createRoundSchema({ today: "2027-02-01", isOfferedCohort: (id) => id !== "x" });
    expect(parseWithZod(form(valid), { schema }).status).toBe("success");
    for (const deadline of ["2027-03-10", "2027-03-05"]) {
      const r = parseWithZod(form({ ...valid, rankingDeadline: deadline }), { schema });
      expect(r.reply().error?.rankingDeadline).toEqual(["rounds:validation.deadlineBeforeEnd"]);
    }
    expect(parseWithZod(form({ ...valid, cohortIds: ["c1", "x"] }), { schema }).reply().error?.cohortIds).toEqual([
      "rounds:validation.cohorts",
    ]);
    expect(parseWithZod(form({ ...valid, maxChoices: "11" }), { schema }).reply().error?.maxChoices).toBeTruthy();
  });

  it("an application: no programme twice, no gaps, at most N", () => {
    const schema = applicationSchema({ maxChoices: 2, programmeIds: ["a", "b", "c"] });
    const ok = parseWithZod(form({ motivation: "m", "choices[0]": "b", "choices[1]": "a" }), { schema });
    expect(ok.status === "success" && ok.value).toEqual({ motivation: "m", choices: ["b", "a"] });
    const twice = parseWithZod(form({ motivation: "m", "choices[0]": "b", "choices[1]": "b" }), { schema });
    expect(twice.reply().error?.["choices[1]"]).toEqual(["rounds:validation.choiceTwice"]);
    const gap = parseWithZod(form({ motivation: "m", "choices[0]": "", "choices[1]": "a" }), { schema });
    expect(gap.reply().error?.["choices[1]"]).toEqual(["rounds:validation.choiceGap"]);
    const many = parseWithZod(form({ motivation: "m", "choices[0]": "a", "choices[1]": "b", "choices[2]": "c" }), {
      schema,
    });
    expect(many.reply().error?.choices).toEqual(["rounds:validation.tooManyChoices"]);
  });

  it("a ranking: positions or unacceptable, no position twice", () => {
    const schema = rankingSchema();
    const ok = parseWithZod(
      form({
        programmeId: "p",
        "entries[0].applicationId": "x",
        "entries[0].position": "2",
        "entries[1].applicationId": "y",
        "entries[1].position": "unacceptable",
      }),
      { schema },
    );
    expect(ok.status === "success" && ok.value.entries).toEqual([
      { applicationId: "x", position: 2 },
      { applicationId: "y", position: null },
    ]);
    const twice = parseWithZod(
      form({
        programmeId: "p",
        "entries[0].applicationId": "x",
        "entries[0].position": "1",
        "entries[1].applicationId": "y",
        "entries[1].position": "1",
      }),
      { schema },
    );
    expect(twice.reply().error?.["entries[1].position"]).toEqual(["rounds:validation.positionTwice"]);
  });
});
