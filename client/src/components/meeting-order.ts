/**
 * Meetings in time order, the undated ones last (as the API lists them): they have no place on a
 * time line, but they are meetings all the same.
 */
export function byMeetingDate(a: { date: string | null }, b: { date: string | null }): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date.localeCompare(b.date);
}
