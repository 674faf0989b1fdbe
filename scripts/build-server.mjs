/**
 * The production server as plain JavaScript (issue 15): bundles server/start-production.ts
 * (and server.ts, server/*, the app modules they import) with esbuild into build/start/, so
 * `npm run serve` runs `node build/start/start-production.js` without tsx, which cost about
 * 30 MB resident for its loader thread and seconds of compiling at every start. Run by
 * `npm run build` after `remix build`; `npm run dev` and the tests still run the sources
 * through tsx.
 *
 * - Packages stay external (node_modules is there at run time); only Ponte's own files are
 *   bundled, with the tsconfig `~/` alias resolved.
 * - Code splitting keeps every dynamic `import()` dynamic: start-production.ts must set
 *   NODE_ENV before React and Remix load, and the packages server.ts imports are hoisted to
 *   the top of its own chunk, loaded only by that `import("../server")`; heavy modules
 *   imported on first use (decision 0041) stay so.
 * - `import.meta.url` is the source file's URL, not the bundle's, so paths a module finds
 *   beside itself (the seed's prisma/data/) are the same as under tsx.
 * Exits 1 with esbuild's messages when the build fails.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const OUT_DIR = path.join(root, "build/start");

/** Replaces `import.meta.url` in Ponte's own TypeScript with the file's own URL. */
const sourceUrls = {
  name: "source-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await fs.promises.readFile(args.path, "utf8");
      return {
        contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
      };
    });
  },
};

fs.rmSync(OUT_DIR, { recursive: true, force: true });
try {
  await build({
    absWorkingDir: root,
    entryPoints: { "start-production": "server/start-production.ts", server: "server.ts" },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [sourceUrls],
  });
} catch {
  process.exit(1);
}
