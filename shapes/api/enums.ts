/**
 * The contract's closed sets of words, as plain values: the zod schemas of the contract are built
 * from these, and the client imports them from here (not from index.ts) so that its bundle does not
 * carry zod. One list per concept; the types are inferred from the schemas (`Granularity`,
 * `SpeakerBasis`, …) and imported as types from index.ts.
 */

/** Periods a trend is counted in. */
export const GRANULARITIES = ['meeting', 'quarter', 'year'] as const;

/** Periods candidate topics are found in: a single meeting is too small to tell news from noise. */
export const CANDIDATE_GRANULARITIES = ['year', 'quarter'] as const satisfies readonly (typeof GRANULARITIES)[number][];

/** What a trend's value is: passages, or passages over all passages of the period. */
export const TREND_MEASURES = ['count', 'share'] as const;

/** Why a passage's speaker is who it is (see `SpeakerBasis` in meetings.ts). */
export const SPEAKER_BASES = ['named', 'council_form', 'context', 'presenter', 'none'] as const;

/** A follow-up's status; one the analysis has not decided yet counts as open. */
export const FOLLOW_UP_STATUSES = ['open', 'addressed', 'overdue'] as const;

/** Where a meeting's date came from: the text, the file name, a PDF's metadata, or a user (`--date`, the upload form). */
export const DATE_SOURCES = ['text', 'filename', 'metadata', 'override'] as const;

/** The graph's node labels the API shows. */
export const NODE_LABELS = ['Meeting', 'Body', 'Person', 'Organisation', 'AgendaItem', 'Passage', 'Topic', 'Concern', 'FollowUp'] as const;
