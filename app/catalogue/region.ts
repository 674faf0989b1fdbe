/**
 * Lombardy and abroad (issue 19): a centre with no country is in Lombardy; one with an ISO
 * 3166-1 alpha-2 country is a partner institution abroad. The public catalogue lists the two
 * apart and filters by region and by country. Plain module: the browser uses it too.
 */
import { z } from "zod";

export const REGIONS = ["lombardy", "abroad"] as const;
export type Region = (typeof REGIONS)[number];

/** The catalogue's region and country filters (`?region=abroad&country=DE`); a country implies abroad. */
export const regionFilterFields = {
  region: z.enum(REGIONS).optional(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
    .transform((v) => v.toUpperCase())
    .optional(),
};

/** The region of a centre given its `country` column. */
export function regionOf(country: string | null | undefined): Region {
  return country ? "abroad" : "lombardy";
}

/**
 * Items in two groups, Lombardy first, each keeping the items' order; empty groups left out.
 * `countryOf` reads an item's centre country (null in Lombardy).
 */
export function groupByRegion<T>(items: T[], countryOf: (item: T) => string | null | undefined) {
  const groups: { region: Region; items: T[] }[] = REGIONS.map((region) => ({ region, items: [] }));
  for (const item of items) groups[regionOf(countryOf(item)) === "lombardy" ? 0 : 1].items.push(item);
  return groups.filter((g) => g.items.length > 0);
}
