import { z } from 'zod';
import { DATE_SOURCES } from './api/enums.js';
import { MediaTypeSchema } from './source-document.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const ClockTime = z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM');

/** Something the parser could not find or had to decide; never silently invented. */
export const ParseWarningSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  message: z.string(),
  /** 1-based line in the source text the warning is about, when there is one. */
  line: z.number().int().positive().optional(),
});
export type ParseWarning = z.infer<typeof ParseWarningSchema>;

export const AttendeeSchema = z.object({
  name: z.string().min(1),
  /** The organisation the attendance list puts the person under ("PRO", "Förvaltningen"), or a party. */
  organisation: z.string().nullable(),
  /** Took part remotely: "(länk)", "(digitalt)", "(distans)" after the name. */
  remote: z.boolean(),
  /** A role written beside the name in the list ("ordförande", "ersättare", "ersätter X"). */
  role: z.string().nullable(),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

export const ParagraphKindSchema = z.enum(['paragraph', 'bullet', 'subheading']);

/** A paragraph of an agenda item, soft line breaks and hyphenation already joined. */
export const ParagraphSchema = z.object({
  text: z.string().min(1),
  kind: ParagraphKindSchema,
  /** 1-based page of the source document the paragraph starts on. */
  page: z.number().int().positive(),
  /** 1-based line of the source text the paragraph starts on. */
  line: z.number().int().positive(),
  /** Offsets into `Minutes.text` (start inclusive, end exclusive); `text === Minutes.text.slice(start, end)`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const AgendaItemSchema = z.object({
  /** As written: "3", "§ 7". */
  number: z.string().min(1),
  /** Position in the document, 1-based; stable even when numbers repeat or are missing. */
  ordinal: z.number().int().positive(),
  title: z.string().min(1),
  presenters: z.array(z.string().min(1)),
  paragraphs: z.array(ParagraphSchema),
  page: z.number().int().positive(),
  line: z.number().int().positive(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const DocumentKindSchema = z.enum(['motesanteckningar', 'protokoll', 'unknown']);

/**
 * The layout family the parser read the document as: a formal protokoll (label/value first page,
 * § items), minnes-/mötesanteckningar (numbered or headed items), a web meeting-platform page
 * saved as text, or none it could tell.
 */
export const LayoutSchema = z.enum(['protokoll', 'anteckningar', 'web', 'unknown']);
export type Layout = z.infer<typeof LayoutSchema>;

/** Where the meeting's date came from: the text, the file name, the PDF's metadata, or a user. */
export const DateSourceSchema = z.enum(DATE_SOURCES);
export type DateSource = z.infer<typeof DateSourceSchema>;

/** The parse stage's record of one meeting: what the minutes say, and what could not be found. */
export const MinutesSchema = z.object({
  source: z.object({ path: z.string(), sha256: z.string(), mediaType: MediaTypeSchema, pages: z.number().int().positive() }),
  kind: DocumentKindSchema,
  /** "HSN 2025-0125". */
  diaryNumber: z.string().nullable(),
  /** The meeting's title, also the name of the body that meets unless one is named. */
  title: z.string().nullable(),
  /** The council or forum: the body the meeting belongs to ("Kommunala pensionärsrådet"). */
  body: z.string().nullable(),
  /** The municipality or region the body belongs to, where the minutes name it ("Norrtälje kommun"). */
  municipality: z.string().nullable(),
  layout: LayoutSchema,
  /** True when the text had lost its line breaks (a page as one long line) and they were restored. */
  linesRestored: z.boolean(),
  /** The letterhead: "Hälso- och sjukvårdsförvaltningen". */
  administration: z.string().nullable(),
  /** A unit under the administration: "Styrning och stöd". */
  unit: z.string().nullable(),
  date: IsoDate.nullable(),
  /** Null exactly when `date` is null: an undated meeting is still written, as undated. */
  dateSource: DateSourceSchema.nullable(),
  startTime: ClockTime.nullable(),
  endTime: ClockTime.nullable(),
  place: z.string().nullable(),
  attendees: z.array(AttendeeSchema),
  chair: z.string().nullable(),
  adjusters: z.array(z.string()),
  secretary: z.string().nullable(),
  agendaItems: z.array(AgendaItemSchema),
  previousMeeting: z.object({ date: IsoDate.nullable(), approved: z.boolean() }).nullable(),
  nextMeeting: z.object({ date: IsoDate.nullable(), time: ClockTime.nullable() }).nullable(),
  /** The cleaned, reflowed text every paragraph's offsets point into. */
  text: z.string(),
  warnings: z.array(ParseWarningSchema),
});
export type Minutes = z.infer<typeof MinutesSchema>;
