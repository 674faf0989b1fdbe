/**
 * Which side of the catalogue an applicant may request (issue 19, part 2): Lombardy's
 * professionals (a profile with a home centre) go abroad, to partner institutions; applicants
 * from abroad (no home centre) come to Lombardy's centres. The installation may open both
 * ways (PONTE_MOBILITY_DIRECTION=open). Pure: no I/O.
 */

/**
 * True when an applicant with `homeCentreId` (null: from abroad) may request an opportunity
 * of a centre whose country is `centreCountry` (null: in Lombardy). Always true when not enforced.
 */
export function mayRequestAcross(homeCentreId: string | null, centreCountry: string | null, enforce: boolean): boolean {
  if (!enforce) return true;
  const fromLombardy = homeCentreId !== null;
  const hostAbroad = centreCountry !== null;
  return fromLombardy === hostAbroad;
}
