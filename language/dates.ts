/** Swedish calendar words and date arithmetic for minutes, which write dates in words. */

const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['januari', 'jan']],
  [2, ['februari', 'feb']],
  [3, ['mars', 'mar']],
  [4, ['april', 'apr']],
  [5, ['maj']],
  [6, ['juni', 'jun']],
  [7, ['juli', 'jul']],
  [8, ['augusti', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['oktober', 'okt']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];

const MONTH_BY_WORD = new Map<string, number>(MONTHS.flatMap(([n, words]) => words.map((w) => [w, n] as const)));

/** Sunday = 0, as Date#getUTCDay. */
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

const MONTH_WORD = '(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?';

/** "11 april 2024", "11 april februari 2024" (two month names: kept, resolved by the caller), "6 februari". */
export const WORD_DATE = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\s+(${MONTH_WORD}(?:\\s+${MONTH_WORD})*)(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'iu');
const ISO_DATE = /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/u;
const WEEKDAY = /(?<![\p{L}\p{N}])(söndag|måndag|tisdag|onsdag|torsdag|fredag|lördag)(?:en)?(?![\p{L}\p{N}])/iu;

export interface DateMention {
  day: number;
  /** Every month the text names; more than one is a conflict for the caller to settle. */
  months: number[];
  year: number | null;
  /** 0–6 (Sunday = 0) when a weekday is written. */
  weekday: number | null;
  /** Index of the match in the searched text. */
  index: number;
}

export function monthOf(word: string): number | undefined {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, ''));
}

/** The first date written in `text`, in words or ISO form, with the weekday if one is written. */
export function findDate(text: string): DateMention | null {
  const weekdayMatch = WEEKDAY.exec(text);
  const weekday = weekdayMatch ? WEEKDAYS.indexOf(weekdayMatch[1]!.toLowerCase()) : null;
  const iso = ISO_DATE.exec(text);
  const words = WORD_DATE.exec(text);
  if (iso && (!words || iso.index < words.index)) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (isValidDate(y, m, d)) return { day: d, months: [m], year: y, weekday, index: iso.index };
  }
  if (!words) return null;
  const months = words[2]!
    .split(/\s+/)
    .map(monthOf)
    .filter((m): m is number => m !== undefined);
  const day = Number(words[1]);
  if (months.length === 0 || day < 1 || day > 31) return null;
  return { day, months: [...new Set(months)], year: words[3] ? Number(words[3]) : null, weekday, index: words.index };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function weekdayName(day: number): string {
  return WEEKDAYS[day] ?? '?';
}

/**
 * The year for a date written without one, relative to a reference date:
 * `before` gives the latest such date on or before the reference (an approved earlier meeting),
 * `after` the earliest on or after it (a next meeting, a promised date).
 */
export function resolveYear(month: number, day: number, referenceIso: string, direction: 'before' | 'after'): string | null {
  const refYear = Number(referenceIso.slice(0, 4));
  const candidates = [refYear - 1, refYear, refYear + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((y) => toIso(y, month, day));
  const fitting = direction === 'before' ? candidates.filter((c) => c <= referenceIso).pop() : candidates.find((c) => c >= referenceIso);
  return fitting ?? null;
}

/** "13:00", "13.00", "kl 9" → "HH:MM". */
export function normaliseClock(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 24 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** "Kl. 13:00-14:30", "kl 13.00–15.00", "13:00" → start and end. */
export function findTimeRange(text: string): { start: string | null; end: string | null } {
  const range = /(?:(?<![\p{L}\p{N}])kl\.?\s*)?(?<![\p{L}\p{N}])(\d{1,2}(?:[:.]\d{2})?)\s*[-–—]\s*(\d{1,2}(?:[:.]\d{2})?)(?![\p{L}\p{N}])/iu.exec(text);
  if (range) {
    const start = normaliseClock(range[1]!);
    const end = normaliseClock(range[2]!);
    if (start && end && (range[1]!.length > 2 || /kl/i.test(range[0]))) return { start, end };
  }
  const single = /(?<![\p{L}\p{N}])kl\.?\s*(\d{1,2}(?:[:.]\d{2})?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(\d{1,2}[:.]\d{2})(?![\p{L}\p{N}])/iu.exec(text);
  const start = single ? normaliseClock(single[1] ?? single[2]!) : null;
  return { start, end: null };
}
