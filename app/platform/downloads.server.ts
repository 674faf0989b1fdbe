/**
 * Responses for downloads: stored PDFs, calendars and CSV exports. Always attachments
 * (never rendered inline), never cached by shared caches, never sniffed.
 */
import { getStorage } from "./storage.server";

/**
 * A `Content-Disposition: attachment` value with an ASCII `filename` fallback and the exact
 * UTF-8 name in `filename*` (RFC 6266 §4.3, RFC 8187).
 */
export function attachmentDisposition(filename: string): string {
  const ascii =
    filename
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "")
      .trim() || "download";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Headers every download carries. */
export function downloadHeaders(contentType: string, filename: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": attachmentDisposition(filename),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}

/**
 * A stored PDF as an attachment.
 * @throws a 404 response when the bytes are missing from storage (the row exists, the file not).
 */
export async function pdfResponse(file: { storageKey: string; filename: string }): Promise<Response> {
  let bytes: Uint8Array;
  try {
    bytes = await getStorage().get(file.storageKey);
  } catch {
    throw new Response("Not found", { status: 404 });
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { ...downloadHeaders("application/pdf", file.filename), "Content-Length": String(bytes.byteLength) },
  });
}
