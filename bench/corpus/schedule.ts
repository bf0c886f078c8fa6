import { meetingDays } from './calendar.js';
import type { Random } from './random.js';

/** How many meetings to aim for per body and year: published bodies meet four to eight times a year. */
export const MEETINGS_PER_YEAR = [4, 8] as const;

/**
 * Splits `total` meetings over bodies × years: as even as the total allows, then varied by moving
 * single meetings between cells while both stay within four to eight a year. The sum is exact.
 */
export function meetingCounts(total: number, bodies: number, years: number, random: Random): number[][] {
  const cells = bodies * years;
  const base = Math.floor(total / cells);
  const counts = Array.from({ length: cells }, () => base);
  for (const i of random.sample([...counts.keys()], total - base * cells)) counts[i]!++;
  const [min, max] = MEETINGS_PER_YEAR;
  for (let n = 0; n < cells * 2; n++) {
    const from = random.int(0, cells - 1);
    const to = random.int(0, cells - 1);
    if (from !== to && counts[from]! - 1 >= min && counts[to]! + 1 <= max) {
      counts[from]!--;
      counts[to]!++;
    }
  }
  return Array.from({ length: bodies }, (_, b) => counts.slice(b * years, (b + 1) * years));
}

/** `n` meeting dates in `year` on the body's weekday, spread over the year (one per stretch of it). */
export function meetingDates(year: number, weekday: number, n: number, random: Random): string[] {
  const days = meetingDays(year, weekday);
  if (n <= 0) return [];
  if (n >= days.length) return days.slice(0, n);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const from = Math.floor((k * days.length) / n);
    const to = Math.floor(((k + 1) * days.length) / n) - 1;
    out.push(days[random.int(from, Math.max(from, to))]!);
  }
  return out;
}
