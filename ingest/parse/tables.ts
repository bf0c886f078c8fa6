import { cellsOf } from './columns.js';
import { blankLine, type Line } from './lines.js';

/**
 * The tables a protokoll prints besides its items: the table of contents, which repeats the
 * items, and the attendance list (närvaro- och omröstningslista), which names absent members
 * too. Neither is content; the attendance rows are kept for minutes that list nobody else.
 */

export interface AttendanceRow {
  /** The row's first cell: "Marie Holmqvist (S), ordförande". */
  person: string;
  present: boolean;
  no: number;
}

const TOC_HEADING = /^(?:innehållsförteckning|innehåll|ärendelista|ärendeförteckning|förteckning över ärenden)$/iu;
const TOC_ENTRY = /^(?:(?:[A-ZÅÄÖ]{2,5}\s+)?§\s*(\d{1,4})|(\d{1,3})[.)]?)\s+\S.*$/u;
const LEADERS = /(?:\.{4,}|…{2,}|\s\.\s\.\s\.)\s*\d{1,3}$/u;
const TABLE_TITLE =
  /^(?:närvarolista|närvaroförteckning|närvaro(?:-?\s*och\s+|-)(?:omröstnings|voterings)lista|omröstningslista|voteringslista|närvaro)$/iu;
/** The column heads of an attendance table. */
const COLUMN_WORD =
  /(?<![\p{L}])(?:närv|närvarande|frånv|frånvarande|tjg|ej tjg|tjg ers|n|f|ja|nej|avstår|ersatt av|ersätts av|parti\/org|parti)(?![\p{L}])/giu;
const HEADING = /^(?:(?:[A-ZÅÄÖ]{2,5}\s+)?§\s*\d{1,4}|\d{1,2}[.)]?\s+\p{Lu})/u;
const PRESENT_COLUMN = /^(?:närv|närvarande|n|tjg|ja|nej|avstår)$/iu;
const MARK = /^(?:x|n|f|"|″|”|-|–)$/iu;

/** Blanks the table of contents and the attendance tables; returns the attendance rows. */
export function blankTables(lines: Line[]): AttendanceRow[] {
  blankContents(lines);
  return blankAttendance(lines);
}

function blankContents(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    const heading = /^[iIäÄfF]/u.test(line.text) && TOC_HEADING.test(line.text);
    if (!heading && !dotted(line.text)) continue;
    // The run of entries: numbers rising, each with its title; blank lines between are allowed.
    const entries: number[] = [];
    let last = -1;
    let j = i + (heading ? 1 : 0);
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (!text) continue;
      const entry = TOC_ENTRY.exec(text);
      const value = entry ? Number(entry[1] ?? entry[2]) : NaN;
      if (!entry || (last >= 0 && value <= last)) break;
      entries.push(j);
      last = value;
    }
    const withLeaders = entries.filter((k) => dotted(lines[k]!.text)).length;
    if (entries.length >= 2 && (heading || withLeaders >= 2)) {
      if (heading) blankLine(line);
      for (const k of entries) blankLine(lines[k]!);
      i = j - 1;
    }
  }
}

/** Dot leaders and a page number at the end: "Val av justerare ........ 3". */
const dotted = (text: string): boolean => {
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57 && LEADERS.test(text.slice(-40));
};

function blankAttendance(lines: Line[]): AttendanceRow[] {
  const rows: AttendanceRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    // Table titles and column heads start with "N", "O", "V" or "L".
    if (!/^[nNoOvVlL]/u.test(line.text)) continue;
    const titled = TABLE_TITLE.test(line.text) && columnHeadAhead(lines, i + 1);
    const headed = !titled && /^(?:närv|ledamot|ledamöter|namn)/iu.test(line.text) && strongColumnWords(line.text) >= 2;
    if (!titled && !headed) continue;
    let columns: Array<{ word: string; col: number }> = [];
    let previousPresent = false;
    let j = i;
    for (; j < lines.length && lines[j]!.page === line.page; j++) {
      const row = lines[j]!;
      if (!row.text) continue;
      if (j > i && (HEADING.test(row.text) || TOC_HEADING.test(row.text))) break;
      if (columnWords(row.text) >= 2) columns = headsOf(row.raw);
      else if (j > i) {
        const cells = cellsOf(row.raw);
        const marks = cells.slice(1).filter((c) => MARK.test(c.text));
        if (cells.length >= 2 && marks.length > 0) {
          const present = marks.some((m) => {
            if (/^["″”]$/u.test(m.text)) return previousPresent;
            const head = nearest(columns, m.col);
            return head !== null && PRESENT_COLUMN.test(head) && !/^f$/iu.test(m.text);
          });
          previousPresent = present;
          rows.push({ person: cells[0]!.text, present, no: row.no });
        }
      }
      blankLine(row);
    }
    i = j - 1;
  }
  return rows;
}

function columnHeadAhead(lines: readonly Line[], from: number): boolean {
  for (let k = from, seen = 0; k < lines.length && seen < 3; k++) {
    if (!lines[k]!.text) continue;
    seen++;
    if (columnWords(lines[k]!.text) >= 2) return true;
  }
  return false;
}

function columnWords(text: string): number {
  return text.length > 200 ? 0 : (text.match(COLUMN_WORD) ?? []).length;
}

/** Column heads no list of names has: "Närv", "Frånv", "Tjg", "Ersatt av". */
function strongColumnWords(text: string): number {
  return text.length > 400
    ? 0
    : (text.match(/(?<![\p{L}])(?:närv|närvarande|frånv|frånvarande|tjg|ej tjg|ersatt av)(?![\p{L}])/giu) ?? []).length;
}

function headsOf(raw: string): Array<{ word: string; col: number }> {
  const heads: Array<{ word: string; col: number }> = [];
  COLUMN_WORD.lastIndex = 0;
  for (let m = COLUMN_WORD.exec(raw); m; m = COLUMN_WORD.exec(raw)) heads.push({ word: m[0], col: m.index });
  return heads;
}

function nearest(columns: ReadonlyArray<{ word: string; col: number }>, col: number): string | null {
  let best: { word: string; col: number } | null = null;
  for (const c of columns) if (!best || Math.abs(c.col - col) < Math.abs(best.col - col)) best = c;
  return best && Math.abs(best.col - col) <= 6 ? best.word : null;
}
