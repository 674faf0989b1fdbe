/**
 * The Debian packages the test runners need (issue 23): Chromium for the browser journeys
 * (tests/e2e/run.ts), faketime for the suite "in the future" (tests/future/run.ts). A newcomer
 * needs Node.js and nothing else: a missing tool is installed with apt-get when this process
 * may install packages (root, or passwordless sudo), with `apt-get update` run once first and
 * one line printed per package; otherwise, or when installing fails (no network, no package
 * source), one line names the package and the command to install it by hand. `.ci/run` goes
 * through the same code, so CI proves the newcomer's path.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

/** A program a test runner needs and the Debian package that provides it. */
export interface SystemTool {
  /** Absolute path of the program, e.g. `/usr/bin/chromium`. */
  path: string;
  /** Debian package, e.g. `chromium`. */
  pkg: string;
  /** What needs it, for the messages, e.g. "the browser tests". */
  neededFor: string;
}

/** Debian's Chromium, driven by Playwright (CHROMIUM_PATH overrides the path; then nothing is installed). */
export const CHROMIUM: SystemTool = {
  path: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  pkg: "chromium",
  neededFor: "the browser tests",
};

/** libfaketime's command, to run the suite with the clock moved. */
export const FAKETIME: SystemTool = {
  path: "/usr/bin/faketime",
  pkg: "faketime",
  neededFor: "the tests in the future",
};

function run(command: string, args: string[]): { ok: boolean; output: string } {
  const r = spawnSync(command, args, {
    encoding: "utf8",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { ok: r.status === 0, output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}

/** How this process may run apt-get: directly (root), through `sudo -n` (passwordless), or not at all. */
function installer(): string[] | null {
  if (os.userInfo().uid === 0) return [];
  if (fs.existsSync("/usr/bin/sudo") && run("sudo", ["-n", "true"]).ok) return ["sudo", "-n"];
  return null;
}

/** The last non-empty line of some output, shortened, for a one-line reason. */
function lastLine(output: string): string {
  const line = output.trim().split("\n").filter(Boolean).at(-1) ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/**
 * Makes sure every tool is present, installing what is missing when it may (see the module
 * docs). Prints one line per missing package. `log` defaults to `console.log` (stdout), and
 * problems go to `warn` (stderr).
 * @returns true when every tool is present afterwards.
 */
export function ensureSystemTools(
  tools: readonly SystemTool[],
  { log = console.log, warn = console.error }: { log?: (line: string) => void; warn?: (line: string) => void } = {},
): boolean {
  const missing = tools.filter((t) => !fs.existsSync(t.path));
  if (!missing.length) return true;
  const byHand = (t: SystemTool) => `sudo apt-get install -y ${t.pkg}`;
  const isDebian = fs.existsSync("/usr/bin/apt-get") && fs.existsSync("/etc/debian_version");
  const prefix = isDebian ? installer() : null;
  if (!isDebian || prefix === null) {
    for (const t of missing) {
      warn(
        isDebian
          ? `Missing ${t.pkg} (${t.path}), needed for ${t.neededFor}: install it with \`${byHand(t)}\``
          : `Missing ${t.path}, needed for ${t.neededFor}: install Debian's ${t.pkg} package or your system's equivalent`,
      );
    }
    return false;
  }
  const apt = (args: string[]) =>
    run(prefix[0] ?? "apt-get", [...prefix.slice(1), ...(prefix.length ? ["apt-get"] : []), ...args]);
  const update = apt(["-o", "DPkg::Lock::Timeout=300", "update", "-qq"]);
  let allOk = true;
  for (const t of missing) {
    const install = apt(["-o", "DPkg::Lock::Timeout=300", "install", "-y", "-qq", t.pkg]);
    if (install.ok && fs.existsSync(t.path)) {
      log(`Installed ${t.pkg} with apt-get (needed for ${t.neededFor}).`);
      continue;
    }
    allOk = false;
    const why = lastLine(install.output) || (update.ok ? "" : lastLine(update.output));
    warn(
      `Could not install ${t.pkg} (needed for ${t.neededFor})${why ? ` [${why}]` : ""}: install it by hand with \`${byHand(t)}\``,
    );
  }
  return allOk;
}
