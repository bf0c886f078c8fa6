import type { SourceDocument } from '../../shapes/source-document.js';
import { parseAttendees } from './attendees.js';
import { findHeadings, readItemHead, type Heading } from './agenda.js';
import { findNextMeeting, isFooterStart, parseFooter } from './footer.js';
import { parseHeader, type Field, type FieldName, type Header } from './header.js';
import { joinAll } from './join.js';
import { blankRunningHeads, closePageSeams, toLines, type Line } from './lines.js';
import { resolveMeetingDate, type DateEvidence } from './meeting-date.js';
import { MinutesSchema, type AgendaItem, type Attendee, type Minutes, type ParseWarning } from '../../shapes/minutes.schema.js';
import { buildParagraphs, typicalLineWidth, type RawParagraph } from './paragraphs.js';
import { findDate, findTimeRange, resolveYear, toIso, WORD_DATE } from '../../language/dates.js';
import { TextAssembler } from './text-assembler.js';

/** A document that the parser could not turn into a valid record (a bug, reported with its code). */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  constructor(
    readonly code: 'parse_failed' | 'invalid_record',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const ATTENDEE_FIELDS: ReadonlyArray<readonly [FieldName, string | null]> = [
  ['attendees', null],
  ['members', 'ledamot'],
  ['substitutes', 'ersättare'],
  ['others', null],
];

/**
 * The parse stage: a SourceDocument's text → the Minutes record. Pure and total: any text gives a
 * record, with warnings for what could not be found; values are read, never invented.
 */
export function parseMinutes(doc: SourceDocument): Minutes {
  try {
    const minutes = parseText(doc);
    const checked = MinutesSchema.safeParse(minutes);
    if (!checked.success) throw new ParseError('invalid_record', `The parsed record is invalid: ${checked.error.issues[0]?.message ?? 'unknown issue'}`);
    return checked.data;
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError('parse_failed', `Parsing ${doc.path} failed: ${(error as Error).message}`, { cause: error });
  }
}

function parseText(doc: SourceDocument): Minutes {
  const warnings: ParseWarning[] = [];
  const raw = toLines(doc.text);
  blankRunningHeads(raw, new Set(parseHeader(raw.slice(0, 40)).letterhead));
  const lines = closePageSeams(raw);

  const { headings, gaps } = findHeadings(lines, 0, lines.length);
  for (const gap of gaps) warnings.push({ code: 'item_number_gap', message: `Agenda item ${gap.number} follows a missing number`, line: lines[gap.index]!.no });
  const lastHeading = headings.at(-1);
  const footerIndex = findFooterStart(lines, lastHeading ? lastHeading.index + 1 : 0);
  const headerEnd = headings[0]?.index ?? proseStart(lines, footerIndex);
  const header = parseHeader(lines.slice(0, headerEnd));

  const attendees = readAttendees(header.fields, warnings);
  const known = new Set(attendees.map((a) => a.name.toLowerCase()));
  const lineWidth = typicalLineWidth(lines);
  const items = readItems(lines, headings, headerEnd, footerIndex, known, lineWidth, warnings);
  if (headings.length === 0 && items.length > 0) {
    warnings.push({ code: 'no_agenda_items', message: 'No numbered agenda items found; the body is kept as one unnumbered item' });
  }
  const footer = parseFooter(lines.slice(footerIndex));

  const previousMeeting = findPreviousMeeting(items);
  const nextMention = findNextMeeting(lines);
  const dateField = fieldText(header.fields, 'date') ?? fieldText(header.fields, 'timeAndPlace');
  const mention = dateField ? findDate(dateField) : null;
  const evidence: DateEvidence = {
    previous: previousMeeting?.mention ?? null,
    next: nextMention ? { day: nextMention.day, month: nextMention.month, year: nextMention.year } : null,
  };
  const date = resolveMeetingDate(mention, evidence, warnings, fieldLine(header.fields, 'date'));
  const timeText = fieldText(header.fields, 'time') ?? fieldText(header.fields, 'timeAndPlace') ?? '';
  const time = findTimeRange(timeText);
  const place = readPlace(header.fields);
  const secretary = footer.secretary ?? firstName(fieldText(header.fields, 'secretary'));
  const chair = footer.chair ?? firstName(fieldText(header.fields, 'chair'));
  const adjusters = footer.adjusters.length > 0 ? footer.adjusters : namesIn(fieldText(header.fields, 'adjusters'));

  const previous = previousMeeting
    ? { date: resolveRelative(previousMeeting.mention, date, 'before'), approved: previousMeeting.approved }
    : null;
  const next = nextMention
    ? { date: resolveRelative(nextMention, date, 'after'), time: nextMention.time }
    : null;

  warnMissing(warnings, { header, attendees, items, time, place, secretary, headings });
  for (const item of items) {
    for (const presenter of item.presenters) {
      if (!known.has(presenter.toLowerCase()) && attendees.length > 0) {
        warnings.push({ code: 'presenter_not_attendee', message: `Presenter "${presenter}" of item ${item.number} is not in the attendance list`, line: item.line });
      }
    }
  }

  const assembled = assemble(header, items, lines.slice(footerIndex));
  const pages = doc.text.split('\f').length;
  return {
    source: { path: doc.path, sha256: doc.sha256, mediaType: doc.mediaType, pages: Math.max(pages, ...lines.map((l) => l.page)) },
    kind: header.kind,
    diaryNumber: header.diaryNumber,
    title: header.title,
    body: bodyName(header.title),
    municipality: null,
    layout: header.kind === 'protokoll' ? 'protokoll' : header.kind === 'motesanteckningar' ? 'anteckningar' : 'unknown',
    linesRestored: false,
    administration: header.letterhead[0] ?? null,
    unit: header.letterhead[1] ?? null,
    date,
    dateSource: date ? 'text' : null,
    startTime: time.start,
    endTime: time.end,
    place,
    attendees,
    chair,
    adjusters,
    secretary,
    agendaItems: assembled.items,
    previousMeeting: previous,
    nextMeeting: next,
    text: assembled.text,
    warnings,
  };
}

function findFooterStart(lines: readonly Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.text && isFooterStart(lines[i]!.text)) return i;
  return lines.length;
}

