/**
 * Serves the bare fixture's production build like Ponte's server does: Express 4 and
 * `@remix-run/express`, one process. PORT from the environment.
 */
import express from "express";
import { createRequestHandler } from "@remix-run/express";

const build = await import("./build/server/index.js");
const app = express();
app.disable("x-powered-by");
app.use("/build", express.static("build/public", { immutable: true, maxAge: "1y" }));
app.all("*", createRequestHandler({ build, mode: "production" }));
const server = app.listen(Number(process.env.PORT ?? 3999), "127.0.0.1", () => {
  console.log(`bare Remix serving on ${server.address().port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
