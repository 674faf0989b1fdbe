/**
 * Reading form bodies safely: the whole body is capped before it is parsed (the HTTP
 * server's 6 MB Content-Length check is for uploads; account forms are a few hundred
 * bytes), then each field's maximum is checked by its Zod schema before any hashing.
 */
import { data } from "@remix-run/node";

/** Default cap for forms without files: 16 KiB. */
export const SMALL_FORM_BYTES = 16 * 1024;

function tooLarge(): never {
  throw data("Request body too large.", { status: 413 });
}

/**
 * Reads the rest of a refused body and discards it, so the answer reaches a client that is
 * still sending and the connection stays usable (a body left unread, or a cancelled stream,
 * resets the connection under the next request). The edge guard (server/input-guard.ts)
 * has already capped what may arrive.
 */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    for (;;) if ((await reader.read()).done) return;
  } catch {
    // The client went away: nothing left to answer.
  }
}

/**
 * Parses the request's form body after checking its size.
 * @throws a 413 response when the declared or actual body exceeds `maxBytes`.
 */
export async function readFormData(request: Request, maxBytes = SMALL_FORM_BYTES): Promise<FormData> {
  const declared = Number(request.headers.get("content-length"));
  if (!request.body) {
    if (Number.isFinite(declared) && declared > maxBytes) tooLarge();
    return new FormData();
  }
  const reader = request.body.getReader();
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(reader);
    tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await discard(reader);
      tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  if (/^application\/x-www-form-urlencoded/i.test(request.headers.get("content-type") ?? "")) {
    assertStrictUrlEncoded(body);
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  let formData: FormData;
  try {
    formData = await new Request(request.url, { method: "POST", headers, body }).formData();
  } catch {
    throw data("The form could not be read.", { status: 400 });
  }
  assertCleanFormData(formData);
  return formData;
}

/** A 400 without a message, so the page shows its translated text (issue 12's input guard). */
function unreadable(): never {
  throw data(null, { status: 400 });
}

/**
 * Refuses an `application/x-www-form-urlencoded` body whose percent-escapes are not valid
 * UTF-8 (RFC 3629): the standard parser would turn them silently into U+FFFD.
 * @throws a 400 response.
 */
function assertStrictUrlEncoded(body: Uint8Array) {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body);
  for (const part of text.split("&")) {
    try {
      decodeURIComponent(part.replaceAll("+", " "));
    } catch {
      unreadable();
    }
  }
}

/**
 * Refuses a form with a NUL character in any text field (PostgreSQL cannot store 0x00 in
 * text, and no person types one).
 * @throws a 400 response.
 */
export function assertCleanFormData(formData: FormData): void {
  for (const [key, value] of formData) {
    if (key.includes("\0") || (typeof value === "string" && value.includes("\0"))) unreadable();
  }
}

/**
 * Runs `work`, then waits until at least `minMs` have passed since `start`, so answers
 * whose work differs (an account exists or not) take the same time.
 */
export async function atLeast<T>(minMs: number, work: () => Promise<T>, start = performance.now()): Promise<T> {
  try {
    return await work();
  } finally {
    const left = minMs - (performance.now() - start);
    if (left > 0) await new Promise((r) => setTimeout(r, left));
  }
}

/**
 * Floor for sign-up, login and forgot-password answers (ms): above the slowest path
 * (argon2 ≈ 40 ms plus a transaction), so both answers take the floor.
 */
export const UNIFORM_RESPONSE_MS = 400;
