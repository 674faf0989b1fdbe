/**
 * A local HTTP stand-in for Resend's e-mail API, for tests and local checks: the real
 * Resend SDK talks to it through `RESEND_BASE_URL` (never a mocked module).
 *
 * It implements what Ponte uses, as Resend documents it:
 * - `POST /emails` with `Authorization: Bearer <key>` and a JSON body → `200 {id}`;
 *   a missing `from`, `to` or `subject` → `422 {name: "validation_error"}`;
 * - `Idempotency-Key`: the same key with the same body returns the first response and
 *   sends nothing new; the same key with another body → `409 invalid_idempotent_request`;
 * - scripted failures (`failNext`) for 429 with `retry-after`, 5xx, network drops, and a
 *   request that is accepted (the mail counts as sent, its key is remembered) but whose
 *   answer never arrives: the connection drops, or hangs until `releaseHung()` (a sender
 *   that died after Resend took the mail).
 * Test-only endpoints under `/_stand-in/` let another process (the browser tests) read
 * what was sent.
 */
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface SentEmail {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; content_type?: string }[];
  receivedAt: string;
}

export interface ScriptedFailure {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Close the socket without answering (a network failure). */
  drop?: boolean;
  /** Accept the mail as usual, then drop the connection or hang instead of answering. */
  acceptThen?: "drop" | "hang";
}

