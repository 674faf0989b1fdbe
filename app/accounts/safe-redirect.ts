/**
 * Keeps redirects on this site (OWASP "Unvalidated Redirects and Forwards"): only a path
 * that starts with a single "/" is accepted; anything else (absolute URLs, "//host",
 * "/\\host", control characters) becomes `fallback`.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length === 0 || to.length > 2_000) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  try {
    const url = new URL(to, "http://ponte.invalid");
    if (url.origin !== "http://ponte.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
