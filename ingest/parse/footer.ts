import type { Line } from './lines.js';
import { findDate, normaliseClock } from '../../language/dates.js';
import { MEETING_NOUNS, nextMeetingSource } from '../../language/meeting-words.js';

/** Where the signature block starts: "Vid anteckningarna", "Vid protokollet", "Justeras". */
const FOOTER_START =
  /^(?:vid\s+(?:anteckningarna|protokollet|pennan|tangentbordet)|antecknat\s+av|justeras|justerat|underskrifter|protokollet\s+justeras)(?![\p{L}\p{N}])/iu;
const SIGNATURE_LABEL =
  /^(vid\s+anteckningarna|vid\s+protokollet|vid\s+pennan|vid\s+tangentbordet|antecknat\s+av|sekreterare|ordförande|justerare|justerande|justeras(?:\s+av)?|justerat(?:\s+av)?)(?![\p{L}\p{N}])\s*:?\s*(.*)$/iu;
/** Strict: "nästa" and a meeting noun only, as a line announcing the next meeting says it. */
const NEXT_MEETING = new RegExp(nextMeetingSource(['nästa'], MEETING_NOUNS), 'iu');
const NAME = /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}$/u;

export function isFooterStart(text: string): boolean {
  return FOOTER_START.test(text);
}

export interface Footer {
  secretary: string | null;
  chair: string | null;
  adjusters: string[];
}

/**
 * Reads the signature block: a label ("Vid anteckningarna", "Ordförande", "Justerare") followed,
 * on its line or the next lines, by a name.
 */
export function parseFooter(lines: readonly Line[]): Footer {
  const footer: Footer = { secretary: null, chair: null, adjusters: [] };
  const content = lines.filter((l) => l.text);
  for (let i = 0; i < content.length; i++) {
    const label = SIGNATURE_LABEL.exec(content[i]!.text);
    if (!label) continue;
    const names: string[] = [];
    // "Sekreterare ……………": the name stands on the line under the dotted line.
    const inline = label[2]!.replace(/[._]{3,}/gu, ' ').trim();
    if (inline && NAME.test(inline)) names.push(inline);
    for (let j = i + 1; !inline && j < content.length && names.length < 3; j++) {
      const text = content[j]!.text.replace(/\s*\([^)]*\)\s*$/, '').trim();
      if (SIGNATURE_LABEL.test(text) || !NAME.test(text)) break;
      names.push(text);
    }
    const kind = label[1]!.toLowerCase();
    if (/anteckn|protokollet|sekreterare|pennan|tangentbord/.test(kind)) footer.secretary ??= names[0] ?? null;
    else if (kind === 'ordförande') footer.chair ??= names[0] ?? null;
    else footer.adjusters.push(...names.filter((n) => !footer.adjusters.includes(n)));
  }
  return footer;
}

export interface NextMeetingMention {
  day: number;
  month: number;
  year: number | null;
  time: string | null;
  line: number;
}

/** "Nästa möte i rådet hålls den 13 juni, kl. 13:00" — the last such line in the document. */
export function findNextMeeting(lines: readonly Line[]): NextMeetingMention | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!NEXT_MEETING.test(line.text)) continue;
    // The date may stand on the next line with text ("8. Nästa möte" / "Tisdag 2014-09-16 kl 13.30").
    const following = lines.slice(i + 1, i + 3).find((l) => l.text)?.text ?? '';
    const text = [line.text, following].join(' ');
    const date = findDate(text.slice(NEXT_MEETING.exec(text)!.index));
    if (!date) continue;
    const after = text.slice(text.search(NEXT_MEETING));
    const clock = /(?<![\p{L}\p{N}])(?:kl\.?\s*)?(\d{1,2}[:.]\d{2})(?![\p{L}\p{N}])/iu.exec(
      after.replace(/(?<![\p{L}\p{N}])\d{4}-\d{2}-\d{2}(?![\p{L}\p{N}])/u, ''),
    );
    return { day: date.day, month: date.months[0]!, year: date.year, time: clock ? normaliseClock(clock[1]!) : null, line: line.no };
  }
  return null;
}
