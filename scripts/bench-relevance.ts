/**
 * Relevance benchmark of the matching ranker on the judged set in tests/fixtures/relevance/.
 *
 *   node --import tsx scripts/bench-relevance.ts [--check] [--verbose]
 *   (npm run bench:relevance)
 *
 * Prints, per profile and overall, nDCG@5, nDCG@10, precision@5 and whether the first
 * result is ideal, for the ranker and for two baselines: the topic filter of
 * /opportunities and a random order of the ranker's own results. Targets (issue 14):
 * nDCG@5 ≥ 0.90 and the ideal first for ≥ 90 % of profiles. With `--check` a miss exits 1.
 */
import { loadRelevanceSet, runRelevance } from "./relevance/relevance";

const TARGET = { ndcg5: 0.9, idealFirst: 0.9 };
const verbose = process.argv.includes("--verbose");
const check = process.argv.includes("--check");

const set = loadRelevanceSet();
const t0 = performance.now();
const runs = runRelevance(set);
const ms = performance.now() - t0;
const fmt = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

console.log(
  `Relevance set: ${set.profiles.length} profiles, ${set.profiles.reduce((s, p) => s + p.grades.length, 0)} grades, ranked on ${set.days.join(", ")}`,
);
const [ranker] = runs;
for (const day of set.days) {
  console.log(
    `\n${day}\nprofile                                  nDCG@5  nDCG@10  P@5    ideal first  top five (grade)`,
  );
  for (const p of ranker!.profiles.filter((x) => x.day === day)) {
    const top = p.top.map((t) => `${t.id}(${t.grade})`).join(" ");
    console.log(
      `${p.id.padEnd(40)} ${fmt(p.ndcg5)}  ${fmt(p.ndcg10)}   ${fmt(p.p5)}  ${p.idealFirst ? "yes" : "NO "}          ${verbose ? top : ""}`,
    );
    for (const m of p.missing) console.log(`    not in the list: ${m.id} (${m.reason})`);
    if (verbose) for (const m of p.notEligible) console.log(`    not eligible: ${m.id} (${m.reason})`);
  }
  for (const s of ranker!.skipped.filter((x) => x.day === day)) {
    console.log(`${s.id.padEnd(40)} (not measured: none of its graded opportunities can be taken on this day)`);
  }
}
console.log(`\nOverall (mean over ${ranker!.profiles.length} profile-days)`);
console.log("ordering                                 nDCG@5  nDCG@10  P@5    ideal first");
for (const r of runs) {
  console.log(
    `${r.name.padEnd(40)} ${fmt(r.mean.ndcg5)}  ${fmt(r.mean.ndcg10)}   ${fmt(r.mean.p5)}  ${pct(r.mean.idealFirst)}`,
  );
}
const ok = ranker!.mean.ndcg5 >= TARGET.ndcg5 && ranker!.mean.idealFirst >= TARGET.idealFirst;
console.log(
  `\nTarget nDCG@5 ≥ ${TARGET.ndcg5} and ideal first ≥ ${pct(TARGET.idealFirst)}: ${ok ? "PASS" : "FAIL"} (${ms.toFixed(0)} ms)`,
);
if (check && !ok) process.exitCode = 1;
