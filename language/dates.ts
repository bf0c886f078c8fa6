/** Swedish calendar words and date arithmetic for minutes, which write dates in many forms. */

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

/** The months' full names, January first ("januari" … "december"). */
export const MONTH_NAMES: readonly string[] = MONTHS.map(([, words]) => words[0]!);

const MONTH_BY_WORD = new Map<string, number>(MONTHS.flatMap(([n, words]) => words.map((w) => [w, n] as const)));

/** Sunday = 0, as Date#getUTCDay. */
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

// Longest alternatives first, so "sept" is not read as "sep" followed by a stray "t".
const MONTH_WORD = `(?:${[...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const WEEKDAY_WORD = `(?:${WEEKDAYS.join('|')})(?:en)?`;
/** A year a minutes text can mean; "2 maj 1000 kronor" has none. */
const YEAR = '(?:19|20|21)\\d{2}';
/** "20", "1:a", "20:e": the day of a date written in words. */
const DAY = '\\d{1,2}(?::[ae])?';

/** "11 april 2024", "20 maj, 2014", "11 april februari 2024" (two month names: kept, resolved by the caller), "6 februari". */
export const WORD_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${DAY})\\s+(${MONTH_WORD}(?:\\s+${MONTH_WORD})*)(?:\\s*,?\\s+(${YEAR}))?(?![\\p{L}\\d])`,
  'iu',
);

/** A clock time glued to the date it follows ("2019-02-26kl. 13:00", as one-line PDF text runs them together) does not hide the date. */
const NOT_KL = '(?!kl[.\\s\\d])';
/**
 * Every date form minutes use, one alternative each, tried where a number starts. Numbers glued
 * to other numbers or letters are not dates: diary numbers ("HSN 2025-0125", "KS 2019/123"), phone
 * numbers and clock times never match. Day and month without a year are read only in words or
 * with a slash ("16/9"): "10.12" is a time.
 */
