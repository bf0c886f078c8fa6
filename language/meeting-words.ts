/**
 * How minutes name a council's meeting when they point to the next one: "Nästa möte hålls …",
 * "vid nästkommande pensionärsråd". One list, so that the parser finding the next meeting's date
 * and the follow-ups due at that meeting read the same words.
 */

/** Nouns for a meeting as such. */
export const MEETING_NOUNS = ['möte', 'sammanträde', 'träff', 'rådsmöte'] as const;

/** A meeting named by the body that holds it: "nästkommande pensionärsråd", "nästa nämndsammanträde". */
export const BODY_MEETING_NOUNS = ['pensionärsråd', 'nämndsammanträde'] as const;

/** A pattern source for one of `leads` ("nästa") and one of `nouns`, as whole words. */
export const nextMeetingSource = (leads: readonly string[], nouns: readonly string[]): string =>
  String.raw`(?<![\p{L}\p{N}])(?:${leads.join('|')})\s+(?:${nouns.join('|')})(?![\p{L}\p{N}])`;
