/** Dates as Swedish minutes write them, and the little date arithmetic the generator needs. */

export const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
export const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

const DAY_MS = 86_400_000;

export const isoOf = (d: Date): string => d.toISOString().slice(0, 10);
export const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
export const addDays = (iso: string, days: number): string => isoOf(new Date(dateOf(iso).getTime() + days * DAY_MS));

/** "11 april 2024", or "11 april" without the year. */
export function dayMonth(iso: string, withYear: boolean): string {
  const d = dateOf(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${withYear ? ` ${d.getUTCFullYear()}` : ''}`;
}

/** "Torsdagen den 11 april 2024". */
export function longDate(iso: string): string {
  const weekday = WEEKDAYS[dateOf(iso).getUTCDay()]!;
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}en den ${dayMonth(iso, true)}`;
}

/** "Måndag 3 mars 2025". */
export function shortDate(iso: string): string {
  const weekday = WEEKDAYS[dateOf(iso).getUTCDay()]!;
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)} ${dayMonth(iso, true)}`;
}

/** Every date in `year` that falls on `weekday`, outside the summer break and the turn of the year. */
export function meetingDays(year: number, weekday: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(year, 0, 8); t <= Date.UTC(year, 11, 18); t += DAY_MS) {
    const d = new Date(t);
    if (d.getUTCDay() !== weekday) continue;
    const month = d.getUTCMonth();
    if (month === 6 || (month === 7 && d.getUTCDate() < 12)) continue;
    out.push(isoOf(d));
  }
  return out;
}

/** "tisdag" for a date. */
export const weekdayOf = (iso: string): string => WEEKDAYS[dateOf(iso).getUTCDay()]!;

/** "12.3.2024", "20/5 2014", or without the year "16/9". */
export function numericDate(iso: string, form: 'dot' | 'slash', withYear = true): string {
  const d = dateOf(iso);
  const dm = `${d.getUTCDate()}${form === 'dot' ? '.' : '/'}${d.getUTCMonth() + 1}`;
  if (!withYear) return dm;
  return form === 'dot' ? `${dm}.${d.getUTCFullYear()}` : `${dm} ${d.getUTCFullYear()}`;
}

/** "Tisdag, 10 juni, 2025". */
export function commaDate(iso: string): string {
  const d = dateOf(iso);
  const weekday = weekdayOf(iso);
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}, ${d.getUTCFullYear()}`;
}

/** "januari" for a date. */
export const monthOf = (iso: string): string => MONTHS[dateOf(iso).getUTCMonth()]!;
