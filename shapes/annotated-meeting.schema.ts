import { z } from 'zod';
import { FOLLOW_UP_STATUSES, SPEAKER_BASES } from './api/enums.js';
import { MinutesSchema } from './minutes.schema.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Who a passage is spoken by, or who owns a follow-up. `key` is the graph key of the node. */
export const ActorRefSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('person'), key: z.string().min(1), name: z.string().min(1) }),
  z.object({ type: z.literal('organisation'), key: z.string().min(1), name: z.string().min(1) }),
  /** The council itself as a body ("Rådet"), or the administration. */
  z.object({ type: z.literal('body'), key: z.string().min(1), name: z.string().min(1) }),
  /** A named group that is not a node of its own ("Projektgruppen"). */
  z.object({ type: z.literal('group'), name: z.string().min(1) }),
  z.object({ type: z.literal('unknown') }),
]);
export type ActorRef = z.infer<typeof ActorRefSchema>;

export const PassageKindSchema = z.enum(['presentation', 'council_comment', 'council_question', 'answer', 'decision', 'information']);
export type PassageKind = z.infer<typeof PassageKindSchema>;

export const TopicScoreSchema = z.object({ slug: z.string().min(1), score: z.number().min(0).max(1) });
export type TopicScore = z.infer<typeof TopicScoreSchema>;

export const MentionSchema = z.object({
  type: z.enum(['person', 'organisation']),
  key: z.string().min(1),
  /** The words as written in the passage ("Anders"). */
  surface: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const PassageSchema = z.object({
  /** 1-based position in the meeting; with the meeting id, the passage's key. */
  ordinal: z.number().int().positive(),
  itemOrdinal: z.number().int().positive(),
  text: z.string().min(1),
  kind: PassageKindSchema,
  /** Offsets into `Minutes.text`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  speaker: ActorRefSchema,
  /**
   * Why the speaker is who it is: named in the passage ("Janne menar …"), the council's own form
   * ("Rådets kommentarer", "Rådet anser …"), carried over from the passage before, the item's
   * presenter by default, or none. Lets the UI tell a read fact from an inference.
   */
  speakerBasis: z.enum(SPEAKER_BASES).optional(),
  mentions: z.array(MentionSchema),
  topics: z.array(TopicScoreSchema),
  embedding: z.array(z.number()).nullable(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const PersonSchema = z.object({
  /** Normalised full name: the graph key. */
  key: z.string().min(1),
  name: z.string().min(1),
  roles: z.array(z.string()),
  /** Organisation keys the person represents at this meeting. */
  organisations: z.array(z.string()),
});
export type Person = z.infer<typeof PersonSchema>;

/** What an organisation is; the gazetteer (data/gazetteer/organisations.json) names one for each entry. */
export const OrganisationKindSchema = z.enum([
  'pensioners_organisation',
  'administration',
  'authority',
  'university',
  'hospital',
  'committee',
  'region',
  'party',
  'other',
]);
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

export const OrganisationSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  abbreviation: z.string().nullable(),
  kind: OrganisationKindSchema,
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const ConcernSchema = z.object({
  ordinal: z.number().int().positive(),
  itemOrdinal: z.number().int().positive(),
  passageOrdinal: z.number().int().positive(),
  text: z.string().min(1),
  gist: z.string().min(1),
  topics: z.array(z.string()),
});
export type Concern = z.infer<typeof ConcernSchema>;

export const FollowUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);

export const FollowUpSchema = z.object({
  ordinal: z.number().int().positive(),
  itemOrdinal: z.number().int().positive(),
  passageOrdinal: z.number().int().positive(),
  text: z.string().min(1),
  owner: ActorRefSchema,
  /** Resolved against the meeting date; "nästkommande" is the next meeting's date when known. */
  due: IsoDate.nullable(),
  status: FollowUpStatusSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/**
 * The council a meeting belongs to, as its Body node shows it. Councils of different
 * municipalities often share a name ("Kommunala pensionärsrådet"), so the display name adds the
 * municipality unless the name already says it, and `AnnotatedMeeting.bodyKey` is its slug.
 */
export const MeetingBodySchema = z.object({
  /** As the minutes name it: "Kommunala pensionärsrådet"; "okänt organ" when they do not. */
  name: z.string().min(1),
  /** "Norrtälje kommun", "Region Stockholm"; null when the minutes do not say. */
  municipality: z.string().min(1).nullable(),
  /** "Kommunala pensionärsrådet, Norrtälje kommun"; the name alone when there is no municipality to add. */
  displayName: z.string().min(1),
});
export type MeetingBody = z.infer<typeof MeetingBodySchema>;

export const EmbedderInfoSchema = z.object({ id: z.string().min(1), dimensions: z.number().int().positive() });
export type EmbedderInfo = z.infer<typeof EmbedderInfoSchema>;

/** The enrich (and embed) stages' record of one meeting: the write stage's input. */
export const AnnotatedMeetingSchema = z.object({
  /** `${date}_${bodyKey}`, or `undated-${sha256 prefix}_${bodyKey}` for a meeting without a date: the Meeting node's key. */
  id: z.string().min(1),
  /** The Body node's key: the slug of `body.displayName`. */
  bodyKey: z.string().min(1),
  body: MeetingBodySchema,
  minutes: MinutesSchema,
  people: z.array(PersonSchema),
  organisations: z.array(OrganisationSchema),
  passages: z.array(PassageSchema),
  concerns: z.array(ConcernSchema),
  followUps: z.array(FollowUpSchema),
  /** Each agenda item's topics, aggregated from its passages and title. */
  itemTopics: z.array(z.object({ itemOrdinal: z.number().int().positive(), topics: z.array(TopicScoreSchema) })).default([]),
  /** Meeting-level topics, aggregated from passages. */
  topics: z.array(TopicScoreSchema),
  /** The embedder that made the passages' vectors, or null when not embedded yet. */
  embedder: EmbedderInfoSchema.nullable(),
});
export type AnnotatedMeeting = z.infer<typeof AnnotatedMeetingSchema>;
