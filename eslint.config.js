// ESLint 9 flat config: typescript-eslint recommended, React hooks, and a few house rules.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import react from "eslint-plugin-react";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "scripts/bench/bare/build/**",
      "scripts/bench/bare/.cache/**",
      "public/build/**",
      "app/generated/**",
      "node_modules/**",
      "tests/.tmp/**",
      "test-results/**",
      "screenshots/**",
      ".cache/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { react, "react-hooks": reactHooks },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    settings: { react: { version: "18.3" } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react/jsx-key": "error",
      "react/no-danger": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/generated/prisma/client"],
              importNames: ["PrismaClient"],
              message: "Use `prisma` from ~/platform/db.server.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    // A route module imports no other route: its own folder's pieces with "./", everything else through "~/".
    files: ["app/routes/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/generated/prisma/client"],
              importNames: ["PrismaClient"],
              message: "Use `prisma` from ~/platform/db.server.",
            },
            {
              group: ["~/routes/*", "~/root", "../*"],
              message: "A route imports no other route: move shared code to its domain or app/components/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/platform/db.server.ts", "prisma/seed.ts", "prisma/seed-demo.ts", "scripts/**"],
    rules: { "no-restricted-imports": "off" },
  },
);