export interface ResendStandIn {
  url: string;
  /** Mails accepted (one per distinct idempotency key). */
  emails: SentEmail[];
  /** Every POST /emails received, including refused and repeated ones. */
  attempts: { idempotencyKey: string | null; status: number }[];
  /** The next `count` requests to POST /emails get `failure`. */
  failNext(count: number, failure: ScriptedFailure): void;
  /** Ends the connections of requests held by `acceptThen: "hang"` (their senders see a network error). */
  releaseHung(): void;
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Starts the stand-in on a free loopback port (or `port`). `latencyMs`: each accepted mail is
 * recorded at once and answered that much later, like a provider far away (a sender killed
 * meanwhile has handed the mail over without hearing back: scripts/resilience/).
 */
export async function startResendStandIn({
  port = 0,
  latencyMs = 0,
}: { port?: number; latencyMs?: number } = {}): Promise<ResendStandIn> {
  const emails: SentEmail[] = [];
  const attempts: ResendStandIn["attempts"] = [];
  const byKey = new Map<string, { bodyHash: string; id: string }>();
  const failures: ScriptedFailure[] = [];
  const hung = new Set<http.ServerResponse>();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    try {
      if (req.method === "GET" && url.pathname === "/_stand-in/emails") {
        return send(res, 200, { data: emails });
      }
      if (req.method === "POST" && url.pathname === "/_stand-in/reset") {
        emails.length = 0;
        attempts.length = 0;
        byKey.clear();
        failures.length = 0;
        return send(res, 200, { ok: true });
      }
      if (req.method === "POST" && url.pathname === "/_stand-in/fail") {
        const { count, failure } = JSON.parse(await readBody(req)) as { count: number; failure: ScriptedFailure };
        for (let i = 0; i < count; i++) failures.push(failure);
        return send(res, 200, { ok: true });
      }
      if (req.method !== "POST" || url.pathname !== "/emails") {
        return send(res, 404, { statusCode: 404, name: "not_found", message: "The requested endpoint does not exist." });
      }

      const key = req.headers["idempotency-key"];
      const idempotencyKey = typeof key === "string" ? key : null;
      const raw = await readBody(req);
      const scripted = failures.shift();
      const acceptThen = scripted?.acceptThen;
      const failure = acceptThen ? undefined : scripted;
      const answer = (status: number, payload: unknown) => {
        if (acceptThen === "drop" && status === 200) {
          attempts[attempts.length - 1].status = 0;
          req.socket.destroy();
          return;
        }
        if (acceptThen === "hang" && status === 200) {
          attempts[attempts.length - 1].status = 0;
          hung.add(res);
          return;
        }
        if (latencyMs > 0 && status === 200) setTimeout(() => send(res, status, payload), latencyMs);
        else send(res, status, payload);
      };
      if (failure) {
        attempts.push({ idempotencyKey, status: failure.drop ? 0 : failure.status });
        if (failure.drop) {
          req.socket.destroy();
          return;
        }
        return send(res, failure.status, failure.body ?? { statusCode: failure.status, name: "application_error", message: "Scripted failure" }, failure.headers);
      }
      if (!/^Bearer \S+/.test(req.headers.authorization ?? "")) {
        attempts.push({ idempotencyKey, status: 401 });
        return send(res, 401, { statusCode: 401, name: "missing_api_key", message: "Missing API key in the authorization header." });
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        attempts.push({ idempotencyKey, status: 400 });
        return send(res, 400, { statusCode: 400, name: "invalid_request", message: "Body is not JSON." });
      }
      const to = Array.isArray(body.to) ? (body.to as string[]) : typeof body.to === "string" ? [body.to] : [];
      const missing = ["from", "subject"].filter((f) => typeof body[f] !== "string" || !(body[f] as string).trim());
      if (!to.length) missing.push("to");
      const invalidTo = to.find((a) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a.replace(/^.*<([^>]+)>$/, "$1")));
      if (missing.length || invalidTo) {
        attempts.push({ idempotencyKey, status: 422 });
        return send(res, 422, {
          statusCode: 422,
          name: "validation_error",
          message: missing.length ? `Missing \`${missing[0]}\` field.` : `Invalid \`to\` field: ${invalidTo}`,
        });
      }
      const bodyHash = crypto.createHash("sha256").update(raw).digest("hex");
      if (idempotencyKey) {
        const seen = byKey.get(idempotencyKey);
        if (seen && seen.bodyHash !== bodyHash) {
          attempts.push({ idempotencyKey, status: 409 });
          return send(res, 409, {
            statusCode: 409,
            name: "invalid_idempotent_request",
            message: "Same idempotency key used with a different request payload.",
          });
        }
        if (seen) {
          attempts.push({ idempotencyKey, status: 200 });
          return answer(200, { id: seen.id });
        }
      }
      const id = crypto.randomUUID();
      if (idempotencyKey) byKey.set(idempotencyKey, { bodyHash, id });
      emails.push({
        id,
        idempotencyKey,
        from: body.from as string,
        to,
        subject: body.subject as string,
        html: body.html as string | undefined,
        text: body.text as string | undefined,
        headers: body.headers as Record<string, string> | undefined,
        attachments: body.attachments as SentEmail["attachments"],
        receivedAt: new Date().toISOString(),
      });
      attempts.push({ idempotencyKey, status: 200 });
      return answer(200, { id });
    } catch (error) {
      return send(res, 500, { statusCode: 500, name: "internal_server_error", message: String(error) });
    }
  });

  // Like a real provider, keep idle connections longer than the client does (undici: 4 s), so
  // the client always closes first: with Node's 5 s default, a client whose timer fired late on
  // a busy machine wrote its next mail into a closing socket ("Unable to fetch data").
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    emails,
    attempts,
    failNext(count, failure) {
      for (let i = 0; i < count; i++) failures.push(failure);
    },
    releaseHung() {
      for (const res of hung) res.socket?.destroy();
      hung.clear();
    },
    reset() {
      for (const res of hung) res.socket?.destroy();
      hung.clear();
      emails.length = 0;
      attempts.length = 0;
      byKey.clear();
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// `node --import tsx tests/stand-ins/resend.ts [port]` runs it on its own (browser tests, local checks).
if (import.meta.url === `file://${process.argv[1]}`) {
  const standIn = await startResendStandIn({ port: Number(process.argv[2] ?? 0) });
  console.log(`Resend stand-in listening on ${standIn.url}`);
}
