import path from 'node:path';
import { matchItems } from '../../corpus/item-match.js';
import type { CorpusTruth } from '../../corpus/truth.schema.js';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';

/**
 * What the relevance builder needs of an ingested meeting, without the vectors and the parse
 * details: at 10,000 meetings the full records would hold gigabytes the bench no longer uses.
 */
export interface SlimMeeting {
  id: string;
  /** The source file's base name: truth.json names files the same way. */
  file: string;
  /**
   * Planted item ordinal → parsed item ordinal, by the recovery's own matcher (title, then the
   * number's digits): layouts print numbers their own way ("§ 7" for a planted "7"), so the
   * numbers cannot be compared as strings.
   */
  itemOf: ReadonlyMap<number, number>;
  passages: Array<{ ordinal: number; itemOrdinal: number; text: string }>;
}

/** Slims each meeting, its items matched to those planted in its truth file (by file name); a meeting without one matches none. */
export function slimMeetings(truth: CorpusTruth, meetings: readonly AnnotatedMeeting[]): SlimMeeting[] {
  const plantedItems = new Map(truth.files.map((f) => [f.file, f.items]));
  return meetings.map((m) => {
    const file = path.basename(m.minutes.source.path);
    return {
      id: m.id,
      file,
      itemOf: matchItems(plantedItems.get(file) ?? [], m.minutes.agendaItems),
      passages: m.passages.map((p) => ({ ordinal: p.ordinal, itemOrdinal: p.itemOrdinal, text: p.text })),
    };
  });
}
