/**
 * The meeting-level filters every read model and the search share, as Cypher over a meeting `m`
 * with the parameters `$body`, `$from` and `$to` (null when not set). Defined once so that a
 * council or a date range means the same in the meeting list, the search, trends, concerns,
 * follow-ups, exports and the explorer.
 *
 * An undated meeting has no `date` property: `m.date >= date($from)` is null for it, so any date
 * bound leaves it out, and it matches when no bound is set.
 */

/** The meeting belongs to council `$body` (a Body key), or `$body` is null. */
export const MEETING_OF_BODY = '($body IS NULL OR m.bodyKey = $body)';

/** The meeting falls within `$from`..`$to` (ISO dates, inclusive); with either set, undated meetings do not. */
export const MEETING_IN_RANGE = '($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))';

/** Both of the above. */
export const MEETING_MATCHES = `${MEETING_OF_BODY} AND ${MEETING_IN_RANGE}`;

/**
 * Meetings in date order with the undated after every dated one, whichever the direction: Neo4j
 * sorts a missing value as the highest, which would put them first in a newest-first list.
 * Undated meetings among themselves go by id. `direction` is one of two constants, never user text.
 */
export const meetingOrder = (direction: 'ASC' | 'DESC', m = 'm'): string =>
  `${m}.date IS NULL, ${m}.date ${direction}, ${m}.id ${direction}`;

/** A body as the API names it: its display name ("Kommunala pensionärsrådet, Norrtälje kommun"), else its name. */
export const bodyRef = (b = 'b'): string => `{ key: ${b}.key, name: coalesce(${b}.displayName, ${b}.name) }`;
