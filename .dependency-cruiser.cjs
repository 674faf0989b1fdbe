/**
 * Ponte's import rules (docs/architecture.md, "Arrows"; decision 0016): routes → domains →
 * platform, one way. `npm run lint` runs this after ESLint; a violation fails CI.
 *
 * Domains: accounts, catalogue, collaborations, matching, requests, notifications. A domain uses another
 * only through that domain's public modules: its `index.ts` (pure, safe for the browser)
 * or a named `*.server.ts` at its top level; never an inner file (e.g. `ui/`, pure rules
 * not re-exported by `index.ts`).
 * @type {import('dependency-cruiser').IConfiguration}
 */
const DOMAINS = "(accounts|catalogue|collaborations|matching|requests|notifications)";

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Import circles make start-up order and tests fragile; break them by moving the shared piece down a layer.",
      from: {},
      to: { circular: true },
    },
    {
      name: "platform-knows-no-domain",
      severity: "error",
      comment: "app/platform/ is used by every domain and must know none of them (nor routes, nor UI).",
      from: { path: "^app/platform/" },
      to: {
        path: [
          `^app/${DOMAINS}/`,
          "^app/routes/",
          "^app/components/",
          "^app/root\\.tsx$",
          "^app/background\\.server\\.ts$",
        ],
      },
    },
    {
      name: "nothing-imports-a-route",
      severity: "error",
      comment: "Routes are leaves: shared code belongs to a domain, the platform or app/components/.",
      from: { path: "^app/", pathNot: "^app/routes/" },
      to: { path: ["^app/routes/", "^app/root\\.tsx$"] },
    },
    {
      name: "a-flat-route-imports-no-other-route",
      severity: "error",
      comment:
        "A route file imports no other route. (A route folder's pieces import only each other: ESLint's no-restricted-imports in eslint.config.js, since a folder name such as inbox.$id cannot be captured into a regular expression here.)",
      from: { path: "^app/routes/[^/]+$" },
      to: { path: "^app/routes/" },
    },
    {
      name: "domains-through-public-modules",
      severity: "error",
      comment: "Another domain is reached through its index.ts or a top-level *.server.ts, never its inner files.",
      from: { path: `^app/${DOMAINS}/` },
      to: {
        path: `^app/${DOMAINS}/`,
        pathNot: [`^app/$1/`, `^app/${DOMAINS}/index\\.ts$`, `^app/${DOMAINS}/[^/]+\\.server\\.tsx?$`],
      },
    },
    {
      name: "domains-never-import-the-app-shell",
      severity: "error",
      from: { path: [`^app/${DOMAINS}/`, "^app/components/"] },
      to: { path: ["^app/background\\.server\\.ts$", "^app/entry\\.(client|server)\\.tsx$"] },
    },
    {
      name: "ui-never-imports-server-modules",
      severity: "error",
      comment: "Components render in the browser too: a type they need lives in a plain module.",
      from: { path: ["^app/components/", "^app/[^/]+/ui/"] },
      to: { path: "\\.server\\.tsx?$" },
    },
    {
      name: "shared-ui-knows-no-domain-internals",
      severity: "error",
      comment: "app/components/ may use a domain's index.ts only.",
      from: { path: "^app/components/" },
      to: { path: `^app/${DOMAINS}/`, pathNot: `^app/${DOMAINS}/index\\.ts$` },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "app/generated"] },
    exclude: { path: ["^app/generated/", "^build/", "^public/build/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    moduleSystems: ["es6", "cjs"],
  },
};
