import type { Line } from './lines.js';
import { cellsOf } from './columns.js';
import { joinAll } from './join.js';
import { findDate } from '../../language/dates.js';
import { DISTRICT_WORDS } from './council.js';

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
  | 'sections'
  /** `Justeringens plats och tid`: when and where the protokoll is signed, not the meeting. */
  | 'adjustment'
  /** The ANSLAG/BEVIS block's posting dates, archive and signature. */
  | 'posting'
  /** `ANSLAG/BEVIS`: the block's heading and its boilerplate. */
  | 'notice'
  /** `Organ`, `Nämnd`, `Instans`: the body, as the ANSLAG/BEVIS block names it. */
  | 'organ'
  /** `Underskrifter`: the signature block's heading. */
  | 'signatures'
  /** `Dagordning`, `Ärenden`: the heading of the list of items, which ends the fields above it. */
  | 'agenda';

const E = '(?![\\p{L}\\p{N}])';
const label = (source: string): RegExp => new RegExp(`^(?:${source})${E}`, 'iu');

// Longer labels before the shorter ones they start with: the first that matches decides.
const FIELD_LABELS: ReadonlyArray<readonly [FieldName, RegExp]> = [
  [
    'adjustment',
    label(
      'justeringens\\s+plats(?:\\s*(?:och|/)\\s*(?:tid|dag))?|justeringens\\s+tid(?:\\s+och\\s+plats)?|justeringens|(?:plats\\s+och\\s+tid|tid\\s+och\\s+plats|dag\\s+och\\s+tid)\\s+för\\s+justering(?:en)?|justeringsdatum|justeringsdag',
    ),
  ],
  [
    'posting',
    label(
      'datum\\s+för\\s+anslags(?:\\s+(?:uppsättande|nedtagande))?|datum\\s+då\\s+anslaget\\s+(?:sätts\\s+upp|tas\\s+(?:ned|ner))|anslaget\\s+(?:sätts\\s+upp|tas\\s+(?:ned|ner)|uppsatt|nedtaget)|anslagsdatum|förvaringsplats(?:\\s+för\\s+protokollet)?|underskrift|utdragsbestyrkande',
    ),
  ],
  ['notice', label('anslag\\s*/\\s*bevis|bevis\\s*/\\s*anslag|bevis\\s+om\\s+anslag(?:sdag)?|anslagsbevis')],
  ['organ', label('organ|instans|nämnd')],
  [
    'timeAndPlace',
    label(
      'tid\\s+och\\s+plats|plats\\s+och\\s+tid|dag\\s+och\\s+tid|datum\\s+och\\s+tid|tid\\s+och\\s+datum|datum,?\\s+tid\\s+och\\s+plats|dag,?\\s+tid\\s+och\\s+plats',
    ),
  ],
  ['date', label('(?:sammanträdes|mötes)?datum')],
  ['time', label('(?:tid|klockslag|klockan)(?!\\s+och)')],
  ['place', label('plats|lokal|sammanträdesplats|mötesplats')],
  ['members', label('närvarande\\s+ledamöter|beslutande\\s+ledamöter|ordinarie\\s+ledamöter|beslutande|ledamöter')],
  ['substitutes', label('tjänstgörande\\s+ersättare|närvarande\\s+ersättare|(?:ej|inte)\\s+tjänstgörande(?:\\s+ersättare)?|ersättare')],
  [
    'others',
    // "Övriga frågor" is an agenda item (any other business), never the label of other attendees.
    label(
      'övriga\\s+(?:närvarande|deltagande|deltagare)|övriga(?!\\s+frågor)|deltagare|närvarande\\s+tjänstepersoner|tjänstepersoner|närvarande\\s+tjänstemän|tjänstemän',
    ),
  ],
  ['attendees', label('närvarande|deltagande|närvaro')],
  ['absent', label('frånvarande|anmält\\s+förhinder|anmäld\\s+frånvaro|förhinder')],
  ['chair', label('ordförande|mötesordförande')],
  ['adjusters', label('utses\\s+att\\s+justera|justerare|justerande|justering|justeras(?:\\s+av)?|justerat\\s+av')],
  ['secretary', label('sekreterare|protokollförare|antecknare')],
  ['sections', label('paragrafer|paragraf|§§')],
  ['signatures', label('underskrifter|under-')],
  ['agenda', /^(?:dagordning|föredragningslista|ärenden|ärendelista)$/iu],
];

/**
 * A label's second half on the next printed line (`Justeringens` / `plats och tid`,
 * `Ej tjänstgörande` / `ersättare`, `Datum för anslags` / `uppsättande`): not part of the value.
 */
const LABEL_TAIL_WORDS =
  /^(?:ersättare|plats(?:\s+och\s+tid)?|och\s+tid|tid|uppsättande|nedtagande|för\s+protokollet|för\s+justering(?:en)?|skrifter|deltagande|närvarande|ledamöter)\s*:?$/iu;
