/**
 * `npm run worker`: Ponte's background work alone (request jobs and the e-mail outbox,
 * app/background.server.ts), for deployments that set JOBS_IN_PROCESS=0 on the web
 * processes. Several workers may run at once: jobs and mails are claimed with
 * `FOR UPDATE SKIP LOCKED` (decision 0005).
 *
 * Start: validates the configuration and checks the database answers (one line and exit 1
 * otherwise). Stop: SIGTERM or SIGINT finish the current tick, close the database, exit 0.
 *
 * On the embedded database (PGlite) only one process may open the data directory: the
 * worker takes its lock (decision 0018) and is refused, in one line, while the web server
 * runs (the web server runs the jobs itself); several processes need PostgreSQL.
 */
import "dotenv/config";
import { registerBackgroundJobs, startBackgroundWork } from "../app/background.server";
import {
  claimDatabase,
  closeDatabase,
  describeTarget,
  getDatabaseTarget,
  pingDatabase,
} from "../app/platform/db.server";
import { EnvError, getEnv } from "../app/platform/env.server";

async function main() {
  getEnv();
  const target = describeTarget(getDatabaseTarget());
  claimDatabase(); // the embedded database's lock, before anything opens it
  try {
    await pingDatabase(10_000);
  } catch (error) {
    // Driver errors put the useful words on their last line ("Can't reach database server at …").
    const text =
      error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
    const detail =
      text
        .split("\n")
        .filter((l) => l.trim())
        .pop()
        ?.trim() ?? "unknown error";
    throw new Error(`Cannot reach the database (${target}): ${detail}`);
  }
  registerBackgroundJobs();
  const stop = startBackgroundWork();
  // The loop's timers are unref'd (they must not keep a web server alive); here they are the point.
  const keepAlive = setInterval(() => {}, 60_000);
  console.log(`Ponte worker running on ${target}`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(keepAlive);
    console.log(`Ponte worker stopping (${signal})`);
    setTimeout(() => process.exit(1), 30_000).unref();
    void stop()
      .then(() => closeDatabase())
      .then(() => process.exit(0));
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch(async (error: unknown) => {
  const text = error instanceof Error ? error.message : String(error);
  console.error(
    `Ponte worker cannot start: ${error instanceof EnvError ? text : (text.split("\n").find((l) => l.trim()) ?? text)}`,
  );
  await closeDatabase().catch(() => {});
  process.exit(1);
});
