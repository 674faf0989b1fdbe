/**
 * Which errors mean "the database cannot serve this request right now" rather than "this
 * request is wrong": PostgreSQL down or restarting, connections closed under a request, the
 * connection pool exhausted (a web process waited `POOL_WAIT_MS` for a connection), or a
 * transaction that could not start in time. Ponte answers those 503 with `Retry-After`
 * (server/app.ts), not 500: the person or a proxy may simply try again
 * (docs/decisions/0029-unavailable-is-503.md).
 *
 * The error shapes are those of Prisma 7 with @prisma/adapter-pg: a
 * `PrismaClientKnownRequestError` with a P1xxx code, or whose `meta.driverAdapterError` (a
 * `DriverAdapterError`, its `cause` the payload) says why (seen: P2039 wrapping 57P01), or node-postgres's own errors passed through
 * unchanged (the pool's "timeout exceeded when trying to connect").
 */

/** Prisma error codes that mean the server is unreachable, closed or too busy (P1001 … P2028). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);

/** @prisma/driver-adapter-utils error kinds that mean the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/**
 * PostgreSQL SQLSTATEs for a server shutting down, starting, or out of connections
 * (class 08 connection exceptions, 57P01–57P03 operator intervention, 53300).
 */
const SQLSTATES = /^(08\d{3}|57P0[123]|53300)$/;

/** Node socket error codes met when PostgreSQL is not there. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND"]);

const MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Can't reach database server|connection error and is not queryable/i;

type ErrorLike = {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  driverAdapterError?: unknown;
  meta?: unknown;
};

/** True when `error`, or anything it wraps, says the database is unavailable (see above). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const { code, kind, message, cause, driverAdapterError, meta } = e as ErrorLike;
    if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATES.test(code)))
      return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (kind === "postgres" && typeof code === "string" && SQLSTATES.test(code)) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    queue.push(cause, driverAdapterError, meta);
  }
  return false;
}
