import type { Heading } from './agenda.js';
import { contentLines, type Line } from './lines.js';

/**
 * Headings without numbers, as minnesanteckningar print their items in bold and text extraction
 * keeps only the words: a short capitalised line, after a blank line, with no closing stop,
 * that a paragraph of running text follows directly ("Ensamhet bland äldre" / "Anita Westin
 * berättar att …"), or a short lead-in and then one ("Information från förvaltningen" /
 * "Översyn av hemsjukvården:" / "Avancerad sjukvård …"). Names and labels are not headings, and
 * neither is a sentence's first line: the text after a heading starts as a sentence does, not in
 * lower case ("… per specialitet lyfts vid" / "rådets möte den 25 februari.").
 */
export function findUnnumberedHeadings(lines: readonly Line[], from: number, to: number, isLabel: (text: string) => boolean): Heading[] {
  const headings: Heading[] = [];
  for (const { line, index: i, opensBlock } of contentLines(lines, from, to)) {
    if (opensBlock && !line.bullet && isHeadingText(line.text) && !isLabel(line.text) && textFollows(lines, i + 1)) {
      headings.push({ index: i, number: '–', value: headings.length + 1, text: line.text });
    }
  }
  return headings.length >= 2 ? headings : [];
}

/** Running text from line `at`, after a lead-in line ending in a colon or at once. */
function textFollows(lines: readonly Line[], at: number): boolean {
  const next = lines[at];
  if (!next?.text || next.bullet || /^\p{Ll}/u.test(next.text)) return false;
  if (isProse(next.text)) return true;
  const after = lines[at + 1];
  return isLeadIn(next.text) && !!after?.text && !after.bullet && !/^\p{Ll}/u.test(after.text) && isProse(after.text);
}

const isLeadIn = (text: string): boolean => /^\p{Lu}/u.test(text) && /:$/u.test(text) && text.split(/\s+/u).length <= 8;

/** "Avancerad sjukvård i hemmet (ASIH)": an abbreviation in parentheses that closes a heading. */
const CLOSING_ABBREVIATION = /\s+\([\p{Lu}\d]{2,8}\)$/u;

function isHeadingText(full: string): boolean {
  const text = full.replace(CLOSING_ABBREVIATION, '');
  if (text.length < 3 || text.length > 70 || text.split(/\s+/u).length > 9) return false;
  if (!/^\p{Lu}/u.test(text) || /[.,;:!?()]$/u.test(text) || /[,()]/u.test(text)) return false;
  // "Karl Fransson": a name on its own line (a signature) is not a heading.
  return !/^[\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){1,2}$/u.test(text);
}

/** A line of a paragraph, or a short whole sentence ("Inga övriga frågor anmäls."). */
function isProse(text: string): boolean {
  const words = text.split(/\s+/u).length;
  const sentence = /[.!?]$/u.test(text);
  return (words >= 5 && (text.length >= 30 || sentence)) || (words >= 3 && sentence);
}
