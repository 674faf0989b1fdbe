/**
 * Benchmark of the round allocation (app/requests/allocation.ts) on synthetic rounds.
 *
 *   node --import tsx scripts/bench-allocation.ts [--applicants=5000] [--programmes=200] [--runs=7]
 *   (npm run bench:allocation)
 *
 * Two shapes, each generated from a fixed seed (not timed), then allocated `runs` times after
 * one warm-up: "10 choices" (each applicant ranks 10 programmes, as a round that caps
 * applications would) and "every programme" (each applicant ranks all of them, the worst
 * case). Programmes rank every applicant who applied, by a per-programme score, and leave
 * one in ten unranked (unacceptable); seats total 80% of the applicants so the popular
 * programmes are oversubscribed. Prints the median and slowest wall time and the number
 * placed. Target: < 1 s for 5,000 applicants × 200 programmes. It is a report: the exit
 * code is 0 either way, a miss prints FAIL.
 */
import { performance } from "node:perf_hooks";
import { allocate, type AllocationApplicant, type AllocationProgramme } from "../app/requests/allocation";

const TARGET_MS = 1000;

function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = hit ? Number(hit.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

/** mulberry32: a small seeded PRNG, so every run times the same round. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticRound(
  applicants: number,
  programmes: number,
  choices: number,
  seed: number,
): { applicants: AllocationApplicant[]; programmes: AllocationProgramme[] } {
  const random = rng(seed);
  const pIds = Array.from({ length: programmes }, (_, i) => `p${i}`);
  // Popularity skews choices towards the first programmes.
  const popularity = pIds.map((_, i) => 1 / (1 + i / 20));
  const apps: AllocationApplicant[] = Array.from({ length: applicants }, (_, i) => {
    const keyed = pIds.map((id, k) => ({ id, key: Math.pow(random(), 1 / popularity[k]) }));
    keyed.sort((x, y) => y.key - x.key);
    return { id: `a${i}`, preferences: keyed.slice(0, choices).map((x) => x.id) };
  });
  const appliedTo = new Map<string, string[]>(pIds.map((id) => [id, []]));
  for (const a of apps) for (const p of a.preferences) appliedTo.get(p)!.push(a.id);
  const totalSeats = Math.floor(applicants * 0.8);
  const progs: AllocationProgramme[] = pIds.map((id) => {
    const scored = appliedTo
      .get(id)!
      .filter(() => random() >= 0.1)
      .map((a) => ({ a, score: random() }));
    scored.sort((x, y) => x.score - y.score);
    return { id, capacity: Math.max(1, Math.round(totalSeats / programmes)), ranking: scored.map((x) => x.a) };
  });
  return { applicants: apps, programmes: progs };
}

function main() {
  const applicants = arg("applicants", 5000);
  const programmes = arg("programmes", 200);
  const runs = arg("runs", 7);
  console.log(`Allocation benchmark: ${applicants} applicants × ${programmes} programmes, ${runs} runs each`);
  let failed = false;
  for (const [label, choices] of [
    ["10 choices", Math.min(10, programmes)],
    ["every programme", programmes],
  ] as const) {
    const round = syntheticRound(applicants, programmes, choices, 17);
    allocate(round.applicants, round.programmes); // warm-up
    const times: number[] = [];
    let placed = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const result = allocate(round.applicants, round.programmes);
      times.push(performance.now() - start);
      placed = result.placements.filter((p) => p.programmeId !== null).length;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const slowest = times[times.length - 1];
    const verdict = slowest < TARGET_MS ? "ok" : "FAIL";
    if (verdict === "FAIL") failed = true;
    console.log(
      `  ${label.padEnd(16)} median ${median.toFixed(1).padStart(7)} ms  slowest ${slowest
        .toFixed(1)
        .padStart(7)} ms  placed ${placed}/${applicants}  target < ${TARGET_MS} ms: ${verdict}`,
    );
  }
  if (failed) console.log("FAIL: at least one shape missed the target");
}

main();
