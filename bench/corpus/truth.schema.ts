import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Clock = z.string().regex(/^\d{2}:\d{2}$/);

/** Who says a planted statement: a person (full name), several people, the council, or a named group. */
export const SpeakerTruthSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('person'), name: z.string() }),
  z.object({ type: z.literal('people'), names: z.array(z.string()).min(2) }),
  z.object({ type: z.literal('council') }),
  z.object({ type: z.literal('group'), name: z.string() }),
]);
export type SpeakerTruth = z.infer<typeof SpeakerTruthSchema>;

/** Who owns a follow-up: a speaker, or the administration when the promise is passive. */
export const OwnerTruthSchema = z.union([SpeakerTruthSchema, z.object({ type: z.literal('administration') })]);
export type OwnerTruth = z.infer<typeof OwnerTruthSchema>;

export const StatementKindSchema = z.enum(['presentation', 'council_comment', 'council_question', 'answer', 'decision', 'information']);

/** A sentence group whose speaker the generator decided: what a passage of the pipeline should attribute. */
export const StatementTruthSchema = z.object({
  /** As written, before line wrapping and hyphenation (what the parser should give back). */
  text: z.string().min(1),
  speaker: SpeakerTruthSchema,
  kind: StatementKindSchema,
  topics: z.array(z.string()),
});
export type StatementTruth = z.infer<typeof StatementTruthSchema>;

export const ItemTruthSchema = z.object({
  /**
   * The samples' family: as the parser writes it ("3", "§ 12"). The other layouts: the number as
   * printed without its prefix ("7" for "KPR § 7", "7)" or "Punkt 7."), the agenda number on a web
   * page (tests/fixtures/councils/truth.json's convention); for an unnumbered heading, its position.
   */
  number: z.string(),
  /** False for an unnumbered heading: the minutes print no number (the fixtures' truth writes null). */
  numbered: z.boolean(),
  /** 1-based position in the minutes: what concerns and follow-ups point at. */
  ordinal: z.number().int().positive(),
  title: z.string(),
  presenters: z.array(z.string()),
  /** The topic slugs whose content the item carries. */
  topics: z.array(z.string()),
  statements: z.array(StatementTruthSchema),
});
export type ItemTruth = z.infer<typeof ItemTruthSchema>;

export const ConcernTruthSchema = z.object({
  /** `<file>#c<n>`: unique in the corpus. */
  id: z.string(),
  /** The item's number as ItemTruth.number gives it. */
  itemNumber: z.string(),
  itemOrdinal: z.number().int().positive(),
  text: z.string(),
  topic: z.string(),
  /** The standing concern it voices, the same across meetings ("vardplatser/1"). */
  theme: z.string(),
  /** The id of the earlier concern of the same body it raises again, or null the first time. */
  echoes: z.string().nullable(),
});
export type ConcernTruth = z.infer<typeof ConcernTruthSchema>;

export const FollowUpTruthSchema = z.object({
  id: z.string(),
  itemNumber: z.string(),
  itemOrdinal: z.number().int().positive(),
  /** The promising sentence as written. */
  text: z.string(),
  matter: z.string(),
  owner: OwnerTruthSchema,
  /** The date the promise names or implies (the next meeting for "nästkommande"), or null. */
  due: IsoDate.nullable(),
  /** The later meeting and item that take the matter up, or null when none does. */
  addressedIn: z.object({ file: z.string(), date: IsoDate, itemNumber: z.string(), itemOrdinal: z.number().int().positive() }).nullable(),
});
export type FollowUpTruth = z.infer<typeof FollowUpTruthSchema>;

export const AttendeeTruthSchema = z.object({
  name: z.string(),
  /** A party ("S"), an organisation as printed ("PRO", "SPF Seniorerna Borås"), or null for an official. */
  organisation: z.string().nullable(),
  remote: z.boolean(),
  /**
   * As tests/fixtures/councils/truth.json: "ordförande", "vice ordförande", "ersättare" (not
   * serving), "tjänstgörande ersättare", "sekreterare", an official's title; null for a member.
   */
  role: z.string().nullable(),
});

