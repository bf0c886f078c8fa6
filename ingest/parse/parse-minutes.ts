import type { SourceDocument } from '../../shapes/source-document.js';
import { findBody, findMunicipality } from './council.js';
import { findNextMeeting, parseFooter } from './footer.js';
import { fieldsInBody, parseHeader, type Header } from './header.js';
import { findStructure, readItems, type DraftItem } from './items.js';
import { adjustersInText } from './justering.js';
import { detectKind, detectLayout } from './layout.js';
import type { Line } from './lines.js';
import { findMeetingDate } from './meeting-date.js';
import { MinutesSchema, type AgendaItem, type Attendee, type Minutes, type ParseWarning } from '../../shapes/minutes.schema.js';
import { typicalLineWidth } from './paragraphs.js';
import { ATTENDANCE_FIELD_NAMES, fieldText, readAttendees, readOfficers } from './people.js';
import { prepareLines } from './prepare.js';
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

/**
 * The parse stage: a SourceDocument's text → the Minutes record. Pure and total: any text gives a
 * record, with warnings for what could not be found; values are read, never invented.
 */
export function parseMinutes(doc: SourceDocument): Minutes {
  try {
    const minutes = parseText(doc);
    const checked = MinutesSchema.safeParse(minutes);
    if (!checked.success)
      throw new ParseError('invalid_record', `The parsed record is invalid: ${checked.error.issues[0]?.message ?? 'unknown issue'}`);
    return checked.data;
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError('parse_failed', `Parsing ${doc.path} failed: ${(error as Error).message}`, { cause: error });
  }
}

