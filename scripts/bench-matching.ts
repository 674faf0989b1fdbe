/**
 * Benchmark of the matching ranker on synthetic catalogues.
 *
 *   node --import tsx scripts/bench-matching.ts [--sizes=1000,10000,50000] [--iterations=200]
 *   (npm run bench:matching)
 *
 * For each size it runs a fresh child process (`--expose-gc`, so memory figures
 * are clean): generates the catalogue (not timed), builds the index (timed),
 * then ranks `iterations` different applicants after a warm-up and reports the
 * median and p95 of one ranking (full list, no limit), the heap retained by the
 * index, and the extra heap / RSS over the catalogue alone at the peak of
 * ranking. Target at 10,000 opportunities: median < 20 ms, p95 < 50 ms,
 * < 200 MB extra. It is a report: the exit code is 0 either way, misses print FAIL.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { buildMatchIndex, rankOpportunities } from "../app/matching/ranker";
import { createRng, syntheticCatalogue, syntheticProfile } from "../app/matching/synthetic";
import { addDays } from "../app/platform/calendar";

const TARGET = { size: 10_000, medianMs: 20, p95Ms: 50, extraMb: 200 };
const WARM_UP = 50;
const MB = 1024 * 1024;

interface Measurement {
  opportunities: number;
  centres: number;
  buildMs: number;
  indexHeapMb: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** CPU time of the process (user + system) per ranking: robust to other load on the machine. */
  cpuMedianMs: number;
  cpuP95Ms: number;
  limit20MedianMs: number;
  meanResults: number;
  peakExtraHeapMb: number;
  peakExtraRssMb: number;
}

