/**
 * Rate limits shared by every app instance, stored in PostgreSQL's `RateLimit` table
 * (docs/decisions/0009-rate-limits.md).
 *
 * rate-limiter-flexible's `RateLimiterPrisma` reads, then writes, in a transaction: two
 * concurrent attempts can both read N and both write N + 1 (or both try to create the row
 * and one fails on the key). `PostgresRateLimiter` keeps the library's limiter logic
 * (`consume`, `reward`, `delete`, `RateLimiterRes`) and replaces its storage with one
 * atomic statement, `INSERT … ON CONFLICT (key) DO UPDATE … RETURNING`, so each attempt
 * is counted exactly once however many instances race.
 *
 * Keys: per account (the canonical address or user id) and per client address — the one
 * Express derives under the TRUST_PROXY setting (`context.clientIp`), never a header read
 * here. Key material is hashed, so the table holds no addresses.
 */
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { prisma } from "~/platform/db.server";
import { hashToken } from "./token.server";

type Row = { points: number; expire: Date | null };

class PostgresRateLimiter extends RateLimiterPrisma {
  constructor(opts: { keyPrefix: string; points: number; duration: number }) {
    super({ ...opts, storeClient: prisma, tableName: "rateLimit" });
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    const rows = await prisma.$queryRaw<Row[]>`
      INSERT INTO "RateLimit" ("key", "points", "expire") VALUES (${key}, ${points}, ${expire ?? new Date("9999-12-31T00:00:00Z")})
      ON CONFLICT ("key") DO UPDATE SET
        "points" = CASE WHEN ${forceExpire} OR "RateLimit"."expire" <= ${now} THEN EXCLUDED."points"
                        ELSE "RateLimit"."points" + EXCLUDED."points" END,
        "expire" = CASE WHEN ${forceExpire} OR "RateLimit"."expire" <= ${now} THEN EXCLUDED."expire"
                        ELSE "RateLimit"."expire" END
      RETURNING "points", "expire"`;
    return rows[0];
  }

  /** Replaces the library's cleanup timer with one whose failures cannot crash the process. */
  _clearExpiredHourAgo(): void {
    const self = this as unknown as { cleanupTimer?: NodeJS.Timeout };
    if (self.cleanupTimer) clearTimeout(self.cleanupTimer);
    self.cleanupTimer = setTimeout(() => {
      prisma.rateLimit
        .deleteMany({ where: { expire: { lt: new Date(Date.now() - 3_600_000) } } })
        .catch(() => {})
        .finally(() => this._clearExpiredHourAgo());
    }, 300_000);
    self.cleanupTimer.unref();
  }

  async _get(key: string): Promise<Row | null> {
    const row = await prisma.rateLimit.findUnique({ where: { key }, select: { points: true, expire: true } });
    return row && row.expire > new Date() ? row : null;
  }

  async _delete(key: string): Promise<boolean> {
    const { count } = await prisma.rateLimit.deleteMany({ where: { key } });
    return count > 0;
  }
}

/** Each limit: `points` attempts per `duration` seconds (fixed window from the first attempt). */
export const LIMITS = {
  "login:ip": { points: 30, duration: 15 * 60 },
  "login:account": { points: 10, duration: 15 * 60 },
  "signup:ip": { points: 10, duration: 60 * 60 },
  "signup:account": { points: 3, duration: 60 * 60 },
  "reset-mail:ip": { points: 10, duration: 60 * 60 },
  "reset-mail:account": { points: 3, duration: 60 * 60 },
  "reset:ip": { points: 20, duration: 60 * 60 },
  "verify-mail:ip": { points: 10, duration: 60 * 60 },
  "verify-mail:account": { points: 3, duration: 60 * 60 },
  "invitation:ip": { points: 20, duration: 60 * 60 },
  /** /contact (decision 0023): per client address and per sender address. */
  "contact:ip": { points: 5, duration: 60 * 60 },
  "contact:sender": { points: 3, duration: 60 * 60 },
  /** /verify/<code> (decision 0030): per client address, known and unknown codes alike. */
  "verify:ip": { points: 60, duration: 15 * 60 },
  /** /referee?token=… (decision 0037): per client address, every look-up and upload. */
  "referee:ip": { points: 30, duration: 15 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

const limiters = new Map<LimitName, PostgresRateLimiter>();

function limiter(name: LimitName): PostgresRateLimiter {
  let l = limiters.get(name);
  if (!l) {
    l = new PostgresRateLimiter({ keyPrefix: name, ...LIMITS[name] });
    limiters.set(name, l);
  }
  return l;
}

/** The stored key part for a subject (an address, user id or IP): a short hash. */
function subjectKey(subject: string): string {
  return hashToken(subject).slice(0, 32);
}

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one attempt against every given limit (all are counted, even after one refuses).
 * @param checks pairs of limit name and subject, e.g. [["login:ip", ip], ["login:account", email]].
 * @returns ok, or the seconds until the longest refusing window ends.
 * @throws the database error when the table cannot be written.
 */
export async function consumeRateLimits(checks: ReadonlyArray<readonly [LimitName, string]>): Promise<RateLimitResult> {
  let retry = 0;
  for (const [name, subject] of checks) {
    try {
      await limiter(name).consume(subjectKey(subject));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      retry = Math.max(retry, Math.ceil(error.msBeforeNext / 1000));
    }
  }
  return retry > 0 ? { ok: false, retryAfterSeconds: Math.max(retry, 1) } : { ok: true };
}

/**
 * Gives one attempt back to `subject` under `name` (rate-limiter-flexible's `reward`), e.g. a
 * successful login's point on `login:ip`, so that the address limit counts failures only.
 * @throws the database error when the table cannot be written.
 */
export async function refundRateLimit(name: LimitName, subject: string): Promise<void> {
  await limiter(name).reward(subjectKey(subject), 1);
}

/** Forgets the attempts of `subject` under `name` (e.g. the account's failures after a good login). */
export async function resetRateLimit(name: LimitName, subject: string): Promise<void> {
  await limiter(name).delete(subjectKey(subject));
}

/** The client address for rate limits: Express's `req.ip` under TRUST_PROXY (server/app.ts). */
export function clientIpOf(context: { clientIp?: string } | undefined): string {
  return context?.clientIp || "unknown";
}
