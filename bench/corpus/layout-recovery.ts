import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { personKey } from '../../shapes/keys.js';
import { isSampleLayout } from './bodies.js';
import { matchItems, speakerCounts, topicCounts } from './item-match.js';
import { addCounts, norm, pr, round, type Counts, type PrecisionRecall } from './measures.js';
import type { FileTruth } from './truth.schema.js';

/** What the parse recovers of one layout, over every file of it (a file the pipeline lost counts as wrong). */
export interface LayoutRecovery {
  /** "protokoll · pdf", "web · one line per page", "samples' family · txt", or "all". */
  layout: string;
  files: number;
  /** Files the pipeline delivered a meeting for. */
  ingested: number;
  /** Share of files whose meeting date is exactly the planted one (none, where the file gives none). */
  dateExact: number;
  /** Share with the planted body, and with the planted municipality or region. */
  body: number;
  municipality: number;
  /** Share whose agenda has exactly the planted number of items. */
  itemCountExact: number;
  /** People present, by name, over all files of the layout. */
  attendees: PrecisionRecall;
  speakers: PrecisionRecall;
  topics: PrecisionRecall;
}

/** The aims of issue 13 for each layout. */
export const LAYOUT_AIMS = { dateExact: 0.98, body: 0.95, itemCountExact: 0.9, attendeeF1: 0.9 } as const;

const FAMILY_ORDER = ["samples' family", 'protokoll', 'anteckningar', 'web'];
const VARIANT_ORDER = ['txt', 'pdf', 'one line per page'];

/** The row a file's recovery counts in: its layout family and how it reached the reader. */
export function layoutKey(t: FileTruth): string {
  const family = isSampleLayout(t.layout) ? "samples' family" : t.layout;
  return `${family} · ${t.oneLine ? 'one line per page' : t.format}`;
}

const rank = (key: string): number => {
  const [family, variant] = key.split(' · ');
  return FAMILY_ORDER.indexOf(family!) * 10 + VARIANT_ORDER.indexOf(variant!);
};

/** A body as the minutes name it, so "(KPR)" and case do not count against it. */
const bodyName = (s: string | null): string | null => (s === null ? null : norm(s).replace(/\s*\([^)]*\)$/, ''));

interface Tally {
  files: number;
  ingested: number;
  date: number;
  body: number;
  municipality: number;
  items: number;
  attendees: Counts;
  speakers: Counts;
  topics: Counts;
}

const emptyTally = (): Tally => ({
  files: 0,
  ingested: 0,
  date: 0,
  body: 0,
  municipality: 0,
  items: 0,
  attendees: [0, 0, 0],
  speakers: [0, 0, 0],
  topics: [0, 0, 0],
});

function addFile(tally: Tally, t: FileTruth, m: AnnotatedMeeting | undefined, minScore: number): void {
  tally.files++;
  if (!m) {
    // Nothing delivered: every planted fact of the file is missed.
    tally.attendees[2] += t.attendees.length;
    for (const item of t.items) {
      tally.speakers[2] += item.statements.length;
      tally.topics[2] += item.topics.length;
    }
    return;
  }
  const minutes = m.minutes;
  tally.ingested++;
  if (minutes.date === (t.dateSource === 'none' ? null : t.date)) tally.date++;
  if (bodyName(minutes.body) === bodyName(t.body)) tally.body++;
  if ((minutes.municipality === null ? null : norm(minutes.municipality)) === (t.municipality === null ? null : norm(t.municipality)))
    tally.municipality++;
  if (minutes.agendaItems.length === t.items.length) tally.items++;
  const planted = new Set(t.attendees.map((a) => personKey(a.name)));
  const found = new Set(minutes.attendees.map((a) => personKey(a.name)));
  addCounts(tally.attendees, [[...found].filter((k) => planted.has(k)).length, found.size, planted.size]);
  const items = matchItems(t.items, minutes.agendaItems);
  addCounts(tally.speakers, speakerCounts(t, m, items));
  addCounts(tally.topics, topicCounts(t, m, items, minScore));
}

const share = (n: number, of: number): number => (of === 0 ? 1 : round(n / of));

function toRecovery(layout: string, t: Tally): LayoutRecovery {
  return {
    layout,
    files: t.files,
    ingested: t.ingested,
    dateExact: share(t.date, t.files),
    body: share(t.body, t.files),
    municipality: share(t.municipality, t.files),
    itemCountExact: share(t.items, t.files),
    attendees: pr(...t.attendees),
    speakers: pr(...t.speakers),
    topics: pr(...t.topics),
  };
}

/**
 * Recovery per layout: the date, the body, the number of agenda items, the people present, and
 * speakers and topics as the corpus-wide scores count them, for every layout the corpus holds,
 * then for all files together. `meetingOf` gives what the pipeline delivered for a file, if anything.
 */
export function scoreLayouts(
  files: readonly FileTruth[],
  meetingOf: (t: FileTruth) => AnnotatedMeeting | undefined,
  minScore: number,
): LayoutRecovery[] {
  const tallies = new Map<string, Tally>();
  const all = emptyTally();
  for (const t of files) {
    const key = layoutKey(t);
    const m = meetingOf(t);
    addFile(tallies.get(key) ?? tallies.set(key, emptyTally()).get(key)!, t, m, minScore);
    addFile(all, t, m, minScore);
  }
  const rows = [...tallies].sort(([a], [b]) => rank(a) - rank(b)).map(([key, tally]) => toRecovery(key, tally));
  return [...rows, toRecovery('all', all)];
}