/**
 * Without numbered items, the head ends where prose begins: the first block after the labelled
 * fields whose line reads as a sentence (eight words or more).
 */
function proseStart(lines: readonly Line[], footerIndex: number): number {
  let blankBefore = true;
  for (let i = 0; i < footerIndex; i++) {
    const text = lines[i]!.text;
    if (!text) {
      blankBefore = true;
      continue;
    }
    if (blankBefore && text.split(/\s+/).length >= 8 && !/^[\p{Lu}][\p{L} ]{0,30}:/u.test(text) && !/,\s*$/.test(text)) return i;
    blankBefore = false;
  }
  return footerIndex;
}

function fieldText(fields: readonly Field[], name: FieldName): string | null {
  const field = fields.find((f) => f.name === name);
  if (!field || field.lines.length === 0) return null;
  return joinAll(field.lines.map((l) => l.text));
}

function fieldLine(fields: readonly Field[], name: FieldName): number | undefined {
  return fields.find((f) => f.name === name)?.no;
}

function readAttendees(fields: readonly Field[], warnings: ParseWarning[]): Attendee[] {
  const attendees: Attendee[] = [];
  for (const field of fields) {
    const group = ATTENDEE_FIELDS.find(([name]) => name === field.name);
    if (!group) continue;
    for (const person of parseAttendees(field.lines, group[1], warnings)) {
      if (!attendees.some((a) => a.name.toLowerCase() === person.name.toLowerCase())) attendees.push(person);
    }
  }
  return attendees;
}

function readPlace(fields: readonly Field[]): string | null {
  const place = fieldText(fields, 'place');
  if (place) return place.replace(/\s+/g, ' ').trim();
  const combined = fieldText(fields, 'timeAndPlace');
  if (!combined) return null;
  // "Måndag 3 mars 2025 kl. 13.00–15.00, Regionens hus": the place is the part without date or time.
  const parts = combined.split(',').map((p) => p.trim()).filter((p) => p && !WORD_DATE.test(p) && !/\d{1,2}[:.]\d{2}/.test(p) && !/(?<![\p{L}\p{N}])kl(?![\p{L}\p{N}])/iu.test(p));
  return parts.join(', ') || null;
}