function parseText(doc: SourceDocument): Minutes {
  const warnings: ParseWarning[] = [];
  const prepared = prepareLines(doc.text);
  const lines = prepared.lines;

  const structure = findStructure(lines, prepared.web !== null);
  for (const gap of structure.gaps)
    warnings.push({ code: 'item_number_gap', message: `Agenda item ${gap.number} follows a missing number`, line: lines[gap.index]!.no });
  const { headerEnd, footerIndex } = structure;
  const header = parseHeader(lines.slice(0, headerEnd));
  const bodyFields = prepared.web ? fieldsInBody(lines.slice(headerEnd, footerIndex), ATTENDANCE_FIELD_NAMES) : [];

  const attendees = readAttendees([...header.fields, ...bodyFields], prepared.attendanceRows, warnings);
  const known = new Set(attendees.map((a) => a.name.toLowerCase()));
  const lineWidth = typicalLineWidth(lines);
  // A web page's lines are not wrapped to a width: each starts a block of its own.
  const items = readItems(lines, structure, known, lineWidth, warnings, prepared.web !== null);
  const numbered = structure.headings.length > 0 || structure.web !== null;
  if (!numbered && items.length > 0) {
    warnings.push({ code: 'no_agenda_items', message: 'No numbered agenda items found; the body is kept as one unnumbered item' });
  }
  if (structure.unnumbered)
    warnings.push({ code: 'unnumbered_items', message: 'The agenda items carry no numbers; they are read from their headings' });
  const footer = parseFooter(lines.slice(footerIndex));

  const previousMeeting = findPreviousMeeting(items);
  const nextMention = findNextMeeting(lines);
  // Every line, running heads included: they carry the meeting's date too.
  const { date, dateSource } = findMeetingDate(prepared.dated, doc, warnings);
  const timeText = fieldText(header.fields, 'time') ?? fieldText(header.fields, 'timeAndPlace') ?? header.when.join(', ');
  const time = findTimeRange(timeText);
  const place = readPlace(header);
  const { secretary, chair, adjusters } = readOfficers(footer, header.fields, attendees, () =>
    adjustersInText(items.slice(0, 4).flatMap((i) => [i.title, ...i.paragraphs.map((p) => p.text)])),
  );
  const paragraphItems = structure.headings.some((h) => h.number.startsWith('§'));
  const layoutEvidence = {
    web: prepared.web !== null,
    kind: header.kind,
    fields: header.fields,
    paragraphItems,
    // Only asked when no kind line names the kind.
    paragraphHeading:
      paragraphItems || (header.kind === 'unknown' && lines.some((l) => l.text.includes('§') && PARAGRAPH_HEADING.test(l.text))),
  };
  const layout = detectLayout(layoutEvidence);
  const kind = detectKind(layoutEvidence, layout);
  const council = {
    organ: header.fields.find((f) => f.name === 'organ')?.lines[0]?.text ?? null,
    title: header.title,
    head: header.letterhead,
    running: prepared.running,
    site: prepared.web?.site ?? [],
    breadcrumb: prepared.web?.breadcrumb ?? [],
    path: doc.path,
  };

  const previous = previousMeeting
    ? { date: resolveRelative(previousMeeting.mention, date, 'before'), approved: previousMeeting.approved }
    : null;
  const next = nextMention ? { date: resolveRelative(nextMention, date, 'after'), time: nextMention.time } : null;

  warnMissing(warnings, { header, kind, attendees, items, time, place, secretary, numbered: numbered || structure.unnumbered });
  for (const item of items) {
    for (const presenter of item.presenters) {
      if (!known.has(presenter.toLowerCase()) && attendees.length > 0) {
        warnings.push({
          code: 'presenter_not_attendee',
          message: `Presenter "${presenter}" of item ${item.number} is not in the attendance list`,
          line: item.line,
        });
      }
    }
  }

  const assembled = assemble(header, items, lines.slice(footerIndex));
  const pages = doc.text.split('\f').length;
  return {
    source: { path: doc.path, sha256: doc.sha256, mediaType: doc.mediaType, pages: Math.max(pages, ...lines.map((l) => l.page)) },
    kind,
    diaryNumber: header.diaryNumber,
    title: header.title,
    body: findBody(council),
    municipality: findMunicipality(council),
    layout,
    linesRestored: prepared.linesRestored,
    administration: header.letterhead[0] ?? null,
    unit: header.letterhead[1] ?? null,
    date,
    dateSource,
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

/** "§ 2 Val av justerare" anywhere, even alone in a web page's text: the document numbers its items by paragraph. */
const PARAGRAPH_HEADING = /^(?:[A-ZÅÄÖ]{2,5}\s+)?§\s*\d{1,4}(?:\s+\p{Lu}|$)/u;

function readPlace(header: Header): string | null {
  const place = fieldText(header.fields, 'place');
  if (place) return place.replace(/\s+/g, ' ').trim();
  // Each printed line apart: "Kommunhuset, KS-salen" / "Torsdag 5 december 2019 kl. 9.00-11.30".
  const combined = header.fields.find((f) => f.name === 'timeAndPlace' && f.lines.length > 0)?.lines.map((l) => l.text) ?? header.when;
  if (combined.length === 0) return null;
  // "Måndag 3 mars 2025 kl. 13.00–15.00, Regionens hus": the place is the part without date or time.
  const parts = combined
    .flatMap((line) => line.split(','))
    .map((p) => p.trim())
    .filter(
      (p) =>
        p &&
        !WORD_DATE.test(p) &&
        !/\d{1,2}[:.]\d{2}/.test(p) &&
        !/(?<![\p{L}\p{N}])kl(?![\p{L}\p{N}])/iu.test(p) &&
        !WEEKDAY_OR_YEAR.test(p),
    );
  return parts.join(', ') || null;
}

/** "Tisdag", "2025", "Möte 2024-04-16": parts of a date line that are no place. */
const WEEKDAY_OR_YEAR = /^(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|\d{4}|(?:möte|sammanträde)\s+\S+)$/iu;

const PREVIOUS_MINUTES =
  /(?:mötesanteckningar|minnesanteckningar|anteckningar|protokoll(?:et)?)(?![\p{L}\p{N}]).{0,60}?(?<![\p{L}\p{N}])(?:föregående|förra|sammanträdet|mötet|möte)(?![\p{L}\p{N}])/iu;
const APPROVED =
  /(?<![\p{L}\p{N}])(?:godkänns|godkändes|godkänts|läggs\s+till\s+handlingarna|lades\s+till\s+handlingarna|justeras|fastställs)(?![\p{L}\p{N}])/iu;

function findPreviousMeeting(
  items: readonly DraftItem[],
): { mention: { day: number; month: number; year: number | null }; approved: boolean } | null {
  for (const item of items) {
    const texts = [item.title, ...item.paragraphs.map((p) => p.text)];
    const hit = texts.find((t) => PREVIOUS_MINUTES.test(t) && findDate(t));
    if (!hit) continue;
    const date = findDate(hit)!;
    return { mention: { day: date.day, month: date.months[0]!, year: date.year }, approved: texts.some((t) => APPROVED.test(t)) };
  }
  return null;
}

function resolveRelative(
  d: { day: number; month: number; year: number | null },
  meetingDate: string | null,
  direction: 'before' | 'after',
): string | null {
  if (d.year !== null) return toIso(d.year, d.month, d.day);
  return meetingDate ? resolveYear(d.month, d.day, meetingDate, direction) : null;
}

function warnMissing(
  warnings: ParseWarning[],
  found: {
    header: Header;
    kind: Minutes['kind'];
    attendees: Attendee[];
    items: DraftItem[];
    time: { start: string | null };
    place: string | null;
    secretary: string | null;
    numbered: boolean;
  },
): void {
  const missing = (code: string, message: string): void => void warnings.push({ code, message });
  if (found.kind === 'unknown') missing('unknown_document_kind', 'No "Mötesanteckningar" or "Protokoll" line found');
  if (!found.header.diaryNumber) missing('missing_diary_number', 'No diary number (such as "HSN 2025-0125") found');
  if (!found.header.title) missing('missing_title', 'No title found under the document kind');
  if (!found.time.start) missing('missing_time', 'No meeting time found');
  if (!found.place) missing('missing_place', 'No meeting place found');
  if (found.attendees.length === 0) missing('missing_attendees', 'No attendance list found');
  if (!found.numbered) missing('missing_agenda', 'No numbered agenda items found');
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
