/**
 * Configuration from `process.env`, validated once with Zod (house style: Epic Stack's
 * env.server.ts). Every variable is listed with a comment in `.env.example`.
 *
 * `getEnv()` throws `EnvError` naming each wrong variable; server.ts prints that one
 * message and exits.
 */
import { z } from "zod";

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
    PONTE_DEMO: optionalString,
    UPLOAD_DIR: optionalString,
    LOG_LEVEL: optionalString,
    JOBS_IN_PROCESS: optionalString,
    /** Signs one-click unsubscribe links; unset: a random secret kept in the database (decision 0012). */
    APP_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  })
  .transform((env) => {
    const origin = (env.APP_ORIGIN ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
    return {
      ...env,
      APP_ORIGIN: origin,
      PGLITE_DIR: env.PGLITE_DIR ?? "./data/pglite",
      EMAIL_FROM: env.EMAIL_FROM ?? "Ponte <no-reply@ponte.example>",
      UPLOAD_DIR: env.UPLOAD_DIR ?? "./data/uploads",
      isProduction: env.NODE_ENV === "production",
      isHttps: origin.startsWith("https://"),
      demo: env.PONTE_DEMO === "1",
      jobsInProcess: env.JOBS_IN_PROCESS !== "0",
    };
  });

export type Env = z.output<typeof schema>;

export class EnvError extends Error {}

/**
 * Parses `source` (default `process.env`). Not cached: tests change variables between
 * cases, and parsing costs microseconds.
 * @throws EnvError listing every invalid variable, e.g. "PORT: Expected number".
 */
export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration: ${lines.join("; ")}`);
  }
  const env = result.data;
  if (env.isProduction && !env.RESEND_API_KEY) {
    throw new EnvError(
      "Invalid configuration: RESEND_API_KEY must be set in production (without it, mail is only kept in the outbox).",
    );
  }
  return env;
}
