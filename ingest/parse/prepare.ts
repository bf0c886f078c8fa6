import { splitHeadCells } from './columns.js';
import { fieldLabel, kindOf, letterheadOf } from './header.js';
import { blankLine, blankRunningHeads, closePageSeams, toLines, type Line } from './lines.js';
import { relineate } from './relineate.js';
import { blankTables, type AttendanceRow } from './tables.js';
import { isWebPage, joinWebLines, stripWebChrome, type WebChrome } from './web-page.js';

/** What the parse reads: the document's lines cleaned of everything that is not the minutes. */
export interface Prepared {
  /** Content lines, page seams closed. */
  lines: Line[];
  /** Every line after relineation and chrome removal, running heads included (they carry the date too). */
  dated: Array<Pick<Line, 'text' | 'no' | 'page'>>;
  /** The text had lost its line breaks and they were restored. */
  linesRestored: boolean;
  /** The page's chrome when the document is a web page. */
  web: WebChrome | null;
  /** Lines repeated at the head or foot of the pages. */
  running: string[];
  /** Rows of an attendance table, for minutes that list nobody elsewhere. */
  attendanceRows: AttendanceRow[];
}

const HEADING = /^(?:[A-ZÅÄÖ]{2,5}\s+)?§\s*\d{1,4}/u;
/** Where the minutes begin on a web page: a label, the kind line, a heading. */
const isAnchor = (text: string): boolean => fieldLabel(text) !== null || kindOf(text) !== null || HEADING.test(text);

/**
 * The first steps of the parse: line breaks restored where a page came as one line, a web
 * page's chrome removed, the first page's head read in its columns, tables of contents and
 * attendance tables set aside, running heads and page seams removed. Line numbers stay those of
 * the source text.
 */
export function prepareLines(text: string): Prepared {
  const relined = relineate(text);
  const raw = toLines(relined.text);
  if (relined.restored) for (const line of raw) line.no = relined.sourceLines[line.no - 1] ?? line.no;
  const web = isWebPage(raw) ? stripWebChrome(raw, isAnchor) : null;
  if (web) joinWebLines(raw);
  const dated = raw.map(({ text: t, no, page }) => ({ text: t, no, page }));
  // A running head or foot that a flattened page ran into its text was told by its repetition already.
  for (const index of relined.running?.lines ?? []) if (raw[index]) blankLine(raw[index]);
  const split = splitHeadCells(raw, headEnd(raw));
  const attendanceRows = blankTables(split);
  const repeated = blankRunningHeads(split, new Set(letterheadOf(split.slice(0, 40))));
  const told = relined.running?.texts ?? [];
  const running = told.length > 0 ? [...new Set([...told, ...repeated])] : repeated;
  return { lines: closePageSeams(split), dated, linesRestored: relined.restored, web, running, attendanceRows };
}

/** The first page's head: the lines before its first labelled field. */
function headEnd(lines: readonly Line[]): number {
  const firstPage = lines.find((l) => l.text)?.page ?? 1;
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = lines[i]!;
    if (line.page !== firstPage || (line.text && fieldLabel(line.text))) return i;
  }
  return Math.min(lines.length, 40);
}
