import type { DateSource, ParseWarning } from '../../shapes/minutes.schema.js';
import type { SourceDocument } from '../../shapes/source-document.js';
import {
  daysBetween,
  findDateInName,
  isoOf,
  isValidDate,
  resolveYear,
  toIso,
  weekdayName,
  weekdayOf,
  type DateMention,
} from '../../language/dates.js';
import { classifyDates, type DatedLine, type RoledDate } from './date-roles.js';

export type { DatedLine } from './date-roles.js';

/** Where a parsed meeting date came from; `override` is the user's, never the parser's. */
export type ParsedDateSource = Exclude<DateSource, 'override'>;

export interface MeetingDate {
  date: string | null;
  /** Null exactly when `date` is null. */
  dateSource: ParsedDateSource | null;
}

/** A date written without a year, kept as written. */
interface DayMonth {
  month: number;
  day: number;
  year: number | null;
}

/** Dates that place the meeting: the approved previous one lies before it, the next one after. */
interface Evidence {
  previous: DayMonth | null;
  next: DayMonth | null;
  /** Full dates the meeting comes shortly before or on (justering, posting, file name, PDF metadata), to give a year-less date its year. */
  later: ReadonlyArray<{ iso: string; what: string }>;
}

/** A justering is held within this many days after the meeting. */
const ADJUSTMENT_WITHIN_DAYS = 14;
/** The protokoll is posted within this many days after the meeting. */
const POSTING_WITHIN_DAYS = 31;
/** A field label (weight 4 or more) naming another date is worth a warning. */
const FIELD_WEIGHT = 4;

/**
 * The meeting's date: from the text, else the file name, else the PDF's creation date, each
 * fallback with a warning that names it. `lines` are the document's lines as `toLines` gives them
 * (running heads included: they carry the date too).
 */
export function findMeetingDate(
  lines: readonly DatedLine[],
  source: Pick<SourceDocument, 'path' | 'info'>,
  warnings: ParseWarning[],
): MeetingDate {
  const roled = classifyDates(lines);
  const named = findDateInName(source.path);
  const created = source.info?.created ?? null;
  const fromText = dateFromText(roled, evidenceOf(roled, named, created), warnings);
  if (fromText.date) return { date: fromText.date, dateSource: 'text' };
  if (!fromText.warned) warnings.push({ code: 'missing_date', message: 'The text names no meeting date' });
  const file = source.path.replace(/^.*[\\/]/, '');
  if (named) {
    warnings.push({
      code: 'date_from_filename',
      message: `The meeting date ${named} is taken from the file name (${file}): the text names none`,
    });
    return { date: named, dateSource: 'filename' };
  }
  if (created) {
    warnings.push({
      code: 'date_from_metadata',
      message: `The meeting date ${created} is the PDF's creation date (its document information): the text and the file name name none, and a PDF is often made some days after the meeting`,
    });
    return { date: created, dateSource: 'metadata' };
  }
  warnings.push({ code: 'no_date', message: "No date in the text, the file name or the PDF's metadata: the meeting is kept undated" });
  return { date: null, dateSource: null };
}

function evidenceOf(roled: readonly RoledDate[], named: string | null, created: string | null): Evidence {
  const dayMonth = (r: RoledDate | undefined): DayMonth | null =>
    r ? { month: r.mention.months[0]!, day: r.mention.day, year: r.mention.year } : null;
  const later: Array<{ iso: string; what: string }> = [];
  for (const r of roled) {
    const iso = isoOf(r.mention);
    if (iso && r.role === 'adjustment') later.push({ iso, what: 'the justering' });
    if (iso && r.role === 'posting') later.push({ iso, what: 'the posting of the protokoll' });
  }
  if (named) later.push({ iso: named, what: 'the file name' });
  if (created) later.push({ iso: created, what: "the PDF's creation date" });
  return {
    previous: dayMonth(roled.find((r) => r.role === 'previous')),
    next: dayMonth(roled.findLast((r) => r.role === 'next')),
    later,
  };
}

interface Settled {
  candidate: RoledDate;
  date: string | null;
  warnings: ParseWarning[];
}

