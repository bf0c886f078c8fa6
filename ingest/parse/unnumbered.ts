import type { Heading } from './agenda.js';
import { contentLines, type Line } from './lines.js';

/**
 * Headings without numbers, as minnesanteckningar print their items in bold and text extraction
 * keeps only the words: a short capitalised line, after a blank line, with no closing stop,
 * that a paragraph of running text follows directly ("Ensamhet bland äldre" / "Anita Westin
 * berättar att …"). Names and labels are not headings.
 */
export function findUnnumberedHeadings(lines: readonly Line[], from: number, to: number, isLabel: (text: string) => boolean): Heading[] {
  const headings: Heading[] = [];
  for (const { line, index: i, blankBefore } of contentLines(lines, from, to)) {
    const next = lines[i + 1];
    if (
      blankBefore &&
      !line.bullet &&
      isHeadingText(line.text) &&
      !isLabel(line.text) &&
      next &&
      next.text &&
      !next.bullet &&
      isProse(next.text)
    ) {
      headings.push({ index: i, number: '–', value: headings.length + 1, text: line.text });
    }
  }
  return headings.length >= 2 ? headings : [];
}

function isHeadingText(text: string): boolean {
  if (text.length < 3 || text.length > 70 || text.split(/\s+/u).length > 9) return false;
  if (!/^\p{Lu}/u.test(text) || /[.,;:!?()]$/u.test(text) || /[,()]/u.test(text)) return false;
  // "Karl Fransson": a name on its own line (a signature) is not a heading.
  return !/^[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){1,2}$/u.test(text);
}

function isProse(text: string): boolean {
  return text.split(/\s+/u).length >= 5 && (text.length >= 30 || /[.!?]$/u.test(text));
}
