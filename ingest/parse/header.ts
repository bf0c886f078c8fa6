import type { Line } from './lines.js';
import { joinAll } from './join.js';

/** Labels of the fields in a minutes header, normalised to one name each. */
export type FieldName =
  | 'date'
  | 'time'
  | 'timeAndPlace'
  | 'place'
  | 'attendees'
  | 'members'
  | 'substitutes'
  | 'others'
  | 'absent'
  | 'chair'
  | 'adjusters'
  | 'secretary'
  | 'sections';

const FIELD_LABELS: ReadonlyArray<readonly [FieldName, RegExp]> = [
  ['timeAndPlace', /^tid\s+och\s+plats(?![\p{L}\p{N}])/iu],
  ['date', /^(?:sammanträdes|mötes)?datum(?![\p{L}\p{N}])/iu],
  ['time', /^(?:tid|klockslag)(?![\p{L}\p{N}])(?!\s+och)/iu],
  ['place', /^(?:plats|lokal|sammanträdesplats|mötesplats)(?![\p{L}\p{N}])/iu],
  ['members', /^(?:närvarande\s+ledamöter|beslutande|ledamöter)(?![\p{L}\p{N}])/iu],
  ['substitutes', /^(?:tjänstgörande\s+ersättare|närvarande\s+ersättare|ersättare)(?![\p{L}\p{N}])/iu],
  ['others', /^(?:övriga\s+(?:närvarande|deltagare)|övriga|deltagare|närvarande\s+tjänstepersoner|tjänstepersoner)(?![\p{L}\p{N}])/iu],
  ['attendees', /^(?:närvarande|deltagande|närvaro)(?![\p{L}\p{N}])/iu],
  ['absent', /^(?:frånvarande|anmält\s+förhinder|förhinder)(?![\p{L}\p{N}])/iu],
  ['chair', /^(?:ordförande|mötesordförande)(?![\p{L}\p{N}])/iu],
  ['adjusters', /^(?:justerare|justerande|justering)(?![\p{L}\p{N}])/iu],
  ['secretary', /^(?:sekreterare|protokollförare|antecknare)(?![\p{L}\p{N}])/iu],
  ['sections', /^(?:paragrafer|§§)(?![\p{L}\p{N}])/iu],
];

const KIND_LINE = /^(mötesanteckningar|minnesanteckningar|anteckningar|sammanträdesprotokoll|justerat\s+protokoll|protokoll)(?![\p{L}\p{N}])\s*(.*)$/iu;
export const DIARY_NUMBER = /(?<![\p{L}\p{N}])([A-ZÅÄÖ]{2,6})\s+(\d{4}-\d{2,5})(?![\p{L}\p{N}])/u;

export interface Field {
  name: FieldName;
  /** The value lines, the label removed from the first. */
  lines: { text: string; no: number }[];
  no: number;
}

export interface Header {
  kind: 'motesanteckningar' | 'protokoll' | 'unknown';
  kindLine: number | null;
  diaryNumber: string | null;
  letterhead: string[];
  title: string | null;
  fields: Field[];
}

export function fieldLabel(text: string): { name: FieldName; rest: string } | null {
  for (const [name, re] of FIELD_LABELS) {
    const m = re.exec(text);
    if (m) return { name, rest: text.slice(m[0].length).replace(/^\s*:?\s*/, '') };
  }
  return null;
}

/** The document kind line: "MÖTESANTECKNINGAR HSN 2025-0125", "PROTOKOLL". */
export function kindOf(text: string): Header['kind'] | null {
  const m = KIND_LINE.exec(text);
  if (!m) return null;
  return /protokoll/i.test(m[1]!) ? 'protokoll' : 'motesanteckningar';
}

/**
 * Reads the head of the minutes (everything before the first agenda item): letterhead, kind and
 * diary number, title, and the labelled fields ("Datum", "Tid", "Plats", "Närvarande", …), each
 * field running until the next label.
 */
export function parseHeader(lines: readonly Line[]): Header {
  const content = lines.filter((l) => l.text);
  const kindIndex = content.findIndex((l) => kindOf(l.text) !== null);
  const firstFieldIndex = content.findIndex((l) => fieldLabel(l.text) !== null);
  const headEnd = kindIndex >= 0 ? kindIndex : firstFieldIndex >= 0 ? firstFieldIndex : 0;
  const letterhead = content
    .slice(0, Math.min(headEnd, 4))
    .map((l) => l.text)
    .filter((t) => t.length <= 60 && !DIARY_NUMBER.test(t));

  const kindLine = kindIndex >= 0 ? content[kindIndex]! : null;
  const headText = content.slice(0, Math.max(firstFieldIndex, kindIndex + 1, 0)).map((l) => l.text).join('\n');
  const diary = DIARY_NUMBER.exec(kindLine?.text ?? '') ?? DIARY_NUMBER.exec(headText);

  const titleStart = kindIndex >= 0 ? kindIndex + 1 : letterhead.length;
  const titleEnd = firstFieldIndex > titleStart ? firstFieldIndex : titleStart;
  const titleLines = content.slice(titleStart, titleEnd).map((l) => l.text).filter((t) => !DIARY_NUMBER.test(t) || t.length > 30);
  const kindRest = kindLine ? KIND_LINE.exec(kindLine.text)![2]!.replace(DIARY_NUMBER, '').trim() : '';
  const title = joinAll(kindRest ? [kindRest, ...titleLines] : titleLines).trim() || null;

  return {
    kind: kindLine ? kindOf(kindLine.text)! : 'unknown',
    kindLine: kindLine?.no ?? null,
    diaryNumber: diary ? `${diary[1]} ${diary[2]}` : null,
    letterhead,
    title,
    fields: collectFields(firstFieldIndex >= 0 ? content.slice(firstFieldIndex) : []),
  };
}

function collectFields(lines: readonly Line[]): Field[] {
  const fields: Field[] = [];
  for (const line of lines) {
    const label = fieldLabel(line.text);
    if (label) {
      fields.push({ name: label.name, no: line.no, lines: label.rest ? [{ text: label.rest, no: line.no }] : [] });
    } else {
      fields.at(-1)?.lines.push({ text: line.text, no: line.no });
    }
  }
  return fields;
}
