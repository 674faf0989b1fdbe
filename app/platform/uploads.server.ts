/**
 * Multipart forms with one file field, parsed with Remix's streaming parser.
 *
 * - A PDF is judged by its bytes: it must start with `%PDF-` (ISO 32000-1 §7.5.2, the
 *   file header), whatever its name or declared type. Where scans are welcome
 *   (`accept: "document"`, the document wallet), a JPEG (starts FF D8 FF, JFIF/Exif SOI
 *   marker) or a PNG (the 8-byte signature 89 50 4E 47 0D 0A 1A 0A, RFC 2083 §3.1) is
 *   accepted too, stored as it is.
 * - The file part is read up to `maxBytes` (default 5 MB = 5 × 1024 × 1024); a larger one
 *   is drained and discarded, so the other fields still arrive and the form can show a
 *   field error. Nothing touches the disk here: the caller stores the bytes only after the
 *   whole form is valid.
 * - Text parts are capped at `maxTextBytes` each (default 64 KiB).
 */
import {
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
} from "@remix-run/node";
import { assertCleanFormData } from "./form.server";

import { MAX_PDF_BYTES } from "./pdf";

export { MAX_PDF_BYTES };

export type UploadProblem = "too-large" | "not-pdf" | "not-document" | "empty";

/** The content types an upload may have, judged by its bytes. */
export type UploadContentType = "application/pdf" | "image/jpeg" | "image/png";

export interface UploadedPdf {
  filename: string;
  bytes: Uint8Array;
  /** Judged by the bytes (absent = "application/pdf", the PDF-only forms). */
  contentType?: UploadContentType;
}

export interface ParsedUploadForm {
  formData: FormData;
  /** The file, when one was sent and it is a PDF within the limit. */
  file: UploadedPdf | null;
  /** Why the sent file was refused (null when no file or a good one was sent). */
  problem: UploadProblem | null;
}

/** True when `bytes` start with the PDF header `%PDF-`. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const header = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return bytes.length >= header.length && header.every((b, i) => bytes[i] === b);
}

/**
 * The content type of `bytes` by their first bytes (PDF header, JPEG SOI marker, PNG
 * signature); null for anything else.
 */
export function sniffDocument(bytes: Uint8Array): UploadContentType | null {
  if (looksLikePdf(bytes)) return "application/pdf";
  const starts = (sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  return null;
}

const EXTENSIONS: Record<UploadContentType, RegExp> = {
  "application/pdf": /\.pdf$/i,
  "image/jpeg": /\.jpe?g$/i,
  "image/png": /\.png$/i,
};
const DEFAULT_EXTENSION: Record<UploadContentType, string> = {
  "application/pdf": ".pdf",
  "image/jpeg": ".jpg",
  "image/png": ".png",
};

/**
 * A safe display name: no path, no control characters, at most 120 characters, ending in
 * the extension of `contentType` (default PDF: `.pdf`).
 */
export function cleanFilename(name: string | undefined, contentType: UploadContentType = "application/pdf"): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  // Control characters and characters file systems refuse.
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\u0000-\u001f\u007f"<>|:*?]/g;
  const clean = base.replace(unsafe, "").trim().slice(0, 120);
  const ext = DEFAULT_EXTENSION[contentType];
  const withName = clean || `document${ext}`;
  return EXTENSIONS[contentType].test(withName) ? withName : `${withName}${ext}`;
}

export class TextPartTooLargeError extends Error {}

/**
 * Parses `request` (multipart/form-data) with `fileField` as the one file field: a PDF, or
 * with `accept: "document"` a PDF, JPEG or PNG (problem "not-document" otherwise).
 * @throws TextPartTooLargeError when a text field exceeds `maxTextBytes` (callers answer 413).
 */
export async function parsePdfForm(
  request: Request,
  {
    fileField,
    maxBytes = MAX_PDF_BYTES,
    maxTextBytes = 64 * 1024,
    accept = "pdf",
  }: { fileField: string; maxBytes?: number; maxTextBytes?: number; accept?: "pdf" | "document" },
): Promise<ParsedUploadForm> {
  let file: UploadedPdf | null = null;
  let problem: UploadProblem | null = null;

  const fileHandler = async ({
    name,
    filename,
    data,
  }: {
    name: string;
    filename?: string;
    data: AsyncIterable<Uint8Array>;
  }) => {
    if (name !== fileField || filename === undefined) return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    let tooLarge = false;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > maxBytes)
        tooLarge = true; // keep draining, keep nothing
      else chunks.push(chunk);
    }
    if (!filename && size === 0) return ""; // the browser's "no file chosen"
    if (tooLarge) problem = "too-large";
    else if (size === 0) problem = "empty";
    else {
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const c of chunks) {
        bytes.set(c, offset);
        offset += c.byteLength;
      }
      const type = accept === "document" ? sniffDocument(bytes) : looksLikePdf(bytes) ? "application/pdf" : null;
      if (!type) problem = accept === "document" ? "not-document" : "not-pdf";
      else file = { filename: cleanFilename(filename, type), bytes, contentType: type };
    }
    return "";
  };

  try {
    const formData = await unstable_parseMultipartFormData(
      request,
      unstable_composeUploadHandlers(fileHandler, unstable_createMemoryUploadHandler({ maxPartSize: maxTextBytes })),
    );
    assertCleanFormData(formData);
    return { formData, file, problem };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new TextPartTooLargeError(error.message);
    throw error;
  }
}