const isLabelTail = (text: string): boolean => /^\p{Ll}/u.test(text) && LABEL_TAIL_WORDS.test(text);

const KIND_LINE =
  /^(mötesanteckningar|minnesanteckningar|anteckningar|sammanträdesprotokoll|justerat\s+protokoll|protokoll)(?![\p{L}\p{N}])\s*(.*)$/iu;
export const DIARY_NUMBER = /(?<![\p{L}\p{N}])([A-ZÅÄÖ]{2,6})\s+(\d{4}-\d{2,5})(?![\p{L}\p{N}])/u;
/**
 * Where the "when" of a title line starts: a weekday or the first digit, but not a district's or a
 * number's digits ("Tillgänglighetsrådet, krets 13 Möte 2021-02-16"), which are part of the title.
 */
const WHEN_STARTS = new RegExp(
  `(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\\s*,?\\s+(?:den\\s+)?)?(?<!(?:${DISTRICT_WORDS}|nr)\\s+\\d*)\\d`,
  'iu',
);
/** A line that says when the meeting was, not what it is: it ends the title. */
const WHEN_LINE =
  /^(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?(?![\p{L}])|kl(?:\.|ockan)?\s*\d|(?:möte|sammanträde)(?![\p{L}])|den\s+\d|\d)/iu;

export interface FieldLine {
  text: string;
  no: number;
  /** The value's columns as printed (`S`, `Karin Westerlund, ordförande`); one cell when there are none. */
  cells: string[];
}

export interface Field {
  name: FieldName;
  /** The label as written ("Tjänstgörande ersättare"). */
  label: string;
  /** The value lines, the label removed from the first. */
  lines: FieldLine[];
  no: number;
}

export interface Header {
  kind: 'motesanteckningar' | 'protokoll' | 'unknown';
  kindLine: number | null;
  diaryNumber: string | null;
  letterhead: string[];
  title: string | null;
  fields: Field[];
  /** Lines between the title and the fields that say when and where ("Tisdag, 10 juni, 2025"). */
  when: string[];
}

