import type { Minutes, Paragraph } from '../../shapes/minutes.schema.js';
import type { PeopleIndex } from './people-index.js';
import { splitSentences } from './sentences.js';
import { speakerCue } from './speech-cues.js';

/** A passage before attribution: a paragraph, or a group of its sentences. */
export interface PassageDraft {
  itemOrdinal: number;
  paragraph: Paragraph;
  text: string;
  start: number;
  end: number;
  page: number;
}

const MAX_PASSAGE = 700;

/**
 * Splits each agenda item's paragraphs into passages: a paragraph is one passage unless a
 * sentence inside it names a new speaker ("Rådet lyfter frågan … Anders tror att …") or it is
 * long, in which case it is cut at sentence boundaries into groups of at most ~700 characters.
 * Offsets point into `Minutes.text`.
 */
export function splitPassages(minutes: Minutes, people: PeopleIndex): PassageDraft[] {
  const drafts: PassageDraft[] = [];
  for (const item of minutes.agendaItems) {
    for (const paragraph of item.paragraphs) {
      const sentences = splitSentences(paragraph.text);
      let group: { start: number; end: number } | null = null;
      const flush = (): void => {
        if (!group) return;
        const text = paragraph.text.slice(group.start, group.end);
        drafts.push({
          itemOrdinal: item.ordinal,
          paragraph,
          text,
          start: paragraph.start + group.start,
          end: paragraph.start + group.end,
          page: paragraph.page,
        });
        group = null;
      };
      for (const sentence of sentences) {
        const newSpeaker = group !== null && speakerCue(sentence.text, people) !== null;
        const tooLong = group !== null && sentence.end - group.start > MAX_PASSAGE;
        if (newSpeaker || tooLong) flush();
        group = group ? { start: group.start, end: sentence.end } : { start: sentence.start, end: sentence.end };
      }
      flush();
    }
  }
  return drafts;
}
