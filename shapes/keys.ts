/**
 * Graph keys: how a name or a position becomes the stable key a node is MERGEd on.
 * The enrich stage, the write stage, the read side and the fixtures all import them from here:
 * two versions of a key function once drifted apart (one cut slugs at 80 characters, one did not).
 */

/**
 * The normal form of a name used as a key: Unicode NFC, whitespace collapsed, trimmed,
 * lower-cased. Diacritics are kept — "Åsa" and "Asa" are different people.
 */
export function normaliseKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** `Person.key`: the normalised full name ("Anders Ahlsson" → "anders ahlsson"). */
export const personKey = (name: string): string => normaliseKey(name);

/** `Organisation.key`: the normalised name ("SPF Seniorerna" → "spf seniorerna"). */
export const organisationKey = (name: string): string => normaliseKey(name);

/** Longest slug: body names can be whole sentences in a bad header, and ids must stay short. */
export const SLUG_MAX_LENGTH = 80;

/**
 * A URL- and id-safe slug ("Samverkan mellan … förvaltningen" → "samverkan-mellan-…-forvaltningen"):
 * marks dropped after NFKD (å, ä → a, ö → o), lower case, runs of anything else → "-", at most
 * 80 characters. Used for `Body.key` and so inside `Meeting.id`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH);
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