/**
 * The best meeting-role date: each candidate settled to one date, the dates scored by the weight
 * of their cues (a `Sammanträdesdatum` field, a title line, every running head), the highest
 * taken. Without a candidate, a date shortly before the justering or the posting is inferred.
 */
function dateFromText(roled: readonly RoledDate[], evidence: Evidence, warnings: ParseWarning[]): { date: string | null; warned: boolean } {
  const candidates = roled.filter((r) => r.role === 'meeting');
  if (candidates.length === 0) return { date: inferFromLaterDates(roled, warnings), warned: false };

  const written = new Set(candidates.map((c) => isoOf(c.mention)).filter((d): d is string => d !== null));
  const settled: Settled[] = candidates.map((candidate) => {
    const scratch: ParseWarning[] = [];
    return { candidate, date: settle(candidate, written, evidence, scratch), warnings: scratch };
  });
  const groups = new Map<string, { score: number; best: Settled }>();
  for (const s of settled) {
    if (!s.date) continue;
    const group = groups.get(s.date);
    if (!group) groups.set(s.date, { score: s.candidate.weight, best: s });
    else {
      group.score += s.candidate.weight;
      if (s.candidate.weight > group.best.candidate.weight) group.best = s;
    }
  }
  const ranked = [...groups.entries()].sort((a, b) => b[1].score - a[1].score);
  const chosen = ranked[0];
  if (!chosen) {
    // Every candidate failed (no year to be had, a day that does not exist): say why for the strongest.
    const strongest = settled.reduce((a, b) => (b.candidate.weight > a.candidate.weight ? b : a));
    warnings.push(...strongest.warnings);
    return { date: null, warned: true };
  }
  const [date, { best }] = chosen;
  warnings.push(...best.warnings);
  const rivals = ranked.slice(1).filter(([, g]) => g.best.candidate.weight >= FIELD_WEIGHT);
  if (rivals.length > 0) {
    warnings.push({
      code: 'conflicting_dates',
      message: `The minutes name more than one meeting date; ${date} (${best.candidate.cue ?? 'text'}) is taken over ${rivals
        .map(([d, g]) => `${d} (${g.best.candidate.cue ?? 'text'}, line ${g.best.candidate.line})`)
        .join(', ')}`,
      line: best.candidate.line,
    });
  }
  return { date, warned: false };
}

/**
 * One candidate's date. A date without a year takes it from the same day written with one, else
 * from the dates around the meeting. When the text names more than one month ("11 april februari
 * 2024"), each reading is weighed by the evidence the minutes give — the written weekday, the
 * approved previous meeting (must lie before) and the next meeting (must lie after) — and the
 * choice is recorded as a warning, never made silently.
 */
function settle(candidate: RoledDate, written: ReadonlySet<string>, evidence: Evidence, warnings: ParseWarning[]): string | null {
  const { mention, line } = candidate;
  let year = mention.year;
  if (year === null) {
    const same = [...written].find((iso) => mention.months.some((m) => iso.slice(5) === toIso(2000, m, mention.day).slice(5)));
    if (same) return same;
    const inferred = yearFrom(mention, evidence);
    if (!inferred) {
      warnings.push({ code: 'missing_year', message: 'The meeting date has no year and none could be inferred', line });
      return null;
    }
    year = inferred.year;
    warnings.push({ code: 'inferred_year', message: `The meeting date has no year; ${year} taken from ${inferred.what}`, line });
  }
  const candidates = mention.months.filter((m) => isValidDate(year!, m, mention.day)).map((m) => toIso(year!, m, mention.day));
  if (candidates.length === 0) {
    warnings.push({
      code: 'invalid_date',
      message: `The meeting date ${mention.day}/${mention.months.join(',')} ${year} does not exist`,
      line,
    });
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
      line,
    });
  } else {
    warnings.push({
      code: 'conflicting_month',
      message: `The date field names several months; ${chosen.date} chosen over ${alternatives}: ${chosen.reasons.join('; ')}`,
      line,
    });
  }
  return chosen.date;
}

