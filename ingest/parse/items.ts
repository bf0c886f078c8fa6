import type { AgendaItem, ParseWarning } from '../../shapes/minutes.schema.js';
import { findHeadings, presenterNames, readItemHead, type Heading } from './agenda.js';
import { isFooterStart } from './footer.js';
import { fieldLabel } from './header.js';
import { contentLines, type Line } from './lines.js';
import { buildParagraphs, type RawParagraph } from './paragraphs.js';
import { findUnnumberedHeadings } from './unnumbered.js';
import { alignWebBlocks, findWebAgenda, type WebAgenda } from './web-items.js';

/** An agenda item before its paragraphs are placed in the cleaned text. */
export interface DraftItem extends Omit<AgendaItem, 'paragraphs'> {
  paragraphs: RawParagraph[];
}

/** Where the items are: their headings (or a web page's agenda), and where the head ends and the signatures begin. */
export interface Structure {
  headings: Heading[];
  gaps: Heading[];
  /** The headings carry no numbers (read from their form alone). */
  unnumbered: boolean;
  web: WebAgenda | null;
  headerEnd: number;
  footerIndex: number;
}

/** Finds the items' headings: a web page's numbered agenda, numbered or § headings, else headings without numbers. */
export function findStructure(lines: readonly Line[], web: boolean): Structure {
  const agenda = web ? findWebAgenda(lines, 0, lines.length) : null;
  if (agenda) {
    const footerIndex = findFooterStart(lines, agenda.end);
    return { headings: [], gaps: [], unnumbered: false, web: agenda, headerEnd: agenda.entries[0]!.index, footerIndex };
  }
  let { headings, gaps } = findHeadings(lines, 0, lines.length);
  let unnumbered = false;
  if (headings.length === 0) {
    headings = findUnnumberedHeadings(lines, 0, lines.length, (text) => fieldLabel(text) !== null || isFooterStart(text));
    gaps = [];
    unnumbered = headings.length > 0;
  }
  const lastHeading = headings.at(-1);
  const footerIndex = findFooterStart(lines, lastHeading ? lastHeading.index + 1 : 0);
  const headerEnd = headings[0]?.index ?? proseStart(lines, footerIndex);
  return { headings, gaps, unnumbered, web: null, headerEnd, footerIndex };
}

function findFooterStart(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.text && isFooterStart(lines[i]!.text)) return i;
  return lines.length;
}

/** How far into the document its first labelled field ("Datum:", "Närvarande") may stand and still open the head. */
const HEAD_FIELD_WITHIN = 40;

/**
 * Without numbered items, the head ends where prose begins: the first block after the labelled
 * fields whose line reads as a sentence (eight words or more). Not before the first field: a
 * letterhead and title that lost their line breaks ("Ludvika kommun Vård och omsorg Anteckningar
 * från pensionärsrådets möte") are as long as a sentence.
 */
function proseStart(lines: readonly Line[], footerIndex: number): number {
  const limit = Math.min(footerIndex, HEAD_FIELD_WITHIN);
  let from = 0;
  while (from < limit && !(lines[from]!.text && fieldLabel(lines[from]!.text) !== null)) from++;
  for (const { line, index, blankBefore } of contentLines(lines, from < limit ? from : 0, footerIndex)) {
    const { text } = line;
    // A labelled field's line ("Tjänstepersoner Hanna Vikberg, …") is no prose, however long.
    if (
      blankBefore &&
      text.split(/\s+/).length >= 8 &&
      !/^[\p{Lu}][\p{L} ]{0,30}:/u.test(text) &&
      !/,\s*$/.test(text) &&
      fieldLabel(text) === null
    )
      return index;
  }
  return footerIndex;
}

/** Reads each item's title, presenters and paragraphs between its heading and the next; `lineBlocks` for text never wrapped. */
export function readItems(
  lines: readonly Line[],
  structure: Structure,
  known: ReadonlySet<string>,
  lineWidth: number,
  warnings: ParseWarning[],
  lineBlocks = false,
): DraftItem[] {
  const { headings, headerEnd, footerIndex } = structure;
  if (structure.web) return webItems(lines, structure.web, footerIndex, known, lineWidth, lineBlocks);
  if (headings.length === 0) {
    const paragraphs = buildParagraphs(lines.slice(headerEnd, footerIndex), lineWidth, lineBlocks);
    const first = lines.slice(headerEnd).find((l) => l.text);
    if (paragraphs.length === 0 || !first) return [];
    return [
      { number: '–', ordinal: 1, title: 'Anteckningar utan dagordning', presenters: [], paragraphs, page: first.page, line: first.no },
    ];
  }
  return headings.map((heading, k) => {
    const end = k + 1 < headings.length ? headings[k + 1]!.index : footerIndex;
    const head = readItemHead(lines, heading, end, known);
    const paragraphs = buildParagraphs(lines.slice(head.bodyStart, end), lineWidth, lineBlocks);
    if (!head.title)
      warnings.push({ code: 'missing_item_title', message: `Agenda item ${heading.number} has no title`, line: lines[heading.index]!.no });
    return {
      number: heading.number,
      ordinal: k + 1,
      title: head.title || `Punkt ${heading.number}`,
      presenters: head.presenters,
      paragraphs,
      page: lines[heading.index]!.page,
      line: lines[heading.index]!.no,
    };
  });
}

function webItems(
  lines: readonly Line[],
  agenda: WebAgenda,
  footerIndex: number,
  known: ReadonlySet<string>,
  lineWidth: number,
  lineBlocks: boolean,
): DraftItem[] {
  const bodies = alignWebBlocks(lines, agenda, footerIndex);
  return agenda.entries.map((entry, k) => {
    const { presenters, body } = webPresenters(bodies[k]!, known);
    return {
      number: entry.number,
      ordinal: k + 1,
      title: entry.title,
      presenters,
      paragraphs: buildParagraphs(body, lineWidth, lineBlocks),
      page: lines[entry.index]!.page,
      line: lines[entry.index]!.no,
    };
  });
}

/**
 * "Föredragande: Gunnar Nilsson" among the first lines of a web page's item: its presenters, the
 * line taken out. Names without a label count only when they are all on the attendance list (a
 * name can hold no colon, so a colon says that a presenter's label was read).
 */
function webPresenters(body: readonly Line[], known: ReadonlySet<string>): { presenters: string[]; body: readonly Line[] } {
  const content = body.map((line, i) => ({ line, i })).filter(({ line }) => line.text);
  for (const { line, i } of content.slice(0, 3)) {
    const found = presenterNames(line.text, known);
    if (found && (found.unknown.length === 0 || line.text.includes(':')))
      return { presenters: found.names, body: [...body.slice(0, i), ...body.slice(i + 1)] };
  }
  return { presenters: [], body };
}
