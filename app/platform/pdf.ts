/** Limits of uploaded PDFs shared by the browser's check and the server's parser (pure). */

/** Largest PDF accepted (bytes): 5 MB = 5 × 1024 × 1024. */
export const MAX_PDF_BYTES = 5 * 1024 * 1024;
