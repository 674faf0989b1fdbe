/**
 * Starts Ponte: validates the configuration, prepares the database (migrations, seed), then
 * serves the Remix build. Fails fast with one line when something is wrong.
 *   npm start              build, then serve in production mode (server/start-production.ts)
 *   npm run dev            live reload through `remix dev`
 *
 * Processes (`webProcesses` in app/platform/env.server.ts, WEB_CONCURRENCY): with one, this
 * process does everything. With more (PostgreSQL only), this process prepares the database,
 * runs the background loop (app/background.server.ts) and forks that many web workers
 * with Node's cluster module; they share the port, each keeps its own caches (they key on
 * database state, decision 0014), and one that dies is replaced.
 */
import "dotenv/config";
import cluster, { type Worker } from "node:cluster";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import { startBackgroundWork } from "./app/background.server";
import { closeDatabase, describeTarget, getDatabaseTarget } from "./app/platform/db.server";
import { EnvError, getEnv, type Env } from "./app/platform/env.server";
import { isLoopbackHost } from "./app/platform/network";
import { createApp } from "./server/app";
import { prepareDatabase, StartupError } from "./server/startup";

const BUILD_PATH = path.resolve("build/server/index.js");
/** A worker that dies is replaced after this pause (ms), so a crash loop cannot spin. */
const RESPAWN_DELAY_MS = 1_000;

/** Serves HTTP in this process; resolves with a function that stops serving. */
async function serve(
  env: Env,
  { announce }: { announce: boolean },
): Promise<{ port: number; stop: () => Promise<void> }> {
  const isDev = !env.isProduction && process.env.REMIX_DEV_ORIGIN !== undefined;
  const importBuild = async () => (await import(`${pathToFileURL(BUILD_PATH).href}?t=${Date.now()}`)) as ServerBuild;
  const build = isDev ? importBuild : await importBuild();
  // The build's caches (the match index above all) are filled before the first request
  // comes: a cold process would otherwise answer nothing while it builds them.
  if (typeof build !== "function") {
    const ms = await (build.entry.module as { warmUp?: () => Promise<number> }).warmUp?.();
    if (ms !== undefined) console.log(`Ponte's match index is ready (${Math.round(ms)} ms).`);
  }
  const app = createApp(build, env);
  return new Promise((resolve) => {
    const onListening = () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : env.PORT;
      if (announce)
        console.log(
          `Ponte is serving ${publicUrl(env, port)} on ${describeTarget(getDatabaseTarget())} (${modeOf(env)})`,
        );
      if (isDev) void importBuild().then((b) => broadcastDevReady(b));
      resolve({ port, stop: () => new Promise<void>((done) => server.close(() => done())) });
    };
    const server = env.listenHost
      ? app.listen(env.PORT, env.listenHost, onListening)
      : app.listen(env.PORT, onListening);
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  });
}

/**
 * How long an idle keep-alive connection stays open (ms). Node's default (5 s) is shorter than
 * what reverse proxies and clients keep (nginx's upstream keep-alive and AWS's load balancers:
 * 60 s), so the server could close a connection while a request was being written into it:
 * a 502 at the proxy, "other side closed" for a script. The client should always be the one to
 * close; Node requires headersTimeout to be longer still.
 */
const KEEP_ALIVE_MS = 65_000;

/** The address to print: localhost for loopback or every interface, else the host named. */
function publicUrl(env: Env, port: number): string {
  const host =
    !env.listenHost || isLoopbackHost(env.listenHost) || env.listenHost === "0.0.0.0" || env.listenHost === "::"
      ? "localhost"
      : env.listenHost;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** "production mode, demo" and the like, for the start-up line. */
function modeOf(env: Env): string {
  return `${env.NODE_ENV} mode${env.demo ? ", demo: the demo accounts' password is public" : ""}`;
}

/**
 * One line when demo mode listens beyond this machine (HOST set to a non-loopback address):
 * the demo accounts, an administrator among them, have a password the README publishes.
 */
function warnIfDemoIsExposed(env: Env) {
  if (!env.demo || !env.listenHost || isLoopbackHost(env.listenHost)) return;
  console.warn(
    `Warning: demo mode is listening on ${env.listenHost}, reachable from other machines, and the demo accounts' password is public (README "Demo accounts"). Use HOST=127.0.0.1, or PONTE_DEMO=0 with RESEND_API_KEY for a real installation.`,
  );
}

/** Exits cleanly on SIGTERM/SIGINT after `stop`, or after 5 s whatever happens. */
function onSignals(stop: () => Promise<void>) {
  const shutdown = () => {
    setTimeout(() => process.exit(0), 5_000).unref();
    void stop()
      .catch(() => {})
      .then(() => closeDatabase())
      .finally(() => process.exit(0));
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

/** A cluster worker: serves only (the primary prepared the database and runs the jobs). */
async function worker() {
  const env = getEnv();
  const { port, stop } = await serve(env, { announce: false });
  process.send?.({ ponte: "listening", port });
  onSignals(stop);
}

/** The primary with several workers: forks them, replaces any that dies, stops them all. */
function superviseWorkers(env: Env, stopBackground: () => Promise<void>) {
  let stopping = false;
  let listening = 0;
  const fork = () => {
    const w = cluster.fork();
    w.on("message", (message: { ponte?: string; port?: number } | null) => {
      if (message?.ponte !== "listening") return;
      listening += 1;
      if (listening === env.webProcesses) {
        const port = message.port ?? env.PORT;
        console.log(
          `Ponte is serving ${publicUrl(env, port)} on ${describeTarget(getDatabaseTarget())} with ${env.webProcesses} web processes (${modeOf(env)})`,
        );
      }
    });
    return w;
  };
  cluster.on("exit", (w: Worker, code, signal) => {
    if (stopping) return;
    console.error(`Ponte web process ${w.process.pid} exited (${signal ?? code}); starting another.`);
    setTimeout(() => {
      if (!stopping) fork();
    }, RESPAWN_DELAY_MS).unref();
  });
  for (let i = 0; i < env.webProcesses; i++) fork();
  onSignals(async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((done) => {
            if (w.isDead()) return done();
            w.once("exit", () => done());
            w.process.kill("SIGTERM");
          }),
      ),
    );
    await stopBackground();
  });
}

async function main() {
  if (!cluster.isPrimary) return worker();
  const env = getEnv();
  warnIfDemoIsExposed(env);
  await prepareDatabase();
  // One loop for request jobs and the e-mail outbox (app/background.server.ts).
  const stopBackground = env.jobsInProcess ? startBackgroundWork() : async () => {};
  if (env.webProcesses > 1) return superviseWorkers(env, stopBackground);
  const serving = await serve(env, { announce: true });
  onSignals(async () => {
    await serving.stop();
    await stopBackground();
  });
}

main().catch(async (error: unknown) => {
  if (error instanceof EnvError || error instanceof StartupError) {
    console.error(`Ponte cannot start: ${error.message}`);
  } else {
    console.error("Ponte cannot start:", error);
  }
  await closeDatabase().catch(() => {});
  process.exit(1);
});