const DATE_AT = new RegExp(
  [
    `(?<wday>${DAY})\\s+(?<wmonths>${MONTH_WORD}(?:\\s+${MONTH_WORD})*)(?:\\s*,?\\s+(?<wyear>${YEAR}))?(?!${NOT_KL}[\\p{L}\\d])`,
    `(?<iyear>${YEAR})-(?<imonth>\\d{1,2})-(?<iday>\\d{1,2})(?!${NOT_KL}[\\p{L}\\p{N}]|-\\d)`,
    `(?<dday>\\d{1,2})\\.(?<dmonth>\\d{1,2})\\.(?<dyear>${YEAR})(?!${NOT_KL}[\\p{L}\\p{N}]|[.,]\\d)`,
    `(?<sday>\\d{1,2})\\/(?<smonth>\\d{1,2})(?:(?:\\/|\\s*-\\s*|\\s+)(?<syear>${YEAR}))?(?![\\p{L}\\p{N}\\/]|[.,]\\d)`,
  ].join('|'),
  'iuy',
);
/** The weekday written in front of a date: "tisdag den", "tisdagen den", "Tisdag,". */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${WEEKDAY_WORD})\\s*,?\\s+(?:den\\s+)?$`, 'iu');
/** How far before a date its weekday can stand ("torsdagen den "). */
const WEEKDAY_REACH = 24;
const DIGITS = /\d+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** "2019/12/03", "1.12.3": the number goes on from one before it, as diary and version numbers do. */
function continuesNumber(text: string, at: number): boolean {
  return at > 1 && '/.-'.includes(text[at - 1]!) && /\d/.test(text[at - 2]!);
}

const WEEKDAY = new RegExp(`^${WEEKDAY_WORD}$`, 'iu');

export interface DateMention {
  day: number;
  /** Every month the text names; more than one is a conflict for the caller to settle. */
  months: number[];
  year: number | null;
  /** 0–6 (Sunday = 0) when a weekday is written with the date. */
  weekday: number | null;
  /** Index of the match (the weekday, when one is written) in the searched text. */
  index: number;
  /** Index just after the match. */
  end: number;
}

export function monthOf(word: string): number | undefined {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, ''));
}

function weekdayOfWord(word: string | undefined): number | null {
  if (!word || !WEEKDAY.test(word)) return null;
  const lower = word.toLowerCase();
  return WEEKDAYS.findIndex((w) => lower.startsWith(w));
}

/** A day and month that exist in some year (29 February included). */
function isCalendarDay(month: number, day: number): boolean {
  return isValidDate(2000, month, day);
}

function fromMatch(m: RegExpExecArray, weekday: number | null, index: number): DateMention | null {
  const g = m.groups!;
  const at = { weekday, index, end: m.index + m[0].length };
  if (g.wday !== undefined) {
    const day = Number.parseInt(g.wday, 10);
    const months = [...new Set(g.wmonths!.split(/\s+/).map(monthOf))].filter((n): n is number => n !== undefined);
    const year = g.wyear ? Number(g.wyear) : null;
    if (months.length === 0 || !months.some((month) => (year === null ? isCalendarDay(month, day) : isValidDate(year, month, day))))
      return null;
    return { day, months, year, ...at };
  }
  const [year, month, day] =
    g.iyear !== undefined
      ? [Number(g.iyear), Number(g.imonth), Number(g.iday)]
      : g.dday !== undefined
        ? [Number(g.dyear), Number(g.dmonth), Number(g.dday)]
        : [g.syear ? Number(g.syear) : null, Number(g.smonth), Number(g.sday)];
  if (year === null ? !isCalendarDay(month, day) : !isValidDate(year, month, day)) return null;
  return { day, months: [month], year, ...at };
}

/**
 * Every date written in `text`, in order, each with the weekday written in front of it. Only
 * where a number starts (not glued to a letter or another number) is a date tried: most of a
 * text has no digits, and one pattern tried at every position took ten times as long.
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  DIGITS.lastIndex = 0;
  for (let d = DIGITS.exec(text); d; d = DIGITS.exec(text)) {
    if (d.index > 0 && (WORD_CHAR.test(text[d.index - 1]!) || continuesNumber(text, d.index))) continue;
    DATE_AT.lastIndex = d.index;
    const m = DATE_AT.exec(text);
    if (!m) continue;
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, d.index - WEEKDAY_REACH), d.index));
    const start = before ? d.index - before[0].length : d.index;
    const weekday = before && !(start > 0 && WORD_CHAR.test(text[start - 1]!)) ? weekdayOfWord(before[1]) : null;
    const mention = fromMatch(m, weekday, weekday === null ? d.index : start);
    if (!mention) continue;
    found.push(mention);
    DIGITS.lastIndex = mention.end;
  }
  return found;
}

/** The first date written in `text`, in any form, with the weekday if one is written with it. */
export function findDate(text: string): DateMention | null {
  return findDates(text)[0] ?? null;
}

/** The ISO date a mention names when it has a year and one month that exists then. */
export function isoOf(mention: DateMention): string | null {
  if (mention.year === null || mention.months.length !== 1) return null;
  const month = mention.months[0]!;
  return isValidDate(mention.year, month, mention.day) ? toIso(mention.year, month, mention.day) : null;
}

/** "20201207" (a date run together, as in file names): a valid date between 1900 and 2199. */
const COMPACT_DATE = /(?<!\d)((?:19|20|21)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;

/**
 * The date in a file name: `…-pensionarsradet-2020-12-07.txt`, `2020-12-07_kpr.pdf`, `20201207`,
 * `kpr-7-dec-2020`. Only full dates count: a name has no meeting to take a year from.
 */
export function findDateInName(name: string): string | null {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.(?=[a-z0-9]*[a-z])[a-z0-9]{1,5}$/i, '');
  for (const mention of findDates(base)) {
    const iso = isoOf(mention);
    if (iso) return iso;
  }
  const compact = COMPACT_DATE.exec(base);
  if (compact && isValidDate(Number(compact[1]), Number(compact[2]), Number(compact[3])))
    return `${compact[1]}-${compact[2]}-${compact[3]}`;
  // Words and numbers joined by separators: "kpr-7-dec-2020", "mote_7_december_2020".
  for (const mention of findDates(base.replace(/[-_.]+/g, ' '))) {
    const iso = isoOf(mention);
    if (iso) return iso;
  }
  return null;
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

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The year for a date written without one, relative to a reference date:
 * `before` gives the latest such date on or before the reference (an approved earlier meeting),
 * `after` the earliest on or after it (a next meeting, a promised date).
 */
export function resolveYear(month: number, day: number, referenceIso: string, direction: 'before' | 'after'): string | null {
  const refYear = Number(referenceIso.slice(0, 4));
  const candidates = [refYear - 1, refYear, refYear + 1].filter((y) => isValidDate(y, month, day)).map((y) => toIso(y, month, day));
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

/** The text with every date blanked to spaces of the same length, so its numbers are not read as times. */
function withoutDates(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const d of findDates(text)) {
    parts.push(text.slice(at, d.index), ' '.repeat(d.end - d.index));
    at = d.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** "Kl. 13:00-14:30", "kl 13.00–15.00", "13:00", "2014-05-20 kl 13-15" → start and end. */
export function findTimeRange(text: string): { start: string | null; end: string | null } {
  const clean = withoutDates(text);
  const range =
    /(?:(?<![\p{L}\p{N}])kl\.?\s*)?(?<![\p{L}\p{N}])(\d{1,2}(?:[:.]\d{2})?)\s*[-–—]\s*(\d{1,2}(?:[:.]\d{2})?)(?![\p{L}\p{N}])/iu.exec(
      clean,
    );
  if (range) {
    const start = normaliseClock(range[1]!);
    const end = normaliseClock(range[2]!);
    if (start && end && (range[1]!.length > 2 || /kl/i.test(range[0]))) return { start, end };
  }
  const single =
    /(?<![\p{L}\p{N}])kl\.?\s*(\d{1,2}(?:[:.]\d{2})?)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(\d{1,2}[:.]\d{2})(?![\p{L}\p{N}])/iu.exec(clean);
  const start = single ? normaliseClock(single[1] ?? single[2]!) : null;
  return { start, end: null };
}
