import { isValidDate, MONTH_NAMES, monthOf, toIso } from './dates.js';

/**
 * Periods written in words, as promises in minutes name them: "i maj", "i mars 2024",
 * "hösten 2025", "under våren", "efter sommaren", "nästa år". A promise for a period is due when
 * the period ends, so a meeting after that end finds it overdue.
 */

/** The last month of each season, as the calendar seasons go (spring March–May, and so on). */
const SEASON_END: Readonly<Record<string, number>> = { vår: 5, sommar: 8, höst: 11, vinter: 2 };
/** "våren" → vår, "vintern" → vinter. */
const seasonOf = (word: string): string => word.toLowerCase().replace(/(?<=vinter)n$|en$/u, '');

const FULL_MONTH = `(${MONTH_NAMES.join('|')})`;
const YEAR = '((?:19|20|21)\\d{2})';
const MONTH_PERIOD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:i|under|till|före|senast\\s+i|i\\s+slutet\\s+av|i\\s+början\\s+av)\\s+${FULL_MONTH}(?:\\s+${YEAR})?(?![\\p{L}\\p{N}])`,
  'iu',
);
/**
 * "hösten 2025" stands alone; "hösten" needs a preposition ("under hösten"), "höst" needs "i"
 * ("i höst"), except "i vår", which is as often "in our" ("i vår kommun").
 */
const SEASON_PERIOD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:(i|under|till|före|efter|i\\s+slutet\\s+av|i\\s+början\\s+av)\\s+)?(våren|sommaren|hösten|vintern)\\s+${YEAR}|(i|under|till|före|efter|i\\s+slutet\\s+av|i\\s+början\\s+av)\\s+(våren|sommaren|hösten|vintern)|i\\s+(sommar|höst|vinter))(?![\\p{L}\\p{N}])`,
  'iu',
);
const NEXT_YEAR = /(?<![\p{L}\p{N}])(i\s+början\s+av\s+)?nästa\s+år(?![\p{L}\p{N}])/iu;

/** Any period `findPeriod` reads, as a pattern source without groups, for other patterns to use. */
export const PERIOD_SOURCE = [MONTH_PERIOD, SEASON_PERIOD, NEXT_YEAR].map((r) => `(?:${r.source.replace(/\((?!\?)/g, '(?:')})`).join('|');

export interface PeriodMention {
  /** The last day of the period (ISO). */
  end: string;
  /** Index of the match in the searched text. */
  index: number;
}

/**
 * The first period named in `text`, ending on or after `referenceIso` when no year is written
 * (a promise made at a meeting in October "till våren" is due next May). Null when none is named.
 */
export function findPeriod(text: string, referenceIso: string): PeriodMention | null {
  const found = [monthPeriod(text, referenceIso), seasonPeriod(text, referenceIso), nextYear(text, referenceIso)].filter(
    (p): p is PeriodMention => p !== null,
  );
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

function monthPeriod(text: string, referenceIso: string): PeriodMention | null {
  const m = MONTH_PERIOD.exec(text);
  if (!m) return null;
  const month = monthOf(m[1]!)!;
  const year = m[2] ? Number(m[2]) : firstYearEndingAfter(month, referenceIso);
  return { end: monthEnd(year, month), index: m.index };
}

function seasonPeriod(text: string, referenceIso: string): PeriodMention | null {
  const m = SEASON_PERIOD.exec(text);
  if (!m) return null;
  const preposition = (m[1] ?? m[4] ?? '').toLowerCase();
  const season = seasonOf((m[2] ?? m[5] ?? m[6])!);
  let month = SEASON_END[season]!;
  let year: number;
  if (m[3]) {
    // "vintern 2025" is the winter that starts in December 2025.
    year = Number(m[3]) + (season === 'vinter' ? 1 : 0);
  } else {
    year = firstYearEndingAfter(month, referenceIso);
  }
  // "efter sommaren": the month after the season.
  if (preposition === 'efter') [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return { end: monthEnd(year, month), index: m.index };
}

function nextYear(text: string, referenceIso: string): PeriodMention | null {
  const m = NEXT_YEAR.exec(text);
  if (!m) return null;
  const year = Number(referenceIso.slice(0, 4)) + 1;
  // "i början av nästa år": its first quarter.
  return { end: m[1] ? monthEnd(year, 3) : toIso(year, 12, 31), index: m.index };
}

/** The year in which `month` ends on or after the reference date. */
function firstYearEndingAfter(month: number, referenceIso: string): number {
  const year = Number(referenceIso.slice(0, 4));
  return monthEnd(year, month) >= referenceIso ? year : year + 1;
}

function monthEnd(year: number, month: number): string {
  for (let day = 31; day >= 28; day--) if (isValidDate(year, month, day)) return toIso(year, month, day);
  return toIso(year, month, 28);
}
