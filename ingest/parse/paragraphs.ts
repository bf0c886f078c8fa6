import type { Line } from './lines.js';
import { endsSentence, endsWithFunctionWord, endsWithLineHyphen, joinLines, startsLowercase, startsUppercase } from './join.js';

export interface RawParagraph {
  text: string;
  kind: 'paragraph' | 'bullet' | 'subheading';
  page: number;
  line: number;
}

interface Building {
  lines: Line[];
  text: string;
  bullet: boolean;
}

/**
 * Rebuilds paragraphs from printed lines. A new paragraph starts at a bullet, after a blank line,
 * at an indented capitalised line after a finished sentence, after a question line, or after a
 * short line that finishes a sentence; a line starting in lower case continues the paragraph
 * even across a blank line (PDF extraction puts one after a bullet's first line).
 * `lineWidth` is the document's usual printed line length, to tell short (final) lines. Where
 * `lineBlocks`, the text was not wrapped to a width (a web page saved as text): a line that starts
 * with a capital at the margin is a block of its own.
 */
export function buildParagraphs(lines: readonly Line[], lineWidth: number, lineBlocks = false): RawParagraph[] {
  const out: RawParagraph[] = [];
  let current: Building | null = null;
  let blankBefore = false;
  const flush = (): void => {
    if (current && current.text) out.push(finish(current));
    current = null;
  };
  for (const line of lines) {
    if (!line.text) {
      blankBefore = true;
      continue;
    }
    if (current === null || startsNew(current, line, blankBefore, lineWidth) || (lineBlocks && opensBlock(line))) {
      flush();
      current = { lines: [line], text: line.text, bullet: line.bullet };
    } else {
      current.lines.push(line);
      current.text = joinLines(current.text, line.text);
    }
    blankBefore = false;
  }
  flush();
  return out;
}

function startsNew(current: Building, line: Line, blankBefore: boolean, lineWidth: number): boolean {
  const last = current.lines.at(-1)!.text;
  const finished = endsSentence(current.text);
  // "kap-" / "acitet": a word split over two lines always continues.
  if (endsWithLineHyphen(last) && startsLowercase(line.text) && !line.bullet) return false;
  if (line.bullet) return true;
  // "b) Läkemedelsgenomgångar: …": a lettered sub-item starts anew though it starts in lower case.
  if (/^[a-zåäö][).]\s/u.test(line.text)) return true;
  if (startsLowercase(line.text) && !finished) return false;
  // A bullet's first line, a blank, then the rest of it: how PDF extraction renders hanging indents.
  const wrappedFirstLine =
    current.lines.length === 1 &&
    (current.lines[0]!.indented || current.bullet) &&
    !finished &&
    last.length >= lineWidth * 0.8 &&
    !line.indented;
  if (blankBefore && wrappedFirstLine && startsUppercase(line.text)) return false;
  if (blankBefore) return true;
  // A bullet's hanging indent: the indented lines right after a bullet item are the rest of it.
  if (current.bullet && line.indented) return false;
  if (!startsUppercase(line.text)) return false;
  if (current.lines.length === 1 && isSubheading(last)) return true;
  if (/\?["”»]?$/.test(last)) return true;
  if (finished && (line.indented || current.bullet)) return true;
  if (finished && last.length < lineWidth * 0.6) return true;
  return false;
}

/** A web page's line that starts a block: a capital at the margin (an indented line or a number goes on a wrapped one). */
const opensBlock = (line: Line): boolean => !line.indented && /^["”«(]?\p{Lu}/u.test(line.text);

/** A short line without a finishing stop that stands alone: "Rådets kommentarer", "Politikermöte 14 juni". */
function isSubheading(text: string): boolean {
  if (text.length > 65 || text.length < 3) return false;
  if (/[.!?,;]["”»]?$/.test(text) || endsWithFunctionWord(text) || endsWithLineHyphen(text)) return false;
  return startsUppercase(text);
}

function finish(p: Building): RawParagraph {
  const first = p.lines[0]!;
  const text = /\s\s|[\t\n]/.test(p.text) ? p.text.replace(/\s+/g, ' ').trim() : p.text.trim();
  const kind =
    p.lines.length === 1 && (isSubheading(text) || (/:$/.test(text) && text.length <= 65)) && !p.bullet
      ? 'subheading'
      : p.bullet
        ? 'bullet'
        : 'paragraph';
  return { text, kind, page: first.page, line: first.no };
}

/** The usual printed line length: the 90th percentile of non-blank line lengths. */
export function typicalLineWidth(lines: readonly Line[]): number {
  const lengths = lines
    .filter((l) => l.text)
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return Math.max(30, lengths[Math.floor(lengths.length * 0.9)] ?? 80);
}
