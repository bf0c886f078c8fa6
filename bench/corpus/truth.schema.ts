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
  /** As the parser writes it: "3", "§ 12". */
  number: z.string(),
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
  itemNumber: z.string(),
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
  /** The promising sentence as written. */
  text: z.string(),
  matter: z.string(),
  owner: OwnerTruthSchema,
  /** The date the promise names or implies (the next meeting for "nästkommande"), or null. */
  due: IsoDate.nullable(),
  /** The later meeting and item that take the matter up, or null when none does. */
  addressedIn: z.object({ file: z.string(), date: IsoDate, itemNumber: z.string() }).nullable(),
});
export type FollowUpTruth = z.infer<typeof FollowUpTruthSchema>;

export const AttendeeTruthSchema = z.object({ name: z.string(), organisation: z.string().nullable(), remote: z.boolean() });

export const FileTruthSchema = z.object({
  file: z.string(),
  format: z.enum(['txt', 'pdf']),
  body: z.string(),
  layout: z.enum(['council-notes', 'council-protocol', 'committee-protocol']),
  kind: z.enum(['motesanteckningar', 'protokoll']),
  diaryNumber: z.string().nullable(),
  administration: z.string(),
  date: IsoDate,
  startTime: Clock,
  endTime: Clock,
  place: z.string(),
  attendees: z.array(AttendeeTruthSchema),
  chair: z.string().nullable(),
  secretary: z.string(),
  previousMeeting: IsoDate,
  nextMeeting: z.object({ date: IsoDate, time: Clock }),
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
  version: z.literal(1),
  seed: z.number().int(),
  options: z.object({ meetings: z.number().int(), bodies: z.number().int(), years: z.number().int(), startYear: z.number().int(), pdfShare: z.number() }),
  bodies: z.array(z.object({ name: z.string(), layout: z.string(), meetings: z.number().int() })),
  topicTrends: z.array(TopicTrendSchema),
  files: z.array(FileTruthSchema),
});
export type CorpusTruth = z.infer<typeof CorpusTruthSchema>;
