/**
 * Prisma CLI configuration (Prisma 7). The CLI is only used for `generate`; migrations
 * run through the WebAssembly schema engine (scripts/db.ts), see
 * docs/decisions/0002-prisma-offline.md.
 */
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
