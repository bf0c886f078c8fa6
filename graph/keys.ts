/**
 * Graph keys: how a name or a position becomes the stable key a node is MERGEd on.
 * The enrich stage and the write stage must agree on these, so both import them from here.
 */

/**
 * The normal form of a name used as a key: Unicode NFC, whitespace collapsed, trimmed,
 * lower-cased with Swedish rules. Diacritics are kept — "Åsa" and "Asa" are different people.
 */
export function normaliseKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv-SE');
}

/** `Person.key`: the normalised full name ("Anders Ahlsson" → "anders ahlsson"). */
export const personKey = (name: string): string => normaliseKey(name);

/** `Organisation.key`: the normalised name ("SPF Seniorerna" → "spf seniorerna"). */
export const organisationKey = (name: string): string => normaliseKey(name);

const SWEDISH_FOLDS: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' };

/**
 * A URL- and id-safe slug: lower case, å/ä → a, ö → o, other marks dropped, runs of anything
 * else → "-". Used for `Body.key` and so inside `Meeting.id`.
 */
export function slugify(text: string): string {
  return normaliseKey(text)
    .replace(/[åäöéü]/g, (c) => SWEDISH_FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `Body.key`: the slug of the body's name. */
export const bodyKey = (name: string): string => slugify(name);

/** `Meeting.id`: ISO date + body key, so one body meets at most once a day. */
export const meetingId = (date: string, body: string): string => `${date}_${body}`;

/**
 * Keys of the nodes a meeting owns: `${meetingId}#${ordinal}`. Agenda items use their
 * document ordinal, not the printed number, because numbers can repeat or be missing ("§ 7").
 */
export const agendaItemKey = (meeting: string, itemOrdinal: number): string => `${meeting}#${itemOrdinal}`;
export const passageKey = (meeting: string, ordinal: number): string => `${meeting}#${ordinal}`;
export const concernKey = (meeting: string, ordinal: number): string => `${meeting}#${ordinal}`;
export const followUpKey = (meeting: string, ordinal: number): string => `${meeting}#${ordinal}`;
