/**
 * Configuration from `process.env`, validated once with Zod (house style: Epic Stack's
 * env.server.ts). Every variable is listed with a comment in `.env.example`.
 *
 * `getEnv()` throws `EnvError` naming each wrong variable; server.ts prints that one
 * message and exits.
 */
import os from "node:os";
import { z } from "zod";
import { parseStorageUrl } from "./storage-url";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    APP_ORIGIN: optionalString.pipe(
      z
        .string()
        .url()
        .refine((u) => /^https?:\/\//.test(u), "must start with http:// or https://")
        .optional(),
    ),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .refine((u) => /^postgres(ql)?:\/\//.test(u), "must be a postgresql:// URL")
        .optional(),
    ),
    PGLITE_DIR: optionalString,
    RESEND_API_KEY: optionalString,
    RESEND_BASE_URL: optionalString.pipe(z.string().url().optional()),
    RESEND_WEBHOOK_SECRET: optionalString,
    EMAIL_FROM: optionalString,
    TRUST_PROXY: optionalString,
    /** Demo mode: "1" on, "0" off; unset: on for the embedded database only. */
    PONTE_DEMO: optionalString.pipe(z.enum(["0", "1"], { message: 'must be "1" (on) or "0" (off)' }).optional()),
    /** Example opportunities: "show" or "hide"; unset: shown on the embedded database only. */
    PONTE_EXAMPLES: optionalString.pipe(z.enum(["show", "hide"], { message: 'must be "show" or "hide"' }).optional()),
    /**
     * Which side of the catalogue each applicant may request (issue 19): "enforce" (default)
     * lets Lombardy professionals request partners abroad only and applicants from abroad
     * Lombardy's centres only; "open" lets anyone request anything.
     */
    PONTE_MOBILITY_DIRECTION: optionalString.pipe(
      z.enum(["enforce", "open"], { message: 'must be "enforce" or "open"' }).optional(),
    ),
    /** Address to listen on; unset: 127.0.0.1 in demo mode, every interface otherwise. */
    HOST: optionalString.pipe(
      z
        .string()
        .regex(/^[0-9A-Za-z.:-]{1,253}$/, "must be an IP address or a host name")
        .optional(),
    ),
    UPLOAD_DIR: optionalString,
    /** S3-compatible object store for uploads (storage-url.ts); unset: the directory UPLOAD_DIR. */
    STORAGE_URL: optionalString,
    LOG_LEVEL: optionalString,
    JOBS_IN_PROCESS: optionalString,
    /** Seconds an outbox claim lasts before another worker may send the row again (default 120). */
    MAIL_LEASE_SECONDS: optionalString.pipe(
      z
        .string()
        .regex(/^\d+$/, "must be a whole number of seconds")
        .transform(Number)
        .pipe(z.number().int().min(5, "must be at least 5").max(3600, "must be at most 3600"))
        .optional(),
    ),
    /** Web processes (Node cluster): a whole number from 1 to 64; see `webProcesses` below. */
    WEB_CONCURRENCY: optionalString.pipe(
      z
        .string()
        .regex(/^\d+$/, "must be a whole number")
        .transform(Number)
        .pipe(z.number().int().min(1, "must be at least 1").max(64, "must be at most 64"))
        .optional(),
    ),
    /** Signs one-click unsubscribe links; unset: a random secret kept in the database (decision 0012). */
    APP_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  })
  .transform((env) => {
    const origin = (env.APP_ORIGIN ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
    /**
     * Demo mode (decision 0017): the demo accounts with their published password, the
     * demo mailbox at /dev/emails and the banner. PONTE_DEMO wins; unset, it follows the
     * database: on for the embedded one, off for PostgreSQL.
     */
    const demo = env.PONTE_DEMO === undefined ? !env.DATABASE_URL : env.PONTE_DEMO === "1";
    return {
      ...env,
      APP_ORIGIN: origin,
      PGLITE_DIR: env.PGLITE_DIR ?? "./data/pglite",
      EMAIL_FROM: env.EMAIL_FROM ?? "Ponte <no-reply@ponte.example>",
      UPLOAD_DIR: env.UPLOAD_DIR ?? "./data/uploads",
      isProduction: env.NODE_ENV === "production",
      isHttps: origin.startsWith("https://"),
      demo,
      /**
       * Whether seeded example opportunities appear on public pages (decision 0026):
       * PONTE_EXAMPLES wins; unset, shown on the embedded database, hidden on PostgreSQL.
       */
      showExamples: env.PONTE_EXAMPLES === undefined ? !env.DATABASE_URL : env.PONTE_EXAMPLES === "show",
      /** PONTE_MOBILITY_DIRECTION, default "enforce" (app/requests/direction.ts). */
      enforceMobilityDirection: env.PONTE_MOBILITY_DIRECTION !== "open",
      /** Where to listen: HOST, else loopback in demo mode, else undefined (every interface). */
      listenHost: env.HOST ?? (demo ? "127.0.0.1" : undefined),
      jobsInProcess: env.JOBS_IN_PROCESS !== "0",
      /**
       * How many web processes server.ts runs: WEB_CONCURRENCY when set; otherwise one per
       * CPU in production on PostgreSQL, and one elsewhere (the embedded database admits a
       * single process, and development reloads one).
       */
      webProcesses:
        env.WEB_CONCURRENCY ??
        (env.NODE_ENV === "production" && env.DATABASE_URL ? Math.min(64, os.availableParallelism()) : 1),
    };
  });

export type Env = z.output<typeof schema>;

export class EnvError extends Error {}

/**
 * Parses `source` (default `process.env`). The last result is reused while the same object
 * holds the same values for every variable of the schema (tests change variables between
 * cases; a request asks several times, and a parse costs tens of microseconds).
 * @throws EnvError listing every invalid variable, e.g. "PORT: Expected number".
 */
export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const fingerprint = ENV_KEYS.map((k) => source[k] ?? "\u0000").join("\u0001");
  if (last && last.source === source && last.fingerprint === fingerprint) return last.env;
  const env = parse(source);
  last = { source, fingerprint, env };
  return env;
}

const ENV_KEYS = Object.keys(schema.innerType().shape) as (keyof z.input<typeof schema>)[];
let last: { source: NodeJS.ProcessEnv; fingerprint: string; env: Env } | undefined;

function parse(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration: ${lines.join("; ")}`);
  }
  const env = result.data;
  if (env.STORAGE_URL) {
    try {
      parseStorageUrl(env.STORAGE_URL, source);
    } catch (error) {
      throw new EnvError(`Invalid configuration: STORAGE_URL: ${(error as Error).message}`);
    }
  }
  if (!env.demo && !env.RESEND_API_KEY && env.NODE_ENV !== "test") {
    throw new EnvError(
      "Invalid configuration: RESEND_API_KEY must be set outside demo mode (mail would only be kept in the outbox, where nobody reads it); for a local trial set PONTE_DEMO=1.",
    );
  }
  if (env.webProcesses > 1 && !env.DATABASE_URL) {
    throw new EnvError(
      "Invalid configuration: WEB_CONCURRENCY above 1 needs PostgreSQL (DATABASE_URL); the embedded database admits one process.",
    );
  }
  return env;
}