/** The administration's minutes the samples show, and their municipal relatives. */
export const SampleLayoutSchema = z.enum(['council-notes', 'council-protocol', 'committee-protocol']);
/** The layout families of docs/layouts.md. */
export const CouncilLayoutSchema = z.enum(['protokoll', 'anteckningar', 'web']);
export const LayoutTruthSchema = z.union([SampleLayoutSchema, CouncilLayoutSchema]);
export type LayoutTruth = z.infer<typeof LayoutTruthSchema>;

/**
 * Where a reader finds the meeting's date: the text, only the file name, only the PDF's creation
 * date, or nowhere (the parser should then leave the meeting undated).
 */
export const DateSourceTruthSchema = z.enum(['text', 'filename', 'metadata', 'none']);
export type DateSourceTruth = z.infer<typeof DateSourceTruthSchema>;

export const FileTruthSchema = z.object({
  file: z.string(),
  format: z.enum(['txt', 'pdf']),
  layout: LayoutTruthSchema,
  /** Each page's text is one long line, pages separated by form feeds (text re-hosted by a viewer). */
  oneLine: z.boolean(),
  /** The body as its minutes name it, without the municipality ("Kommunala pensionärsrådet"). */
  body: z.string(),
  /** The municipality or region the minutes name ("Eskilstuna kommun", "Region Jönköpings län"), or null. */
  municipality: z.string().nullable(),
  kind: z.enum(['motesanteckningar', 'protokoll']),
  diaryNumber: z.string().nullable(),
  administration: z.string().nullable(),
  /** The day the meeting was held, always; whether a reader can know it is `dateSource`'s business. */
  date: IsoDate,
  dateSource: DateSourceTruthSchema,
  startTime: Clock.nullable(),
  endTime: Clock.nullable(),
  place: z.string(),
  attendees: z.array(AttendeeTruthSchema),
  chair: z.string().nullable(),
  /** Who is chosen to adjust the minutes besides the chair (justerare), where the minutes name one. */
  adjusters: z.array(z.string()),
  secretary: z.string().nullable(),
  /** Null where the minutes do not name it. */
  previousMeeting: IsoDate.nullable(),
  nextMeeting: z.object({ date: IsoDate, time: Clock.nullable() }).nullable(),
  items: z.array(ItemTruthSchema),
  concerns: z.array(ConcernTruthSchema),
  followUps: z.array(FollowUpTruthSchema),
});
export type FileTruth = z.infer<typeof FileTruthSchema>;

export const TopicTrendSchema = z.object({
  slug: z.string(),
  trend: z.enum(['rising', 'fading', 'emerging', 'stable']),
  /** Relative weight per year of the period, first year first (0 before an emerging topic appears). */
  weights: z.array(z.number()),
});

export const CorpusTruthSchema = z.object({
  generator: z.literal('radslag-corpus'),
  /** 2: the layouts of docs/layouts.md, dateSource, one line per page, roles. */
  version: z.literal(2),
  seed: z.number().int(),
  options: z.object({
    meetings: z.number().int(),
    bodies: z.number().int(),
    years: z.number().int(),
    startYear: z.number().int(),
    pdfShare: z.number(),
    oneLineShare: z.number(),
    /** The bodies chosen by key, when they were (else the first `bodies` of the list). */
    bodyKeys: z.array(z.string()).nullable(),
  }),
  bodies: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      municipality: z.string().nullable(),
      layout: LayoutTruthSchema,
      meetings: z.number().int(),
    }),
  ),
  topicTrends: z.array(TopicTrendSchema),
  files: z.array(FileTruthSchema),
});
export type CorpusTruth = z.infer<typeof CorpusTruthSchema>;
