/** The parser's view of a document: numbered lines with their page, indentation and bullet. */

export interface Line {
  /** 1-based line number in the source text (form feeds count as line breaks). */
  no: number;
  page: number;
  /** Trimmed text with any bullet glyph removed; '' for a blank line. */
  text: string;
  /** Starts with white space: in text extracted from PDFs a lost bullet glyph or a new paragraph. */
  indented: boolean;
  /** Started with a bullet glyph. */
  bullet: boolean;
  /** A page marker or running head: not content, and the edge of a page. */
  artefact?: boolean;
  /** The first content line after a page break (set by `closePageSeams`). */
  seam?: boolean;
}

// Bullet glyphs seen in extracted PDF text, including Symbol-font private-use code points.
const BULLET = /^[•●▪■◦‣∙·○\u2043\u25aa\u25cf\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s*|^[-–*]\s+(?=\S)/u;
const SPECIAL_SPACE = /[\u00a0\u2007\u202f\t]/;
const SPECIAL_SPACES = /[\u00a0\u2007\u202f\t]/g;
/** "3 (5)": page 3 of 5, as printed in the letterhead of every page. */
export const PAGE_MARKER = /^(\d{1,3})\s*\(\s*(\d{1,3})\s*\)$/;

/**
 * Splits a document into lines. Pages come from form feeds when the text has them (the read
 * stage's contract), otherwise from printed page markers such as `3 (5)`, which then are
 * removed as the artefacts they are.
 */
export function toLines(text: string): Line[] {
  const pagesByFormFeed = text.includes('\f');
  const lines: Line[] = [];
  let page = 1;
  let no = 0;
  const pages = text.split('\f');
  for (let p = 0; p < pages.length; p++) {
    if (pagesByFormFeed) page = p + 1;
    for (const raw of pages[p]!.split('\n')) {
      no++;
      // trimEnd, not /\s+$/: an end-anchored pattern is tried at every position of the line.
      const rawText = (SPECIAL_SPACE.test(raw) ? raw.replace(SPECIAL_SPACES, ' ') : raw).trimEnd();
      const trimmed = rawText.trim();
      const marker = PAGE_MARKER.exec(trimmed);
      if (marker) {
        if (!pagesByFormFeed) page = Math.max(page, Number(marker[1]));
        lines.push({ no, page, text: '', indented: false, bullet: false, artefact: true });
        continue;
      }
      const bulletMatch = BULLET.exec(trimmed);
      const body = bulletMatch ? trimmed.slice(bulletMatch[0].length).trim() : trimmed;
      lines.push({
        no,
        page,
        text: body.includes('  ') ? body.replace(/ {2,}/g, ' ') : body,
        indented: /^\s/.test(rawText) && trimmed.length > 0,
        bullet: bulletMatch !== null && body.length > 0,
      });
    }
  }
  return lines;
}

/**
 * Blanks out running headers and footers: a short line that stands among the first or last
 * few lines of at least half of the pages (and of two or more) is letterhead, not content.
 * `letterhead` lines (read from the first page's head) are blanked wherever they stand alone
 * on a later page's head too.
 */
export function blankRunningHeads(lines: Line[], letterhead: ReadonlySet<string>): void {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) if (line.text) (byPage.get(line.page) ?? byPage.set(line.page, []).get(line.page)!).push(line);
  const pageCount = byPage.size;
  const edgeCounts = new Map<string, number>();
  for (const pageLines of byPage.values()) {
    const edges = new Set([...pageLines.slice(0, 4), ...pageLines.slice(-3)].map((l) => l.text).filter((t) => t.length <= 80));
    for (const t of edges) edgeCounts.set(t, (edgeCounts.get(t) ?? 0) + 1);
  }
  // Three pages at least: on two, a presenter who presents on both sides of a page break would look
  // like a running head. Two-page letterheads are caught by the letterhead rule below.
  const running = new Set([...edgeCounts].filter(([, n]) => pageCount >= 3 && n >= 3 && n >= pageCount / 2).map(([t]) => t));
  const firstPage = Math.min(...byPage.keys());
  for (const [page, pageLines] of byPage) {
    const head = new Set(pageLines.slice(0, 4));
    const tail = new Set(pageLines.slice(-3));
    for (const line of pageLines) {
      const atEdge = head.has(line) || tail.has(line);
      const repeatedLetterhead = page !== firstPage && head.has(line) && letterhead.has(line.text);
      if ((atEdge && running.has(line.text) && page !== firstPage) || repeatedLetterhead) blank(line);
      else if (page === firstPage && atEdge && running.has(line.text) && !letterhead.has(line.text)) blank(line);
    }
  }
}

function blank(line: Line): void {
  line.text = '';
  line.indented = false;
  line.bullet = false;
  line.artefact = true;
}

/**
 * Removes page seams: the blank lines, page markers and running heads between the last line of
 * one page and the first of the next. A page break is not a paragraph break — a sentence runs on
 * across it as across any line — so the lines on both sides are joined by the ordinary rules,
 * and the first line after the seam is flagged for the heading finder, for which it does open a
 * block.
 */
export function closePageSeams(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.text) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !lines[j]!.text) j++;
    const run = lines.slice(i, j);
    const before = out.at(-1);
    const after = lines[j];
    const isSeam = run.some((l) => l.artefact) || (before !== undefined && after !== undefined && before.page !== after.page);
    if (isSeam && before !== undefined) {
      if (after) after.seam = true;
    } else {
      out.push(...run.filter((l) => !l.artefact));
    }
    i = j;
  }
  return out;
}
