/**
 * A printed page as columns of text: what a word processor placed where. One model gives the
 * three forms a generated file takes — text as pdftotext lays it out (cells padded to their
 * columns), text whose line breaks a viewer lost (each page one line), and a PDF (cells at fixed
 * x positions, so a two-column table is a real one).
 */

/** A run of text starting at a character column (or ending there, when right-aligned). */
export interface Cell {
  text: string;
  column: number;
  align?: 'left' | 'right';
  bold?: boolean;
}

/** A printed line; no cells is an empty line (a paragraph gap). */
export interface SheetLine {
  cells: Cell[];
}

export interface SheetPage {
  lines: SheetLine[];
  /** Printed at the bottom of the page (a PDF) or after its last line (text). */
  foot: SheetLine[];
}

export interface Sheet {
  pages: SheetPage[];
  /**
   * What a text copy puts between pages: pdftotext's form feed, or a few blank lines (a copy
   * re-hosted as text, the next page's head following directly). Notes written as one flowing
   * text are one page.
   */
  pageBreak: 'formfeed' | 'blank';
}

/** The text column right-aligned cells end at, and the width body text wraps to. */
export const SHEET_WIDTH = 86;
export const TEXT_WIDTH = 76;
/** Where a two-column table's values start. */
export const VALUE_COLUMN = 24;

export const blankLine = (): SheetLine => ({ cells: [] });
export const textLine = (text: string, column = 0, bold = false): SheetLine => ({ cells: [{ text, column, bold }] });
/** A table value: text, or two runs in columns of their own ("S" and the name, a name and a title). */
export type TableValue = string | { first: string; second: string; gap: number };

/** A label and its value in the table's two columns. */
export const rowLine = (label: string, value: TableValue, valueColumn = VALUE_COLUMN): SheetLine => {
  const cells: Cell[] = label ? [{ text: label, column: 0 }] : [];
  if (typeof value === 'string') {
    if (value) cells.push({ text: value, column: valueColumn });
  } else cells.push({ text: value.first, column: valueColumn }, { text: value.second, column: valueColumn + value.gap });
  return { cells };
};
export const rightCell = (text: string, column = SHEET_WIDTH): Cell => ({ text, column, align: 'right' });

const isBlank = (line: SheetLine): boolean => line.cells.every((c) => c.text.trim() === '');

/** A line as pdftotext -layout prints it: each cell from its column (two spaces at least between cells). */
export function lineText(line: SheetLine): string {
  let out = '';
  for (const cell of line.cells) {
    const start = cell.align === 'right' ? cell.column - cell.text.length : cell.column;
    const gap = out === '' ? Math.max(0, start) : Math.max(2, start - out.length);
    out += ' '.repeat(gap) + cell.text;
  }
  return out.replace(/\s+$/, '');
}

/** The sheet as a text file laid out in columns. */
export function sheetText(sheet: Sheet): string {
  const pages = sheet.pages.map((p) => {
    const lines = p.lines.map(lineText);
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    if (p.foot.length > 0) lines.push('', '', ...p.foot.map(lineText));
    return lines.join('\n');
  });
  const separator = sheet.pageBreak === 'formfeed' ? '\n\f' : '\n\n\n';
  return `${pages.join(separator)}\n`;
}

/**
 * The sheet as a viewer's transcript: each page one long line (its cells joined by single
 * spaces), pages separated by form feeds, sometimes led by the viewer's own page index ("2 ").
 */
export function sheetOneLine(sheet: Sheet, viewerIndex: boolean): string {
  return `${sheet.pages
    .map((p, i) => {
      const words = [...p.lines, ...p.foot]
        .filter((l) => !isBlank(l))
        .flatMap((l) => l.cells.map((c) => c.text.trim().replace(/\s+/g, ' ')).filter((t) => t !== ''));
      return `${viewerIndex ? `${i + 1} ` : ''}${words.join(' ')}`;
    })
    .join('\f')}\n`;
}
