import { contentLines, type Line } from './lines.js';
import { endsSentence, endsWithFunctionWord, endsWithLineHyphen, joinLines, startsLowercase } from './join.js';

export interface Heading {
  /** Index into the line array. */
  index: number;
  number: string;
  value: number;
  /** The title as written on the heading line (may be empty for "§ 7" alone). */
  text: string;
}

// The title starts with a capital, or with a number that is a name and a capital word ("1177 Vårdguiden").
// "3 Title", "3. Title", "3) Title", "Punkt 3. Title".
const NUMBERED = /^(?:Punkt\s+)?(\d{1,2})[.)]?\s+((?:["”«\p{Lu}]|\d{3,}\s+\p{Lu}).*)$/u;
// "§ 7 Title", "§ 7" alone, with a body's prefix: "KPR § 7", "RPR § 38".
const PARAGRAPH_SIGN = /^(?:[A-ZÅÄÖ]{2,5}\s+)?§\s*(\d{1,4})(?![\d–-])\s*[.:]?\s*(.*)$/u;
/** A diary number printed beside the heading ("§ 23   Dnr ÄN 2024/00041"): not the title. */
const DIARY = /(?:^|\s+)(?:dnr|diarienummer|diarienr|d\.nr)\.?:?\s*\S.*$/iu;
export const isDiaryLine = (text: string): boolean => /^(?:dnr|diarienummer|diarienr|d\.nr)\.?:?\s/iu.test(text);

/**
 * Finds the agenda-item headings: numbered ("3 Dialog/bevakningslista") or §-numbered
 * ("§ 7 Val av justerare"). A heading must carry the next number in sequence, start its title
 * with a capital letter and begin a block (after a blank line or a finished sentence) — so
 * "2 under 2025." inside a paragraph is never an item. One number may be skipped after a blank
 * line; `gaps` reports where.
 */
export function findHeadings(lines: readonly Line[], from: number, to: number): { headings: Heading[]; gaps: Heading[] } {
  const headings: Heading[] = [];
  const gaps: Heading[] = [];
  let style: 'numbered' | 'paragraph' | null = null;
  let lastContent = '';
  for (const { line, index: i, blankBefore, opensBlock: afterBreak } of contentLines(lines, from, to)) {
    const candidate = headingCandidate(line.text);
    // "§ 23" alone on its line is a heading wherever it stands (web pages print no blank lines).
    const opensBlock =
      afterBreak || endsSentence(lastContent) || headings.length === 0 || (candidate?.style === 'paragraph' && candidate.title === '');
    if (candidate && !line.bullet && opensBlock && (style === null || style === candidate.style)) {
      const previous = headings.at(-1);
      const expected = previous ? previous.value + 1 : null;
      const first = previous === undefined && (candidate.style === 'paragraph' || candidate.value <= 1);
      const inSequence = expected !== null && candidate.value === expected;
      const skipped = expected !== null && candidate.value === expected + 1 && blankBefore;
      if (first || inSequence || skipped) {
        const heading: Heading = { index: i, number: candidate.number, value: candidate.value, text: candidate.title };
        headings.push(heading);
        if (skipped) gaps.push(heading);
        style = candidate.style;
      }
    }
    lastContent = line.text;
  }
  return { headings, gaps };
}

function headingCandidate(text: string): { style: 'numbered' | 'paragraph'; number: string; value: number; title: string } | null {
  const sign = PARAGRAPH_SIGN.exec(text);
  if (sign) {
    const title = sign[2]!.replace(DIARY, '').trim();
    // "§ 3-5", "§ 22 och 23": a range, not a heading.
    if (/^(?:[-–,]|och\s+\d)/u.test(title)) return null;
    return { style: 'paragraph', number: `§ ${sign[1]}`, value: Number(sign[1]), title };
  }
  const numbered = NUMBERED.exec(text);
  if (numbered && !/^\d+\s*\(\s*\d+\s*\)/.test(text)) {
    return { style: 'numbered', number: numbered[1]!, value: Number(numbered[1]), title: numbered[2]!.trim() };
  }
  return null;
}

const PRESENTER_LABEL = /^(?:föredragande|föredragare|presentatör|presenteras av|ansvarig|dragande|handläggare)\s*:?\s*(.+)$/iu;
const NAME_LIKE = /^[\p{Lu}][\p{Ll}'’-]+(?:-[\p{Lu}][\p{Ll}]+)?(?:\s+(?:von|af|de|van|der)?\s*[\p{Lu}][\p{Ll}'’-]+){1,3}$/u;

/** Splits "Stefan Strandfeldt och Pär Eriksson" / "A, B och C" into names, or null if not a list of names. */
export function presenterNames(text: string, known: ReadonlySet<string>): { names: string[]; unknown: string[] } | null {
  const label = PRESENTER_LABEL.exec(text);
  const body = (label ? label[1]! : text).trim();
  if (!body || (endsSentence(body) && !label)) return null;
  const names = body
    .replace(/[.]$/, '')
    .split(/\s*,\s*|\s+och\s+|\s+samt\s+|\s*&\s*/u)
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0) return null;
  const unknown = names.filter((n) => !known.has(n.toLowerCase()));
  if (unknown.some((n) => !NAME_LIKE.test(n))) return null;
  return { names, unknown };
}

/**
 * Reads an item's head after its heading line: title lines that wrap onto the following lines
 * ("… fråga ang." / "vårdköer/bevakningslista", "… strategisk plan" / "HS2040") and the
 * presenters' names. Returns the index of the first body line.
 */
export function readItemHead(
  lines: readonly Line[],
  heading: Heading,
  end: number,
  known: ReadonlySet<string>,
): { title: string; presenters: string[]; unknownPresenters: string[]; bodyStart: number } {
  let title = heading.text;
  let i = heading.index + 1;
  // Blank lines and a diary number printed under the heading stand between it and its title.
  const next = (from: number): number => {
    let j = from;
    while (j < end && (!lines[j]!.text || isDiaryLine(lines[j]!.text))) j++;
    return j;
  };
  // "§ 7" alone on its line: the title is the next line.
  if (!title) {
    const j = next(i);
    if (j < end) {
      title = lines[j]!.text;
      i = j + 1;
    }
  }
  for (let continuations = 0; continuations < 3; continuations++) {
    const j = next(i);
    if (j >= end) break;
    const candidate = lines[j]!;
    if (presenterNames(candidate.text, known)) break;
    const unfinished = endsWithFunctionWord(title) || endsWithLineHyphen(title) || /[/,&–-]$/.test(title);
    const k = next(j + 1);
    const beforePresenters = k < end && presenterNames(lines[k]!.text, known) !== null;
    const shortTail = candidate.text.length <= 40 && !endsSentence(candidate.text) && !candidate.bullet;
    // "a) Tandvård …": a sub-item of the item, not its title going on.
    const subItem = /^[a-zåäö][).]\s/u.test(candidate.text);
    if (!candidate.bullet && !subItem && (unfinished || startsLowercase(candidate.text) || (shortTail && beforePresenters))) {
      title = joinLines(title, candidate.text);
      i = j + 1;
    } else break;
  }
  const presenters: string[] = [];
  const unknownPresenters: string[] = [];
  const j = next(i);
  if (j < end) {
    const found = presenterNames(lines[j]!.text, known);
    if (found) {
      presenters.push(...found.names);
      unknownPresenters.push(...found.unknown);
      i = j + 1;
    }
  }
  return { title: title.trim(), presenters, unknownPresenters, bodyStart: i };
}
