/**
 * What a web process computes before it takes its first request (issue 15). The match index
 * is built from the whole published catalogue (about 2 s of CPU at 10,000 opportunities on
 * these machines), and a process that builds it while serving answers nothing else meanwhile:
 * with several web processes, a new or replaced one stalled every request the cluster sent it
 * until its first /matches had finished. Built here, before the process listens, it is ready
 * when the first request arrives; on the seeded catalogue it takes milliseconds.
 *
 * Never throws: a process whose warm-up failed (the database away) still serves, and builds
 * what it needs on the first request as before.
 */
import { getMatchContext } from "./matching.server";
import { todayIso } from "~/platform/dates";

/** Builds the match index and the seat occupancy for today (UTC); resolves with the ms spent. */
export async function warmUp(): Promise<number> {
  const started = performance.now();
  try {
    await getMatchContext(todayIso());
  } catch (error) {
    console.warn("Ponte: the match index will be built on the first request:", error instanceof Error ? error.message : error);
  }
  return performance.now() - started;
}
