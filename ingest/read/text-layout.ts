/** One run of text on a PDF page, in PDF user space (y grows upwards, baseline at `y`). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Line {
  y: number;
  fontSize: number;
  items: PositionedText[];
}

/** Items whose baselines differ by less than this share a line (sub-pixel jitter, kerning). */
const SAME_LINE_TOLERANCE = 0.35; // × font size
/** A horizontal gap wider than this between two runs is a space (Helvetica's space is 0.28 em). */
const SPACE_GAP = 0.15; // × font size
/** A baseline step this much larger than the page's line pitch is a paragraph break. */
const PARAGRAPH_GAP = 1.4; // × line pitch
/** A line pitch is assumed between single spacing and one-and-a-half spacing. */
const MIN_PITCH = 1.0; // × font size
const MAX_PITCH = 1.5; // × font size
const DEFAULT_PITCH = 1.2; // × font size

/** A line starting this far right of the page's left margin is indented. */
const INDENT = 0.9; // × font size
/** Further right than this, a line is right-aligned or in a column (a page marker), not indented. */
const MAX_INDENT = 6; // × font size

const isBlank = (s: string): boolean => s.trim() === '';

const firstX = (line: Line): number => Math.min(...line.items.map((it) => it.x));

/** The page's left margin: where most lines start (the lower decile of line starts). */
function leftMargin(lines: readonly Line[]): number {
  const starts = lines.map(firstX).sort((a, b) => a - b);
  return starts[Math.floor(starts.length / 10)] ?? 0;
}

function groupIntoLines(items: readonly PositionedText[]): Line[] {
  const sorted = items.filter((it) => !isBlank(it.str)).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    if (line !== undefined && Math.abs(line.y - item.y) <= SAME_LINE_TOLERANCE * Math.max(line.fontSize, item.fontSize)) {
      line.items.push(item);
      line.fontSize = Math.max(line.fontSize, item.fontSize);
    } else {
      lines.push({ y: item.y, fontSize: item.fontSize, items: [item] });
    }
  }
  return lines;
}

/** Runs left to right, with a space wherever the gap between two runs is wider than a kern. */
function lineText(line: Line): string {
  const items = [...line.items].sort((a, b) => a.x - b.x);
  let text = '';
  let rightEdge = -Infinity;
  for (const item of items) {
    const gap = item.x - rightEdge;
    const needsSpace = text !== '' && gap > SPACE_GAP * item.fontSize && !/\s$/.test(text) && !/^\s/.test(item.str);
    text += (needsSpace ? ' ' : '') + item.str;
    rightEdge = Math.max(rightEdge, item.x + item.width);
  }
  return text.trim();
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * The page's ordinary baseline-to-baseline distance: the lower quartile of the steps between
 * lines (most steps on a page of prose are single line steps), kept within sane bounds of the
 * font size so that a page of short, widely spaced lines still finds its paragraph breaks.
 */
function linePitch(lines: readonly Line[]): number {
  const fontSize = median(lines.map((l) => l.fontSize)) || 10;
  const steps = lines
    .slice(1)
    .map((l, i) => (lines[i] as Line).y - l.y)
    .filter((d) => d > 0);
  if (steps.length === 0) return DEFAULT_PITCH * fontSize;
  const lowerQuartile = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 4)] as number;
  return Math.min(Math.max(lowerQuartile, MIN_PITCH * fontSize), MAX_PITCH * fontSize);
}

/**
 * A page's text runs → its text, one line per printed line, top to bottom, and one empty line
 * where the vertical gap shows a paragraph break: the shape of the sample .txt files, which is
 * what the parser's paragraph logic expects. Lines are trimmed; the result has no leading or
 * trailing empty lines.
 */
export function layoutPageText(items: readonly PositionedText[]): string {
  const lines = groupIntoLines(items);
  const pitch = linePitch(lines);
  const margin = leftMargin(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    if (above !== undefined && above.y - line.y > PARAGRAPH_GAP * pitch) out.push('');
    // An indented line (a bullet's hanging indent) keeps one leading space, as text extractors
    // such as pdftotext show it: the parser tells continuation lines from new paragraphs by it.
    const offset = firstX(line) - margin;
    const indented = offset > INDENT * line.fontSize && offset < MAX_INDENT * line.fontSize;
    out.push((indented ? ' ' : '') + lineText(line));
  });
  return out.join('\n').replace(/^\n+|\n+$/g, '');
}
