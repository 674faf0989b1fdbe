/**
 * Starts Ponte: validates the configuration, prepares the database (migrations, seed), then
 * serves the Remix build. Fails fast with one line when something is wrong.
 *   npm start              build, then serve (PORT, default 3000)
 *   npm run dev            live reload through `remix dev`
 */
import "dotenv/config";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import { startBackgroundWork } from "./app/background.server";
import { closeDatabase, describeTarget, getDatabaseTarget } from "./app/utils/db.server";
import { EnvError, getEnv } from "./app/utils/env.server";
import { createApp } from "./server/app";
import { prepareDatabase, StartupError } from "./server/startup";

const BUILD_PATH = path.resolve("build/server/index.js");

async function main() {
  const env = getEnv();
  await prepareDatabase();
  const isDev = !env.isProduction && process.env.REMIX_DEV_ORIGIN !== undefined;
  const importBuild = async () =>
    (await import(`${pathToFileURL(BUILD_PATH).href}?t=${Date.now()}`)) as ServerBuild;
  const build = isDev ? importBuild : await importBuild();
  const app = createApp(build, env);
  // One loop for request jobs and the e-mail outbox (app/background.server.ts).
  const stopBackground = env.jobsInProcess ? startBackgroundWork() : async () => {};
  const server = app.listen(env.PORT, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    console.log(`Ponte is serving http://localhost:${port} on ${describeTarget(getDatabaseTarget())}`);
    if (isDev) {
      void importBuild().then((b) => broadcastDevReady(b));
    }
  });
  const shutdown = () => {
    server.close(() => {
      void stopBackground()
        .then(() => closeDatabase())
        .finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
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
