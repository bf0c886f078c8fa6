import path from 'node:path';
import type { AnnotatedMeeting } from '../../../shapes/annotated-meeting.schema.js';

/**
 * What the relevance builder needs of an ingested meeting, without the vectors and the parse
 * details: at 10,000 meetings the full records would hold gigabytes the bench no longer uses.
 */
export interface SlimMeeting {
  id: string;
  /** The source file's base name: truth.json names files the same way. */
  file: string;
  items: Array<{ ordinal: number; number: string }>;
  passages: Array<{ ordinal: number; itemOrdinal: number; text: string }>;
}

export function slimMeeting(m: AnnotatedMeeting): SlimMeeting {
  return {
    id: m.id,
    file: path.basename(m.minutes.source.path),
    items: m.minutes.agendaItems.map((i) => ({ ordinal: i.ordinal, number: i.number })),
    passages: m.passages.map((p) => ({ ordinal: p.ordinal, itemOrdinal: p.itemOrdinal, text: p.text })),
  };
}
