/** The parser's view of a document: numbered lines with their page, indentation and bullet. */

export interface Line {
  /** 1-based line number in the source text (form feeds count as line breaks). */
  no: number;
  page: number;
  /** Trimmed text with any bullet glyph removed; '' for a blank line. */
  text: string;
  /**
   * The line as printed, white space kept (tabs widened), a page marker at its end removed: the
   * columns of a two-column table are told apart by runs of spaces, which `text` folds.
   */
  raw: string;
  /** Starts with white space: in text extracted from PDFs a lost bullet glyph or a new paragraph. */
  indented: boolean;
  /** Started with a bullet glyph. */
  bullet: boolean;
  /** A page marker or running head: not content, and the edge of a page. */
  artefact?: boolean;
  /** The first content line after a page break (set by `closePageSeams`). */
  seam?: boolean;
}

/** A line with text, where it stands, and whether a blank line (or the start of the range) is right before it. */
export interface ContentLine {
  line: Line;
  index: number;
  blankBefore: boolean;
  /** A heading may start here: after a blank line, or as a page's first line (the page break closed the seam). */
  opensBlock: boolean;
}

/** The lines with text in lines[from, to): blocks start after a blank line, so each says whether one came before. */
export function* contentLines(lines: readonly Line[], from: number, to: number): Generator<ContentLine> {
  let blankBefore = true;
  for (let index = from; index < to; index++) {
    const line = lines[index]!;
    if (!line.text) {
      blankBefore = true;
      continue;
    }
    yield { line, index, blankBefore, opensBlock: blankBefore || line.seam === true };
    blankBefore = false;
  }
}

