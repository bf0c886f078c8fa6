/**
 * The edges of pages that came as single lines: the page's number printed at its head, and a
 * running head or foot run into the page's text. Both are told by rule — the number is the page's
 * own, the head and foot repeat on every page — never by knowing their words.
 */

const W = '(?<![\\p{L}\\p{N}])';
/** A head or foot is a line of print, never a page's worth of text that two pages share. */
const PRINTED_LINE = 120;

/** What every page of a document starts or ends with: a running head and foot that lost their own lines. */
export interface PageEdges {
  head: string | null;
  foot: string | null;
}

/**
 * The running head and foot of a document whose pages came as single lines: the words that every
 * page after the first starts with (three pages at least), and that every page ends with. A foot
 * is no sentence's end ("… läggs till handlingarna."), and on two pages only it must be longer,
 * since two pages may end alike by chance.
 */
export function pageEdges(text: string): PageEdges {
  if (!text.includes('\f')) return { head: null, foot: null };
  const pages = text
    .split('\f')
    .map((page, k) => ({ page: k + 1, text: page.trim() }))
    .filter((p) => p.text);
  if (pages.length < 2) return { head: null, foot: null };
  const firstLine = (page: string): string => (page.includes('\n') ? page.slice(0, page.indexOf('\n')) : page);
  const firstLines = pages.slice(1).map((p) => dropViewerIndex(firstLine(p.text), p.page).split(/\s+/u));
  const lastLines = pages.map((p) => p.text.slice(p.text.lastIndexOf('\n') + 1).split(/\s+/u));
  const head = firstLines.length >= 2 ? commonWords(firstLines, 'start') : [];
  const foot = commonWords(lastLines, 'end');
  const headText = head.join(' ');
  const footText = foot.join(' ');
  return {
    head: head.length >= 2 && headText.length >= 10 && headText.length <= PRINTED_LINE ? headText : null,
    foot:
      foot.length >= (pages.length >= 3 ? 2 : 3) &&
      footText.length >= 10 &&
      footText.length <= PRINTED_LINE &&
      !/[.!?:]$/u.test(footText) &&
      /^\P{Ll}/u.test(footText)
        ? footText
        : null,
  };
}

/** The words all lists share at their start or end. */
function commonWords(lists: readonly string[][], side: 'start' | 'end'): string[] {
  const shortest = Math.min(...lists.map((l) => l.length));
  const at = (list: readonly string[], k: number): string => (side === 'start' ? list[k]! : list[list.length - 1 - k]!);
  let n = 0;
  while (n < shortest && lists.every((l) => at(l, n) === at(lists[0]!, n))) n++;
  const words = side === 'start' ? lists[0]!.slice(0, n) : lists[0]!.slice(lists[0]!.length - n);
  return words;
}

/** A flattened page's running head and foot apart from its text; the head only after the first page. */
export function splitEdges(piece: string, edges: PageEdges, page: number): { head: string | null; body: string; foot: string | null } {
  let body = dropViewerIndex(piece.trim(), page);
  let head: string | null = null;
  let foot: string | null = null;
  if (edges.head && page > 1 && body.startsWith(edges.head) && body.length > edges.head.length) {
    head = edges.head;
    body = body.slice(head.length).trim();
  }
  if (edges.foot && body.endsWith(edges.foot) && body.length > edges.foot.length) {
    foot = edges.foot;
    body = body.slice(0, -foot.length).trim();
  }
  return { head, body, foot };
}

/**
 * "2 FALU KOMMUN … 2 (5)": the viewer's page index in front of the page's own marker; "3 Borås
 * stad …" on the third page: the page's number, printed at its head, run into its first line.
 */
export function dropViewerIndex(text: string, page: number | null): string {
  const m = /^(\d{1,3})\s+(?=\S)/u.exec(text);
  if (!m) return text;
  if (page !== null && Number(m[1]) === page && /^[\p{Lu}§•●▪■]/u.test(text.slice(m[0].length))) return text.slice(m[0].length);
  const marker = new RegExp(`${W}${m[1]}\\s?\\(\\d{1,3}\\)`, 'u').exec(text.slice(m[0].length, m[0].length + 160));
  return marker ? text.slice(m[0].length) : text;
}