function arg(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function centresFor(size: number): number {
  // 1,000 → 20, 10,000 → 400, 50,000 → 2,000.
  return size <= 1000 ? 20 : Math.round(size / 25);
}

function measure(size: number, iterations: number): Measurement {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("child needs --expose-gc");
  const centres = centresFor(size);
  const catalogue = syntheticCatalogue({ seed: 20_270_301, centres, opportunities: size });
  const today = addDays(catalogue.start, 45);
  const rng = createRng(size);
  const profiles = Array.from({ length: WARM_UP + iterations }, () => syntheticProfile(rng, catalogue, today));
  gc();
  gc();
  const base = process.memoryUsage();

  const t0 = performance.now();
  const index = buildMatchIndex(catalogue.opportunities, catalogue.taxonomy);
  const buildMs = performance.now() - t0;
  gc();
  gc();
  const indexHeapMb = (process.memoryUsage().heapUsed - base.heapUsed) / MB;

  for (let k = 0; k < WARM_UP; k++) rankOpportunities(index, profiles[k]!, catalogue.occupancy, today);
  const times: number[] = [];
  const cpu: number[] = [];
  let results = 0;
  let peakHeap = 0;
  let peakRss = 0;
  for (let k = WARM_UP; k < WARM_UP + iterations; k++) {
    const c = process.cpuUsage();
    const t = performance.now();
    const ranked = rankOpportunities(index, profiles[k]!, catalogue.occupancy, today);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    results += ranked.length;
    const mem = process.memoryUsage();
    peakHeap = Math.max(peakHeap, mem.heapUsed);
    peakRss = Math.max(peakRss, mem.rss);
  }
  const limited: number[] = [];
  for (let k = WARM_UP; k < WARM_UP + iterations; k++) {
    const t = performance.now();
    rankOpportunities(index, profiles[k]!, catalogue.occupancy, today, { limit: 20 });
    limited.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  limited.sort((a, b) => a - b);
  return {
    opportunities: size,
    centres,
    buildMs,
    indexHeapMb,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    maxMs: times[times.length - 1]!,
    cpuMedianMs: quantile(cpu, 0.5),
    cpuP95Ms: quantile(cpu, 0.95),
    limit20MedianMs: quantile(limited, 0.5),
    meanResults: results / iterations,
    peakExtraHeapMb: (peakHeap - base.heapUsed) / MB,
    peakExtraRssMb: (peakRss - base.rss) / MB,
  };
}

function pad(value: string, width: number): string {
  return value.padStart(width);
}

function main(): void {
  const child = arg("child");
  const iterations = Number(arg("iterations") ?? 200);
  if (child !== undefined) {
    process.stdout.write(`${JSON.stringify(measure(Number(child), iterations))}\n`);
    return;
  }

  const sizes = (arg("sizes") ?? "1000,10000,50000").split(",").map(Number);
  const script = fileURLToPath(import.meta.url);
  const cpus = os.cpus();
  console.log(
    `Matching benchmark: Node ${process.version}, ${cpus.length} CPU(s) (${cpus[0]?.model ?? "?"}), ` +
      `${iterations} rankings per size after ${WARM_UP} warm-up, each with a different applicant.`,
  );
  console.log("Each size runs in its own process with --expose-gc; memory is over the catalogue data alone.");
  console.log(
    "Times are wall-clock per ranking of the full list; cpu = process CPU time (robust to other load);" +
      " limit20 = wall median with {limit: 20}.",
  );
  const load = os.loadavg()[0]!;
  console.log(
    `Load average before: ${load.toFixed(2)} on ${cpus.length} CPU(s)${load > cpus.length ? " (busy machine: wall times are inflated)" : ""}.\n`,
  );

  const rows: Measurement[] = [];
  for (const size of sizes) {
    const run = spawnSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", script, `--child=${size}`, `--iterations=${iterations}`],
      { encoding: "utf8", maxBuffer: 16 * MB },
    );
    const line = run.stdout.trim().split("\n").pop() ?? "";
    if (run.status !== 0 || !line.startsWith("{")) {
      console.log(`FAIL: the run for ${size} opportunities did not finish (exit ${run.status})\n${run.stderr}`);
      continue;
    }
    rows.push(JSON.parse(line) as Measurement);
  }

  const header = [
    ["opportunities", 13],
    ["centres", 7],
    ["build ms", 9],
    ["index MB", 9],
    ["median ms", 9],
    ["p95 ms", 7],
    ["max ms", 7],
    ["cpu med", 7],
    ["cpu p95", 7],
    ["limit20 med", 11],
    ["results", 8],
    ["peak +heap MB", 13],
    ["peak +RSS MB", 12],
  ] as const;
  console.log(header.map(([h, w]) => pad(h, w)).join(" | "));
  console.log(header.map(([, w]) => "-".repeat(w)).join("-|-"));
  for (const r of rows) {
    const cells = [
      r.opportunities.toLocaleString("en-GB"),
      String(r.centres),
      r.buildMs.toFixed(0),
      r.indexHeapMb.toFixed(1),
      r.medianMs.toFixed(2),
      r.p95Ms.toFixed(2),
      r.maxMs.toFixed(2),
      r.cpuMedianMs.toFixed(2),
      r.cpuP95Ms.toFixed(2),
      r.limit20MedianMs.toFixed(2),
      r.meanResults.toFixed(0),
      r.peakExtraHeapMb.toFixed(1),
      r.peakExtraRssMb.toFixed(1),
    ];
    console.log(cells.map((c, k) => pad(c, header[k]![1])).join(" | "));
  }

  const target = rows.find((r) => r.opportunities === TARGET.size);
  console.log("");
  if (!target) {
    console.log(`Target not measured (run with ${TARGET.size} among --sizes).`);
    return;
  }
  const extra = Math.max(target.peakExtraHeapMb, target.peakExtraRssMb);
  const checks: [string, boolean][] = [
    [`median ${target.medianMs.toFixed(2)} ms < ${TARGET.medianMs} ms`, target.medianMs < TARGET.medianMs],
    [`p95 ${target.p95Ms.toFixed(2)} ms < ${TARGET.p95Ms} ms`, target.p95Ms < TARGET.p95Ms],
    [`extra memory ${extra.toFixed(1)} MB < ${TARGET.extraMb} MB`, extra < TARGET.extraMb],
  ];
  const after = os.loadavg()[0]!;
  if (after > cpus.length)
    console.log(`Note: load average ${after.toFixed(2)} on ${cpus.length} CPU(s) during the run; compare cpu columns.`);
  for (const [label, ok] of checks)
    console.log(`${ok ? "PASS" : "FAIL"}: ${TARGET.size.toLocaleString("en-GB")} opportunities, ${label}`);
  console.log(checks.every(([, ok]) => ok) ? "Target met." : "Target missed.");
}

main();
