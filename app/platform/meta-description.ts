/**
 * The page's `<meta name="description">` (issue 15: Lighthouse's SEO audit; search engines
 * show it under the title). A route puts `metaDescription` in its loader data; the root
 * document shows the deepest route's, else the site's own (common `meta.description`).
 */

/** Search engines show about 155–160 characters; longer text is cut at a word with "…". */
export const META_DESCRIPTION_MAX = 160;

/**
 * `text` as a meta description: white space collapsed, at most META_DESCRIPTION_MAX
 * characters, cut at the last space before the limit (or at the limit) with "…".
 */
export function metaDescription(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= META_DESCRIPTION_MAX) return flat;
  const cut = flat.slice(0, META_DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > META_DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** The deepest `metaDescription` string among the matched routes' data, or null. */
export function deepestMetaDescription(matches: readonly { data?: unknown }[]): string | null {
  for (let i = matches.length - 1; i >= 0; i--) {
    const value = (matches[i]!.data as { metaDescription?: unknown } | null | undefined)?.metaDescription;
    if (typeof value === "string" && value.trim()) return value;
  }
  return null;
}
