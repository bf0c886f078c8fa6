import { wrapText } from './line-wrap.js';
import type { Block } from './meeting-model.js';
import type { FlowBlock } from './paginate.js';
import type { Random } from './random.js';
import { blankLine, textLine, TEXT_WIDTH, type SheetLine } from './sheet.js';

export interface BodyTextOptions {
  /** The glyph a bullet starts with ("•", "-"). */
  bullet: string;
  /** Wrap paragraphs (a printed page) or keep each on one line (a web page). */
  wrap: boolean;
  /** Share of long words hyphenated at a line end. */
  hyphenation: number;
  /** The item's label for "Forts." lines. */
  item: string | null;
  /** End sub-headings with a colon ("Rådets synpunkter:"). */
  subheadingColon?: boolean;
}

/**
 * An item's blocks as printed lines, one flow block per paragraph with its gap: paragraphs
 * wrapped (or not), bullets with their glyph and continuation lines under the bullet's text,
 * sub-headings on a line of their own.
 */
export function bodyBlocks(blocks: readonly Block[], opts: BodyTextOptions, random: Random): FlowBlock[] {
  return blocks.map((block, i) => {
    const text = block.segments.map((s) => s.text).join(' ');
    const lines: SheetLine[] = [];
    if (block.type === 'subheading') lines.push(textLine(opts.subheadingColon && !/[:?]$/.test(text) ? `${text}:` : text));
    else if (block.type === 'bullet') {
      const indent = opts.bullet.length + 1;
      const parts = opts.wrap ? wrapText(text, { width: TEXT_WIDTH - indent, hyphenation: 0, bullet: true }, random) : [text];
      parts.forEach((part, i) => lines.push(i === 0 ? textLine(`${opts.bullet} ${part}`) : textLine(part, indent)));
    } else {
      const parts = opts.wrap ? wrapText(text, { width: TEXT_WIDTH, hyphenation: opts.hyphenation }, random) : [text];
      for (const part of parts) lines.push(textLine(part));
    }
    // A sub-heading stays with what follows it; bullets follow one another without a gap.
    const lastBullet = block.type === 'bullet' && blocks[i + 1]?.type !== 'bullet';
    const gap = block.type === 'subheading' || (block.type === 'bullet' && !lastBullet) ? [] : [blankLine()];
    return { lines: [...lines, ...gap], keep: block.type === 'subheading', item: opts.item };
  });
}

/** Merges a sub-heading's block into the next one, so a page never ends with a heading. */
export function keepHeadingsWithNext(blocks: readonly FlowBlock[]): FlowBlock[] {
  const out: FlowBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.keep && next && !b.startsItem) {
      out.push({ ...next, lines: [...b.lines, ...next.lines], keep: next.lines.length <= 4 });
      i++;
    } else out.push(b);
  }
  return out;
}
