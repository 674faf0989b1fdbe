/**
 * What the benchmark scripts (bench-pages, bench-start, bench-lighthouse, bench-matches-http) read about ports and
 * processes: a free loopback port, a process's descendants, and their CPU time and resident
 * memory from /proc (Linux).
 */
import fs from "node:fs";
import net from "node:net";

/** A free TCP port on 127.0.0.1 (free when asked; the caller binds it next). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The pids of a process and its descendants (a web process may be a child of the primary). */
export function processTree(pid: number): number[] {
  try {
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return [pid, ...children.flatMap((c) => processTree(Number(c)))];
  } catch {
    return [pid];
  }
}

/** CPU time (ms, user + system) used so far by a process and its descendants. */
export function cpuMs(pid: number): number {
  const ticks = 100; // USER_HZ, 100 on Linux
  return processTree(pid).reduce((sum, p) => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      return sum + ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
    } catch {
      return sum;
    }
  }, 0);
}

/** Resident memory (MB) of a process and its descendants. */
export function rssMb(pid: number): number {
  return processTree(pid).reduce((sum, p) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      return sum + Number(kb ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);
}
