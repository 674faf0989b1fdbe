/** The last Sunday of a month (`YYYY-MM-DD`): the EU's daylight-saving change days (March, October). */
export function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}
