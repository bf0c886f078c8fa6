import type { IngestResult } from './ingest-file.js';

export interface Tally {
  files: number;
  ok: number;
  failed: number;
  warnings: number;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line per file: what was found in it, or why it failed. */
export function summaryLine(result: IngestResult): string {
  if (!result.ok) return `✗ ${result.path}  ${result.error.code}: ${result.error.message}`;
  const m = result.minutes;
  return [
    `✓ ${result.path}`,
    m.date ?? 'no date',
    plural(m.agendaItems.length, 'item'),
    plural(m.attendees.length, 'attendee'),
    plural(m.warnings.length, 'warning'),
  ].join('  ');
}

/** The parse warnings of a file, indented under its summary line (for --verbose). */
export const warningLines = (result: IngestResult): string[] =>
  result.ok ? result.minutes.warnings.map((w) => `    ! ${w.code}${w.line === undefined ? '' : ` (line ${w.line})`}: ${w.message}`) : [];

export function tally(results: readonly IngestResult[]): Tally {
  let ok = 0;
  let warnings = 0;
  for (const r of results) {
    if (!r.ok) continue;
    ok++;
    warnings += r.minutes.warnings.length;
  }
  return { files: results.length, ok, failed: results.length - ok, warnings };
}

export const tallyLine = (t: Tally): string =>
  `${plural(t.files, 'file')}: ${t.ok} ok, ${t.failed} failed, ${plural(t.warnings, 'warning')}`;
