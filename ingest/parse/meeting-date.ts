import type { ParseWarning } from '../../shapes/minutes.schema.js';
import { isValidDate, resolveYear, toIso, weekdayName, weekdayOf, type DateMention } from '../../language/dates.js';

export interface DateEvidence {
  /** The approved previous meeting, when its date is written with a year. */
  previous: { month: number; day: number; year: number | null } | null;
  next: { month: number; day: number; year: number | null } | null;
}

/**
 * Settles the meeting date from the date field. When the field names more than one month
 * ("11 april februari 2024"), each reading is weighed by the evidence the minutes give — the
 * written weekday, the approved previous meeting (must lie before) and the next meeting (must lie
 * after) — and the choice is recorded as a warning, never made silently.
 */
export function resolveMeetingDate(mention: DateMention | null, evidence: DateEvidence, warnings: ParseWarning[], line?: number): string | null {
  if (!mention) {
    warnings.push({ code: 'missing_date', message: 'No meeting date found in the header', ...(line ? { line } : {}) });
    return null;
  }
  let year = mention.year;
  if (year === null) {
    year = evidence.previous?.year ?? evidence.next?.year ?? null;
    if (year === null) {
      warnings.push({ code: 'missing_year', message: 'The meeting date has no year and none could be inferred', ...(line ? { line } : {}) });
      return null;
    }
    warnings.push({ code: 'inferred_year', message: `The meeting date has no year; ${year} taken from the other dates in the minutes`, ...(line ? { line } : {}) });
  }
  const candidates = mention.months.filter((m) => isValidDate(year!, m, mention.day)).map((m) => toIso(year!, m, mention.day));
  if (candidates.length === 0) {
    warnings.push({ code: 'invalid_date', message: `The meeting date ${mention.day}/${mention.months.join(',')} ${year} does not exist`, ...(line ? { line } : {}) });
    return null;
  }
  if (candidates.length === 1) {
    const date = candidates[0]!;
    checkWeekday(date, mention.weekday, warnings, line);
    return date;
  }
  const scored = candidates.map((date) => ({ date, reasons: evidenceFor(date, mention.weekday, evidence) }));
  const best = Math.max(...scored.map((s) => s.reasons.length));
  const winners = scored.filter((s) => s.reasons.length === best);
  const chosen = winners[0]!;
  const alternatives = candidates.filter((c) => c !== chosen.date).join(', ');
  if (winners.length > 1 || best === 0) {
    warnings.push({
      code: 'ambiguous_date',
      message: `The date field names several months; nothing settles it, so the first written (${chosen.date}) is taken over ${alternatives}`,
      ...(line ? { line } : {}),
    });
  } else {
    warnings.push({
      code: 'conflicting_month',
      message: `The date field names several months; ${chosen.date} chosen over ${alternatives}: ${chosen.reasons.join('; ')}`,
      ...(line ? { line } : {}),
    });
  }
  return chosen.date;
}

function evidenceFor(date: string, weekday: number | null, evidence: DateEvidence): string[] {
  const reasons: string[] = [];
  if (weekday !== null && weekdayOf(date) === weekday) reasons.push(`it is a ${weekdayName(weekday)} as written`);
  const previous = evidence.previous && datedRelative(evidence.previous, date, 'before');
  if (previous && previous < date) reasons.push(`it follows the approved previous meeting (${previous})`);
  const next = evidence.next && datedRelative(evidence.next, date, 'after');
  if (next && next > date) reasons.push(`it precedes the next meeting (${next})`);
  return reasons;
}

function datedRelative(d: { month: number; day: number; year: number | null }, reference: string, direction: 'before' | 'after'): string | null {
  if (d.year !== null) return isValidDate(d.year, d.month, d.day) ? toIso(d.year, d.month, d.day) : null;
  return resolveYear(d.month, d.day, reference, direction);
}

function checkWeekday(date: string, weekday: number | null, warnings: ParseWarning[], line?: number): void {
  if (weekday !== null && weekdayOf(date) !== weekday) {
    warnings.push({
      code: 'weekday_mismatch',
      message: `The minutes say ${weekdayName(weekday)} but ${date} is a ${weekdayName(weekdayOf(date))}`,
      ...(line ? { line } : {}),
    });
  }
}
