import type { SheetLine, SheetPage } from './sheet.js';

/** A run of lines that flows onto pages: a table row, a paragraph, an item's heading. */
export interface FlowBlock {
  lines: SheetLine[];
  /** Never split over two pages (a table row, a heading with its first lines). */
  keep?: boolean;
  /** Starts on a new page (the first item after a protokoll's front pages). */
  newPage?: boolean;
  /** The label of the item the block belongs to ("KPR § 7"), for a "Forts." line where it goes on over a page. */
  item?: string | null;
  /** The block is the item's heading: a page that starts with it needs no "Forts." line. */
  startsItem?: boolean;
}

export interface PageFrame {
  /** Body lines a page holds besides its head and foot. */
  capacity: (pageIndex: number) => number;
  /** The running head and the foot, drawn once the page count is known. */
  head: (pageIndex: number, pageCount: number) => SheetLine[];
  foot: (pageIndex: number, pageCount: number) => SheetLine[];
  /** What a page starts with when an item goes on from the page before ("Forts. KPR § 7"), or null. */
  continuation?: (item: string) => SheetLine[];
}

export interface Paginated {
  pages: SheetPage[];
  /** The page (0-based) each item heading landed on, by item label: a table of contents needs it. */
  itemPages: Map<string, number>;
}

const isBlank = (line: SheetLine): boolean => line.cells.every((c) => c.text.trim() === '');

/**
 * Lays blocks out on pages: a block that fits stays on the page, a kept block moves whole to the
 * next page, a longer paragraph is split with at least two lines on either side. Blank lines at
 * the top of a page are dropped, as a word processor does.
 */
export function paginate(blocks: readonly FlowBlock[], frame: PageFrame): Paginated {
  const bodies: SheetLine[][] = [[]];
  const itemPages = new Map<string, number>();
  const page = (): SheetLine[] => bodies.at(-1)!;
  const room = (): number => frame.capacity(bodies.length - 1) - page().length;
  const newPage = (continuing: string | null): void => {
    bodies.push([]);
    if (continuing !== null && frame.continuation) page().push(...frame.continuation(continuing));
  };
  const put = (line: SheetLine): void => {
    if (page().length === 0 && isBlank(line)) return;
    page().push(line);
  };

  for (const block of blocks) {
    const continuing = block.item && !block.startsItem ? block.item : null;
    if (block.newPage && page().length > 0) newPage(null);
    let lines = [...block.lines];
    const content = lines.filter((l) => !isBlank(l)).length;
    if (lines.length > room() && page().length > 0 && (block.keep || content <= 3 || room() < 3)) newPage(continuing);
    if (block.startsItem && block.item) itemPages.set(block.item, bodies.length - 1);
    while (lines.length > room() && room() >= 2 && lines.length - room() >= 2) {
      const head = lines.slice(0, room());
      lines = lines.slice(room());
      head.forEach(put);
      newPage(continuing);
    }
    if (lines.length > room() && page().length > 0) newPage(continuing);
    lines.forEach(put);
  }
  while (bodies.length > 1 && bodies.at(-1)!.every(isBlank)) bodies.pop();
  const count = bodies.length;
  return {
    pages: bodies.map((body, i) => {
      while (body.length > 0 && isBlank(body.at(-1)!)) body.pop();
      return { lines: [...frame.head(i, count), ...body], foot: frame.foot(i, count) };
    }),
    itemPages,
  };
}