/** All labels in one pattern, in order (an alternation tries them in order): one match per line instead of one per label. */
const ANY_LABEL = new RegExp(
  FIELD_LABELS.map(([, re]) => `(${re.source.slice(1)})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')'),
  'iu',
);
/** A label starts its line with a capital (or "§"): "ersättare), …" is a list's wrapped text. */
const LABEL_START = /^[\p{Lu}§]/u;

export function fieldLabel(text: string): { name: FieldName; label: string; rest: string } | null {
  if (!LABEL_START.test(text)) return null;
  const m = ANY_LABEL.exec(text);
  if (!m) return null;
  const k = m.findIndex((group, i) => i > 0 && group !== undefined);
  return { name: FIELD_LABELS[k - 1]![0], label: m[0], rest: text.slice(m[0].length).replace(/^\s*:?\s*/, '') };
}

/** The document kind line: "MÖTESANTECKNINGAR HSN 2025-0125", "PROTOKOLL". */
export function kindOf(text: string): Header['kind'] | null {
  const m = KIND_LINE.exec(text);
  if (!m) return null;
  return /protokoll/i.test(m[1]!) ? 'protokoll' : 'motesanteckningar';
}

/** The letterhead alone, as `parseHeader` reads it, without reading the fields. */
export function letterheadOf(lines: readonly Line[]): string[] {
  const content = lines.filter((l) => l.text);
  let kindIndex = -1;
  let firstFieldIndex = -1;
  for (let i = 0; i < content.length && kindIndex < 0; i++) {
    if (kindOf(content[i]!.text) !== null) kindIndex = i;
    else if (firstFieldIndex < 0 && fieldLabel(content[i]!.text) !== null) firstFieldIndex = i;
  }
  return letterheadLines(content, kindIndex >= 0 ? kindIndex : firstFieldIndex >= 0 ? firstFieldIndex : 0);
}

const letterheadLines = (content: readonly Line[], headEnd: number): string[] =>
  content
    .slice(0, Math.min(headEnd, 4))
    .map((l) => l.text)
    .filter((t) => t.length <= 60 && !DIARY_NUMBER.test(t));

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
  const letterhead = letterheadLines(content, headEnd);

  const kindLine = kindIndex >= 0 ? content[kindIndex]! : null;
  const headText = content
    .slice(0, Math.max(firstFieldIndex, kindIndex + 1, 0))
    .map((l) => l.text)
    .join('\n');
  const diary = DIARY_NUMBER.exec(kindLine?.text ?? '') ?? DIARY_NUMBER.exec(headText);

  const titleStart = kindIndex >= 0 ? kindIndex + 1 : letterhead.length;
  const titleEnd = firstFieldIndex > titleStart ? firstFieldIndex : titleStart;
  const candidates = content
    .slice(titleStart, titleEnd)
    .map((l) => l.text)
    .filter((t) => !DIARY_NUMBER.test(t) || t.length > 30);
  const kindRest = kindLine
    ? KIND_LINE.exec(kindLine.text)![2]!
        .replace(DIARY_NUMBER, '')
        .replace(/^[\s–—:-]+/u, '')
        .trim()
    : '';
  const titleLines: string[] = [];
  const when: string[] = [];
  for (const text of kindRest ? [kindRest, ...candidates] : candidates) {
    if (when.length > 0 || WHEN_LINE.test(text)) {
      when.push(text);
      continue;
    }
    const date = findDate(text);
    if (date) {
      // "Protokoll från sammanträde 2022-09-13": the title is what stands before the date.
      const at = text.search(WHEN_STARTS);
      const before = text
        .slice(0, at >= 0 ? at : text.length)
        .replace(/[\s,–-]+$/u, '')
        .trim();
      if (before) titleLines.push(before);
      when.push(text.slice(before.length).trim());
      continue;
    }
    titleLines.push(text);
  }
  const title = joinAll(titleLines).trim() || null;

  return {
    kind: kindLine ? kindOf(kindLine.text)! : 'unknown',
    kindLine: kindLine?.no ?? null,
    diaryNumber: diary ? `${diary[1]} ${diary[2]}` : null,
    letterhead,
    title,
    fields: collectFields(firstFieldIndex >= 0 ? content.slice(firstFieldIndex) : []),
    when,
  };
}

/**
 * A table row can hold a second label further right (`Sekreterare  ……  Paragrafer  KPR § 1–8`,
 * two posting dates side by side): such a row is read as two, each label with its own value.
 */
function rowsOf(line: Line): Array<{ text: string; cells: string[] }> {
  const cells = line.raw && /\S {2,}\S/u.test(line.raw) ? cellsOf(line.raw) : [];
  if (cells.length < 2) return [{ text: line.text, cells: [line.text] }];
  // "ersättare      Bengt Svahn, PRO": the label's second half, then the value.
  if (!/^\s/u.test(line.raw) && isLabelTail(cells[0]!.text)) cells.shift();
  const rows: Array<{ text: string; cells: string[] }> = [];
  let current: string[] = [];
  // "Tid      Klockan 09.30–12.00": right after a bare label, a cell is its value even if it reads as a label.
  const bare = fieldLabel(cells[0]!.text)?.rest === '';
  cells.forEach((cell, k) => {
    const label = k > 0 && cell.col >= 12 && /^\p{Lu}/u.test(cell.text) ? fieldLabel(cell.text) : null;
    if (label && current.length > 0 && !(k === 1 && bare && label.rest !== '')) {
      rows.push({ text: current.join(' '), cells: current });
      current = [];
    }
    current.push(cell.text);
  });
  if (current.length > 0) rows.push({ text: current.join(' '), cells: current });
  return rows;
}

function collectFields(lines: readonly Line[]): Field[] {
  const fields: Field[] = [];
  for (const line of lines) {
    if (!line.indented && isLabelTail(line.text)) continue;
    for (const row of rowsOf(line)) {
      const found = fieldLabel(row.text);
      if (found) {
        const first = row.cells[0]!;
        const restOfFirst = fieldLabel(first)?.rest ?? '';
        const cells = [...(restOfFirst ? [restOfFirst] : []), ...row.cells.slice(1)].map(stripLeaders).filter(Boolean);
        const text = stripLeaders(found.rest);
        fields.push({
          name: found.name,
          label: found.label,
          no: line.no,
          lines: text ? [{ text, no: line.no, cells: cells.length > 0 ? cells : [text] }] : [],
        });
      } else {
        const text = stripLeaders(row.text);
        const cells = row.cells.map(stripLeaders).filter(Boolean);
        if (text) fields.at(-1)?.lines.push({ text, no: line.no, cells: cells.length > 0 ? cells : [text] });
      }
    }
  }
  return fields;
}

/** The dotted or ruled line a signature stands on: "……………", "_______". */
function stripLeaders(text: string): string {
  return text.includes('..') || text.includes('__')
    ? text
        .replace(/[._]{3,}/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim()
    : text;
}

/**
 * Attendance lists inside the text (a web page's "Upprop" item): each from its label
 * ("Beslutande ledamöter:", "Närvarande:") to the next blank line, bullet or label.
 */
export function fieldsInBody(lines: readonly Line[], names: ReadonlySet<FieldName>): Field[] {
  const fields: Field[] = [];
  let open: Field | null = null;
  for (const line of lines) {
    if (!line.text) {
      open = null;
      continue;
    }
    const found = fieldLabel(line.text);
    if (found && names.has(found.name) && /:/u.test(line.text.slice(0, found.label.length + 2))) {
      open = {
        name: found.name,
        label: found.label,
        no: line.no,
        lines: found.rest ? [{ text: found.rest, no: line.no, cells: [found.rest] }] : [],
      };
      fields.push(open);
    } else if (found) open = null;
    else if (open && !line.bullet) open.lines.push({ text: line.text, no: line.no, cells: [line.text] });
    else open = null;
  }
  return fields;
}
