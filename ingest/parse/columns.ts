import type { Line } from './lines.js';

/**
 * Columns of printed lines. Text extracted from a two-column table keeps each row on one line,
 * its cells apart by runs of spaces: `Beslutande      Marie Holmqvist (S), ordförande`,
 * `NORRTÄLJE KOMMUN      SAMMANTRÄDESPROTOKOLL      1 (9)`.
 */

export interface Cell {
  text: string;
  /** The column the cell starts at. */
  col: number;
}

/** The cells of a printed line: runs of text separated by two or more spaces. */
export function cellsOf(raw: string): Cell[] {
  const cells: Cell[] = [];
  const re = /\S+(?: \S+)*/gu;
  for (let m = re.exec(raw); m; m = re.exec(raw)) cells.push({ text: m[0], col: m.index });
  return cells;
}

/**
 * Splits the lines of the first page's head (the lines before `end`) into their cells, one line
 * each, so that a head printed in columns reads as a letterhead, a kind line, a title and a date
 * stacked. A cell that starts in lower case under a cell of the line above continues it: the
 * body's name wrapped in its column (`Kommunala` / `pensionärsrådet`).
 */
export function splitHeadCells(lines: readonly Line[], end: number): Line[] {
  const out: Line[] = [];
  let above: Array<{ cell: Cell; line: Line }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i >= end || !line.text) {
      out.push(line);
      if (line.text) above = [];
      continue;
    }
    const cells = cellsOf(line.raw);
    // Only in a column to the right: at the margin a lower-case line is the title's own wrap.
    const continues = (cell: Cell): boolean =>
      cell.col >= 8 && /^\p{Ll}/u.test(cell.text) && above.some((a) => Math.abs(a.cell.col - cell.col) <= 2);
    if (cells.length < 2 && !cells.some(continues)) {
      out.push(line);
      above = cells.map((cell) => ({ cell, line }));
      continue;
    }
    const current: Array<{ cell: Cell; line: Line }> = [];
    for (const cell of cells) {
      const upper = above.find((a) => Math.abs(a.cell.col - cell.col) <= 2);
      if (upper && continues(cell)) {
        upper.line.text = `${upper.line.text} ${cell.text}`;
        upper.line.raw = upper.line.text;
        continue;
      }
      const piece: Line = { ...line, text: cell.text, raw: cell.text, indented: cell.col > 0 };
      out.push(piece);
      current.push({ cell, line: piece });
    }
    above = current;
  }
  return out;
}