// Bullet glyphs seen in extracted PDF text, including Symbol-font private-use code points.
const BULLET = /^[•●▪■◦‣∙·○→\u2043\u25aa\u25cf\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s*|^[-–*]\s+(?=\S)/u;
const SPECIAL_SPACE = /[\u00a0\u2007\u202f\t]/;
const SPECIAL_SPACES = /[\u00a0\u2007\u202f]/g;
/**
 * A printed page marker: "3 (5)", "2(15)", "1[15]", "Sida 3 (9)", "sid 1 (33)", "Sida 3 av 8".
 * Group 1 is the page.
 */
export const PAGE_MARKER = /^(?:sid(?:a|an)?\.?\s*)?(\d{1,3})\s*(?:\(\s*\d{1,3}\s*\)|\[\s*\d{1,3}\s*\]|av\s+\d{1,3})$/iu;
/** A page marker standing at the end of a printed line, after a column gap ("NORRTÄLJE KOMMUN    1 (9)"). */
const TRAILING_MARKER = /\s{2,}((?:sid(?:a|an)?\.?\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|\[\s*\d{1,3}\s*\]|av\s+\d{1,3}))$/iu;
/**
 * Lines that are page furniture wherever they stand: the signature boxes at a page's foot, rules
 * under an item, and the "Forts. § 27" that repeats an item's heading on its next page.
 */
const FURNITURE =
  /^(?:(?:justerandes?\s+(?:sign(?:atur)?|signaturer)|utdragsbestyrkande|ordförandes\s+sign(?:atur)?)(?:[\s_.]*(?:justerandes?\s+(?:sign(?:atur)?|signaturer)|utdragsbestyrkande|ordförandes\s+sign(?:atur)?))*[\s_.]*|[_\-–—=.]{5,}|forts(?:\.|ättning)?\s+(?:[\p{Lu}]{2,5}\s+)?§\s*\d{1,4}\.?)$/iu;

/** The labels inside a protokoll's items: they end many pages, and are no running foot. */
const ITEM_LABEL =
  /^(?:beslut|beslutsunderlag|ärendebeskrivning|ärendet|sammanfattning|yrkanden?|reservation(?:er)?|propositionsordning|expedieras|bakgrund|förslag till beslut|bilagor)$/iu;

const FURNITURE_START = new Set('jJuUoOfF_-–—=.');
/** Ends in a digit, ")" or "]", as a page marker does: a character test before any pattern. */
const endsLikeMarker = (raw: string): boolean => {
  const c = raw.charCodeAt(raw.length - 1);
  return (c >= 48 && c <= 57) || c === 41 || c === 93;
};

/**
 * Splits a document into lines. Pages come from form feeds when the text has them (the read
 * stage's contract), otherwise from printed page markers such as `3 (5)`, which then are
 * removed as the artefacts they are. Markers at the foot of pages (a footer ending in `1(6)`) move
 * the page on after them, markers at the head before them.
 */
export function toLines(text: string): Line[] {
  const pagesByFormFeed = text.includes('\f');
  const lines: Line[] = [];
  let page = 1;
  let no = 0;
  const pages = text.split('\f');
  const footMarkers = !pagesByFormFeed && markersAtFoot(text);
  for (let p = 0; p < pages.length; p++) {
    if (pagesByFormFeed) page = p + 1;
    for (const source of pages[p]!.split('\n')) {
      no++;
      // trimEnd, not /\s+$/: an end-anchored pattern is tried at every position of the line.
      let raw = (SPECIAL_SPACE.test(source) ? source.replace(SPECIAL_SPACES, ' ').replace(/\t/g, '    ') : source).trimEnd();
      let trimmed = raw.trim();
      let marker = trimmed.length <= 16 ? PAGE_MARKER.exec(trimmed) : null;
      const whole = marker !== null;
      if (!marker && raw.length > 8 && endsLikeMarker(raw)) {
        const trailing = TRAILING_MARKER.exec(raw);
        if (trailing) {
          marker = PAGE_MARKER.exec(trailing[1]!);
          raw = raw.slice(0, trailing.index).trimEnd();
          trimmed = raw.trim();
        }
      }
      if (marker && !pagesByFormFeed && !footMarkers) page = Math.max(page, Number(marker[1]));
      if (whole) {
        lines.push({ no, page, text: '', raw: '', indented: false, bullet: false, artefact: true });
        if (!pagesByFormFeed && footMarkers) page = Math.max(page, Number(marker![1]) + 1);
        continue;
      }
      const bulletMatch = BULLET.exec(trimmed);
      const body = bulletMatch ? trimmed.slice(bulletMatch[0].length).trim() : trimmed;
      const line: Line = {
        no,
        page,
        text: body.includes('  ') ? body.replace(/ {2,}/g, ' ') : body,
        raw,
        indented: /^\s/.test(raw) && trimmed.length > 0,
        // A bullet alone on its line (a web page's list) is kept, for the line after it.
        bullet: bulletMatch !== null,
      };
      if (line.text.length <= 120 && FURNITURE_START.has(line.text.charAt(0)) && FURNITURE.test(line.text)) blank(line);
      lines.push(line);
      if (marker && !pagesByFormFeed && footMarkers) page = Math.max(page, Number(marker[1]) + 1);
    }
  }
  return lines;
}

/**
 * Whether a text without form feeds prints its page markers at the foot of each page: its first
 * marker says page 1 and follows the page's content rather than heading it.
 */
function markersAtFoot(text: string): boolean {
  let contentBefore = 0;
  for (let start = 0; start < text.length && contentBefore <= 400;) {
    const end = text.indexOf('\n', start);
    const raw = text.slice(start, end < 0 ? text.length : end).trimEnd();
    start = end < 0 ? text.length : end + 1;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    if (endsLikeMarker(trimmed)) {
      const whole = trimmed.length <= 16 ? PAGE_MARKER.exec(trimmed) : null;
      const trailing = whole ? null : TRAILING_MARKER.exec(raw);
      const marker = whole ?? (trailing ? PAGE_MARKER.exec(trailing[1]!) : null);
      if (marker) return Number(marker[1]) === 1 && contentBefore > 8;
    }
    contentBefore++;
  }
  return false;
}

/**
 * Blanks out running headers and footers: a short line that stands among the first or last
 * few lines of at least half of the pages (and of two or more) is letterhead, not content.
 * `letterhead` lines (read from the first page's head) are blanked wherever they stand alone
 * on a later page's head too. The first page's head is the document's own and is kept.
 * Returns the running lines found, which name the body and the municipality.
 */
export function blankRunningHeads(lines: Line[], letterhead: ReadonlySet<string>): string[] {
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
  const running = new Set(
    [...edgeCounts].filter(([t, n]) => pageCount >= 3 && n >= 3 && n >= pageCount / 2 && !ITEM_LABEL.test(t)).map(([t]) => t),
  );
  // On two pages, a foot that closes both is one all the same: the last line of every page is no
  // presenter's name across a break (that would close one page and open the next).
  if (pageCount === 2) {
    const [first, second] = [...byPage.values()].map((pageLines) => pageLines.at(-1)!.text);
    if (first === second && first!.length <= 80 && !ITEM_LABEL.test(first!)) running.add(first!);
  }
  if (byPage.size === 0) return [];
  const firstPage = Math.min(...byPage.keys());
  for (const [page, pageLines] of byPage) {
    const head = new Set(pageLines.slice(0, 4));
    const tail = new Set(pageLines.slice(-3));
    for (const line of pageLines) {
      const atEdge = head.has(line) || tail.has(line);
      const repeatedLetterhead = page !== firstPage && head.has(line) && letterhead.has(line.text);
      if ((atEdge && running.has(line.text) && page !== firstPage) || repeatedLetterhead) blank(line);
      else if (page === firstPage && tail.has(line) && !head.has(line) && running.has(line.text) && !letterhead.has(line.text)) blank(line);
    }
  }
  return [...running];
}

function blank(line: Line): void {
  line.text = '';
  line.raw = '';
  line.indented = false;
  line.bullet = false;
  line.artefact = true;
}

/** Blanks a line that is not content (a chrome line of a web page, a table of contents). */
export function blankLine(line: Line): void {
  blank(line);
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
    const line = lines[i]!;
    if (line.text) {
      // A page that starts right under the last line of the one before (a PDF page with nothing
      // between its foot and the next page's first line) is a seam all the same.
      const before = out.at(-1);
      if (before !== undefined && before.page !== line.page) line.seam = true;
      out.push(line);
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
