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

/** Content types a stored upload may be served as (judged by its bytes on upload). */
const SERVED_TYPES = new Set(["application/pdf", "image/jpeg", "image/png"]);

/**
 * A stored upload as an attachment: a PDF, or a JPEG/PNG scan when the row says so (any
 * other recorded type is served as PDF, the only type older rows have).
 * @throws a 404 response when the bytes are missing from storage (the row exists, the file not).
 */
export async function pdfResponse(file: {
  storageKey: string;
  filename: string;
  contentType?: string;
}): Promise<Response> {
  let bytes: Uint8Array;
  try {
    bytes = await getStorage().get(file.storageKey);
  } catch {
    throw new Response("Not found", { status: 404 });
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      ...downloadHeaders(
        file.contentType && SERVED_TYPES.has(file.contentType) ? file.contentType : "application/pdf",
        file.filename,
      ),
      "Content-Length": String(bytes.byteLength),
    },
  });
}