/** The year for a year-less meeting date: after the previous meeting, before the next, on or before the later dates. */
function yearFrom(mention: DateMention, evidence: Evidence): { year: number; what: string } | null {
  const month = mention.months[0]!;
  const found = (iso: string | null, what: string): { year: number; what: string } | null =>
    iso ? { year: Number(iso.slice(0, 4)), what } : null;
  const dated = (d: DayMonth | null): string | null =>
    d && d.year !== null && isValidDate(d.year, d.month, d.day) ? toIso(d.year, d.month, d.day) : null;
  const previous = dated(evidence.previous);
  const next = dated(evidence.next);
  return (
    (previous && found(resolveYear(month, mention.day, previous, 'after'), `the previous meeting (${previous})`)) ||
    (next && found(resolveYear(month, mention.day, next, 'before'), `the next meeting (${next})`)) ||
    evidence.later.map((l) => found(resolveYear(month, mention.day, l.iso, 'before'), `${l.what} (${l.iso})`)).find((y) => y !== null) ||
    null
  );
}

/**
 * No date is marked as the meeting's: a date written shortly before the justering or the posting
 * is taken, the one written most often, with a warning.
 */
function inferFromLaterDates(roled: readonly RoledDate[], warnings: ParseWarning[]): string | null {
  const firstOf = (role: RoledDate['role']): string | null =>
    roled
      .filter((r) => r.role === role)
      .map((r) => isoOf(r.mention))
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;
  const adjustment = firstOf('adjustment');
  const posting = firstOf('posting');
  if (!adjustment && !posting) return null;
  const fits = (iso: string): string | null => {
    if (adjustment && daysBetween(iso, adjustment) >= 0 && daysBetween(iso, adjustment) <= ADJUSTMENT_WITHIN_DAYS)
      return `${daysBetween(iso, adjustment)} days before the justering (${adjustment})`;
    if (posting && daysBetween(iso, posting) >= 0 && daysBetween(iso, posting) <= POSTING_WITHIN_DAYS)
      return `${daysBetween(iso, posting)} days before the posting of the protokoll (${posting})`;
    return null;
  };
  const tally = new Map<string, { count: number; line: number; why: string }>();
  for (const r of roled) {
    const iso = r.role === 'text' ? isoOf(r.mention) : null;
    const why = iso ? fits(iso) : null;
    if (!iso || !why) continue;
    const seen = tally.get(iso);
    if (seen) seen.count++;
    else tally.set(iso, { count: 1, line: r.line, why });
  }
  const best = [...tally.entries()].sort((a, b) => b[1].count - a[1].count || a[1].line - b[1].line)[0];
  if (!best) return null;
  const [date, { line, why }] = best;
  warnings.push({ code: 'inferred_date', message: `No date is marked as the meeting's; ${date} is taken, written ${why}`, line });
  return date;
}

function evidenceFor(date: string, weekday: number | null, evidence: Evidence): string[] {
  const reasons: string[] = [];
  if (weekday !== null && weekdayOf(date) === weekday) reasons.push(`it is a ${weekdayName(weekday)} as written`);
  const previous = evidence.previous && datedRelative(evidence.previous, date, 'before');
  if (previous && previous < date) reasons.push(`it follows the approved previous meeting (${previous})`);
  const next = evidence.next && datedRelative(evidence.next, date, 'after');
  if (next && next > date) reasons.push(`it precedes the next meeting (${next})`);
  return reasons;
}

function datedRelative(d: DayMonth, reference: string, direction: 'before' | 'after'): string | null {
  if (d.year !== null) return isValidDate(d.year, d.month, d.day) ? toIso(d.year, d.month, d.day) : null;
  return resolveYear(d.month, d.day, reference, direction);
}

function checkWeekday(date: string, weekday: number | null, warnings: ParseWarning[], line: number): void {
  if (weekday !== null && weekdayOf(date) !== weekday) {
    warnings.push({
      code: 'weekday_mismatch',
      message: `The minutes say ${weekdayName(weekday)} but ${date} is a ${weekdayName(weekdayOf(date))}`,
      line,
    });
  }
}
