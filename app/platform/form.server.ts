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
 * Parses the request's form body after checking its size.
 * @throws a 413 response when the declared or actual body exceeds `maxBytes`.
 */
export async function readFormData(request: Request, maxBytes = SMALL_FORM_BYTES): Promise<FormData> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) tooLarge();
  if (!request.body) return new FormData();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
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
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  try {
    return await new Request(request.url, { method: "POST", headers, body }).formData();
  } catch {
    throw data("The form could not be read.", { status: 400 });
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
