/**
 * The import rules of docs/architecture.md fire: a deliberate circle, a platform module that
 * imports a domain, a component that imports a `.server.ts` module and a domain that reaches
 * into another domain's inner file are each named by `npm run lint:imports`
 * (dependency-cruiser with .dependency-cruiser.cjs). The probe files live for the test only.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const probeDirs = [
  path.join(root, "app/platform/__import_probe__"),
  path.join(root, "app/components/__import_probe__"),
  path.join(root, "app/catalogue/__import_probe__"),
];

function depcruise(...targets: string[]) {
  const bin = path.join(root, "node_modules/.bin/depcruise");
  const run = spawnSync(bin, [...targets, "--config", ".dependency-cruiser.cjs", "--output-type", "err"], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

afterAll(() => {
  for (const dir of probeDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the import rules", () => {
  it("name a circle, a platform module importing a domain, UI importing a server module and a reach into another domain", () => {
    const [platform, components, catalogue] = probeDirs;
    for (const dir of probeDirs) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(platform, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
    fs.writeFileSync(
      path.join(platform, "b.ts"),
      'import { a } from "./a";\nimport { seatCalendar } from "~/requests";\nexport const b = () => [a, seatCalendar];\n',
    );
    fs.writeFileSync(
      path.join(components, "probe.tsx"),
      'import { getUser } from "~/accounts/auth.server";\nexport const probe = getUser;\n',
    );
    fs.writeFileSync(
      path.join(catalogue, "probe.ts"),
      'import { decide } from "~/requests/transitions";\nexport const probe = decide;\n',
    );

    let result: ReturnType<typeof depcruise>;
    try {
      result = depcruise(platform, components, catalogue);
    } finally {
      for (const dir of probeDirs) fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/error no-circular: app\/platform\/__import_probe__\/(a|b)\.ts/);
    expect(result.output).toMatch(
      /error platform-knows-no-domain: app\/platform\/__import_probe__\/b\.ts → app\/requests\/index\.ts/,
    );
    expect(result.output).toMatch(
      /error ui-never-imports-server-modules: app\/components\/__import_probe__\/probe\.tsx → app\/accounts\/auth\.server\.ts/,
    );
    expect(result.output).toMatch(
      /error domains-through-public-modules: app\/catalogue\/__import_probe__\/probe\.ts → app\/requests\/transitions\.ts/,
    );
  }, 60_000);

  it("refuse a route module that imports another route (ESLint, no-restricted-imports)", async () => {
    const eslint = new ESLint({ cwd: root });
    const code =
      'import { a } from "../inbox._index/pieces";\nimport { loader } from "~/routes/matches";\nimport { b } from "./pieces";\nexport const probe = [a, b, loader];\n';
    const [result] = await eslint.lintText(code, { filePath: path.join(root, "app/routes/inbox.$id/probe.tsx") });
    const messages = result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.line);
    expect(messages).toEqual([1, 2]);
  }, 60_000);

  it("pass on the code as it is", () => {
    const result = depcruise("app", "server", "emails", "scripts", "prisma", "server.ts");
    expect(result.output).toContain("no dependency violations found");
    expect(result.status).toBe(0);
  }, 60_000);
});
