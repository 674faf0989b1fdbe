/**
 * Runs `prisma generate` offline.
 *
 * The Prisma CLI first tries to download a native schema engine; generation itself
 * only needs WebAssembly. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
 * (here the Node binary) skips the download (see docs/decisions/0002-prisma-offline.md).
 * Exits with the CLI's exit code.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
if (!existsSync("prisma/schema.prisma")) {
  console.log("prisma-generate: no prisma/schema.prisma yet, nothing to generate");
  process.exit(0);
}
const cli = require.resolve("prisma/build/index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