function readItems(
  lines: readonly Line[],
  headings: readonly Heading[],
  headerEnd: number,
  footerIndex: number,
  known: ReadonlySet<string>,
  lineWidth: number,
  warnings: ParseWarning[],
): DraftItem[] {
  if (headings.length === 0) {
    const paragraphs = buildParagraphs(lines.slice(headerEnd, footerIndex), lineWidth);
    const first = lines.slice(headerEnd).find((l) => l.text);
    if (paragraphs.length === 0 || !first) return [];
    return [{ number: '–', ordinal: 1, title: 'Anteckningar utan dagordning', presenters: [], paragraphs, page: first.page, line: first.no }];
  }
  return headings.map((heading, k) => {
    const end = k + 1 < headings.length ? headings[k + 1]!.index : footerIndex;
    const head = readItemHead(lines, heading, end, known);
    const paragraphs = buildParagraphs(lines.slice(head.bodyStart, end), lineWidth);
    if (!head.title) warnings.push({ code: 'missing_item_title', message: `Agenda item ${heading.number} has no title`, line: lines[heading.index]!.no });
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

interface DraftItem extends Omit<AgendaItem, 'paragraphs'> {
  paragraphs: RawParagraph[];
}

const PREVIOUS_MINUTES = /(?:mötesanteckningar|minnesanteckningar|anteckningar|protokoll(?:et)?)(?![\p{L}\p{N}]).{0,60}?(?<![\p{L}\p{N}])(?:föregående|förra|sammanträdet|mötet|möte)(?![\p{L}\p{N}])/iu;
const APPROVED = /(?<![\p{L}\p{N}])(?:godkänns|godkändes|godkänts|läggs\s+till\s+handlingarna|lades\s+till\s+handlingarna|justeras|fastställs)(?![\p{L}\p{N}])/iu;

function findPreviousMeeting(items: readonly DraftItem[]): { mention: { day: number; month: number; year: number | null }; approved: boolean } | null {
  for (const item of items) {
    const texts = [item.title, ...item.paragraphs.map((p) => p.text)];
    const hit = texts.find((t) => PREVIOUS_MINUTES.test(t) && findDate(t));
    if (!hit) continue;
    const date = findDate(hit)!;
    return { mention: { day: date.day, month: date.months[0]!, year: date.year }, approved: texts.some((t) => APPROVED.test(t)) };
  }
  return null;
}

function resolveRelative(d: { day: number; month: number; year: number | null }, meetingDate: string | null, direction: 'before' | 'after'): string | null {
  if (d.year !== null) return toIso(d.year, d.month, d.day);
  return meetingDate ? resolveYear(d.month, d.day, meetingDate, direction) : null;
}

function bodyName(title: string | null): string | null {
  if (!title) return null;
  // "Hälso- och sjukvårdsnämndens sammanträde" → "Hälso- och sjukvårdsnämnden".
  const m = /^(.*?)(?:ens|ets)\s+(?:sammanträde|möte)$/iu.exec(title);
  if (m) return `${m[1]}${/ens\s/i.test(title.slice(m[1]!.length)) ? 'en' : 'et'}`;
  return title;
}

function firstName(text: string | null): string | null {
  return namesIn(text)[0] ?? null;
}

function namesIn(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/\s*,\s*|\s+och\s+/u)
    .map((n) => n.replace(/\s*\([^)]*\)/g, '').trim())
    .filter((n) => /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}$/u.test(n));
}

function warnMissing(
  warnings: ParseWarning[],
  found: { header: Header; attendees: Attendee[]; items: DraftItem[]; time: { start: string | null }; place: string | null; secretary: string | null; headings: Heading[] },
): void {
  const missing = (code: string, message: string): void => void warnings.push({ code, message });
  if (found.header.kind === 'unknown') missing('unknown_document_kind', 'No "Mötesanteckningar" or "Protokoll" line found');
  if (!found.header.diaryNumber) missing('missing_diary_number', 'No diary number (such as "HSN 2025-0125") found');
  if (!found.header.title) missing('missing_title', 'No title found under the document kind');
  if (!found.time.start) missing('missing_time', 'No meeting time found');
  if (!found.place) missing('missing_place', 'No meeting place found');
  if (found.attendees.length === 0) missing('missing_attendees', 'No attendance list found');
  if (found.headings.length === 0) missing('missing_agenda', 'No numbered agenda items found');
  if (!found.secretary) missing('missing_secretary', 'No secretary ("Vid anteckningarna", "Vid protokollet") found');
}

function assemble(header: Header, items: readonly DraftItem[], footer: readonly Line[]): { text: string; items: AgendaItem[] } {
  const out = new TextAssembler();
  for (const line of [...header.letterhead, header.title ?? ''].filter(Boolean)) out.line(line);
  out.break();
  const built = items.map((item) => {
    out.line(`${item.number} ${item.title}`);
    if (item.presenters.length > 0) out.line(item.presenters.join(', '));
    out.break();
    const paragraphs = item.paragraphs.map((p) => {
      const { start, end } = out.paragraph(p.text);
      return { ...p, start, end };
    });
    return { ...item, paragraphs };
  });
  for (const line of footer) if (line.text) out.line(line.text);
  return { text: out.toString(), items: built };
}
