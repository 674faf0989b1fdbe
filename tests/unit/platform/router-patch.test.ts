/**
 * The patch of `@remix-run/router` (patches/, decision 0044): on the server, a routes array
 * is flattened and ranked once, and each path pattern compiled once, instead of on every
 * match. Fails when `npm install` did not apply the patch (patch-package in `postinstall`).
 */
import { createRequire } from "node:module";
import type * as Router from "@remix-run/router";
import { describe, expect, it } from "vitest";

// The server's copy: Node resolves the package's "main" (dist/router.cjs.js), as the server build does.
const { matchRoutes } = createRequire(import.meta.url)("@remix-run/router") as typeof Router;

/** A route table whose `path` reads are counted (flattening reads every route's path). */
function countedRoutes() {
  let reads = 0;
  const route = (id: string, path: string | undefined, children?: object[]) => ({
    id,
    get path() {
      reads += 1;
      return path;
    },
    ...(path === undefined ? { index: true } : {}),
    children,
  });
  const routes = [
    route("root", "", [
      route("home", undefined),
      route("centres", "centres/:slug"),
      route("opportunity", "opportunities/:id"),
      route("splat", "*"),
    ]),
  ];
  // A getter for `path` is not a plain route object to TypeScript; the router only reads it.
  return { routes: routes as unknown as Router.AgnosticRouteObject[], reads: () => reads };
}

describe("the patched route matching", () => {
  it("flattens and ranks a routes array once, and still matches every path as before", () => {
    const { routes, reads } = countedRoutes();
    const ids = (path: string) => matchRoutes(routes, path)?.map((m) => m.route.id);
    expect(ids("/centres/cnao")).toEqual(["root", "centres"]);
    const afterFirst = reads();
    expect(afterFirst).toBeGreaterThan(0);
    expect(ids("/opportunities/abc")).toEqual(["root", "opportunity"]);
    expect(ids("/")).toEqual(["root", "home"]);
    expect(ids("/no/such/page")).toEqual(["root", "splat"]);
    expect(matchRoutes(routes, "/centres/cnao")?.[1]?.params).toEqual({ slug: "cnao" });
    // No route's path was read again: the ranked branches were kept for this array.
    expect(reads()).toBe(afterFirst);
    // Another array (e.g. the routes a render builds) is ranked on its own.
    const other = countedRoutes();
    expect(matchRoutes(other.routes, "/centres/ieo")?.[1]?.params).toEqual({ slug: "ieo" });
    expect(other.reads()).toBeGreaterThan(0);
  });
});
