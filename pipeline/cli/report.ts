import type { AnalysisResult } from '../../graph/analysis/apply-analysis.js';
import type { IngestOutcome } from '../ingest-session.js';

export interface Tally {
  files: number;
  ok: number;
  failed: number;
  warnings: number;
  /** Per write status: created, replaced, unchanged, dry-run. */
  statuses: Record<string, number>;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line per file: what was found in it and what the write did, or why it failed. */
export function summaryLine(result: IngestOutcome): string {
  if (!result.ok) return `✗ ${result.path}  ${result.error.code}: ${result.error.message}`;
  return [
    `✓ ${result.path}`,
    result.date ?? 'no date',
    plural(result.items, 'item'),
    plural(result.attendees, 'attendee'),
    plural(result.warnings.length, 'warning'),
    plural(result.passages, 'passage'),
    plural(result.concerns, 'concern'),
    plural(result.followUps, 'follow-up'),
    result.status === 'dry-run' ? '' : `[${result.status}]`,
  ]
    .filter(Boolean)
    .join('  ');
}

/** The parse warnings of a file, indented under its summary line (for --verbose). */
export const warningLines = (result: IngestOutcome): string[] =>
  result.ok ? result.warnings.map((w) => `    ! ${w.code}${w.line === undefined ? '' : ` (line ${w.line})`}: ${w.message}`) : [];

export function tally(results: readonly IngestOutcome[]): Tally {
  const t: Tally = { files: results.length, ok: 0, failed: 0, warnings: 0, statuses: {} };
  for (const r of results) {
    if (!r.ok) {
      t.failed++;
      continue;
    }
    t.ok++;
    t.warnings += r.warnings.length;
    t.statuses[r.status] = (t.statuses[r.status] ?? 0) + 1;
  }
  return t;
}

export function tallyLine(t: Tally): string {
  const written = Object.entries(t.statuses)
    .filter(([status]) => status !== 'dry-run')
    .map(([status, n]) => `${n} ${status}`);
  return `${plural(t.files, 'file')}: ${t.ok} ok, ${t.failed} failed, ${plural(t.warnings, 'warning')}${written.length ? ` (${written.join(', ')})` : ''}`;
}

/** Whether the run embedded passages or found them in the cache (`misses` are the ones embedded). */
export function embeddingLine(lookups: { hits: number; misses: number }): string {
  return `Passage embeddings: ${lookups.misses} computed, ${lookups.hits} from the cache`;
}

export function analysisLine(a: AnalysisResult): string {
  const f = a.followUps;
  return `Across ${plural(a.meetings, 'meeting')}: ${plural(a.echoes, 'recurring concern link')}; follow-ups ${f.open} open, ${f.addressed} addressed, ${f.overdue} overdue`;
}
