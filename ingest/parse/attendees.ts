import type { Attendee, ParseWarning } from '../../shapes/minutes.schema.js';
import { NAME_WORD } from './run-in-names.js';

/** A line of an attendance block, with its source line number and, when printed in columns, its cells. */
export interface BlockLine {
  text: string;
  no: number;
  cells?: readonly string[];
}

const REMOTE = /^\s*(?:via\s+)?(?:länk|digitalt|digital|distans|på distans|teams|zoom|video|telefon)\s*$/iu;
const PARTY = /^(?:S|M|V|C|L|KD|MP|SD|Fi|FP|Kd|Mp|Sd)$/u;
/** "PRO", "SKPF", "RSMH": an organisation's initials standing alone, or before a name in its own column. */
const INITIALS = /^[A-ZÅÄÖ]{1,6}$/u;
const ROLE_ONLY =
  /^(?:(?:1:e|2:e|förste|andre)\s+)?(?:vice\s+)?(?:ordförande|ersättare|ledamot|sekreterare|justerare|adjungerad|tjänstgörande ersättare|föredragande)$/iu;
/** "X ersätter Y", "X, tjänstgörande ersättare för Y", "tgj ers för Y": Y is replaced, and absent. */
const REPLACES =
  /(?:^|\s)(?:ersätter|(?:tjänstgörande|tjänstgör|tjg|tgj)(?:\s+(?:ersättare|ers\.?))?\s+för|ers\.?\s+för|i\s+stället\s+för)\s+(.+)$/iu;
/** A seat in the body, not a role worth keeping: "ordinarie", "ledamot". */
const SEAT = /^(?:ordinarie|ordinarie\s+ledamot|ledamot|beslutande)$/iu;
/** A body the member sits for ("Socialnämnden", "vård- och omsorgsnämnden", "kommunstyrelsen"): not the person's organisation. */
const BODY_NAME = /(?:nämnden?|styrelsen?|fullmäktige|utskottet?|beredningen?)$/iu;
/** Words of an official's title: "förvaltningschef", "Nämndsekreterare", "Hälso- och sjukvårdsdirektör", "MAS". */
const TITLE_WORD =
  /(?:chef|sekreterare|direktör|strateg|samordnare|handläggare|ledare|planerare|ordförande|sjuksköterska|läkare|controller|dietist|utvecklare|konsulent|tjänsteman|tjänsteperson|kommunikatör|jurist|ekonom|koordinator|ombud|assistent|administratör|föredragande|adjungerad|specialist|rådgivare|inspektör|analytiker|kurator|terapeut|revisor|ingenjör|sakkunnig|registrator|^MAS|^MAR)$/iu;
/** Words that make a capitalised phrase an organisation, not a person: "Region Gävleborg", "Synskadades Riksförbund". */
const ORG_ENDINGS = [
  'förbund',
  'förbundet',
  'förening',
  'föreningen',
  'seniorerna',
  'nämnd',
  'nämnden',
  'styrelse',
  'styrelsen',
  'rådet',
  'förvaltningen',
  'sjukhus',
  'sjukhuset',
  'universitet',
  'universitetet',
  'organisationen',
  'partiet',
  'kyrkan',
  'avdelning',
  'distrikt',
];
const ORG_WHOLE = new Set(['region', 'regionen', 'kommun', 'kommunen', 'stad', 'län', 'avd', 'avd.', 'organisation']);
/** Tested by endings, not a pattern: it is asked of every word of every name. */
const ORG_WORD = {
  test: (word: string): boolean => {
    const w = word.toLowerCase();
    return ORG_WHOLE.has(w) || ORG_ENDINGS.some((e) => w.endsWith(e));
  },
};
/** "§ 4", "§§ 22–25", "närvarande §§ 43-44", "del av § 159", "t.o.m. § 20", "kl 13.00-14.30", "RPR § 38": when the person was there. */
const PRESENCE =
  /(?:^|\s)(?:(?:närvarande|närv\.?|del\s+av|t\.?o\.?m\.?|fr\.?o\.?m\.?|from|tom)\s+)?(?:[A-ZÅÄÖ]{2,5}\s+)?§§?\s*\d{1,4}(?:\s*[-–,]\s*\d{1,4})*|(?:^|\s)kl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?/gu;
/** Cheap tests before the patterns: most pieces are a name and nothing else. */
const MAY_REPLACE = {
  test: (text: string): boolean => text.includes('ers') || text.includes('tj') || text.includes('tg') || text.includes('stället'),
};
const withoutPresence = (text: string): string => {
  const t = text.includes('§') || text.includes('kl') || text.includes('Kl') ? text.replace(PRESENCE, ' ') : text;
  return t.includes('  ') || t.includes('\t') ? t.replace(/\s+/gu, ' ').trim() : t.trim();
};
/** Two to four capitalised words, nothing else. */
const PLAIN_NAME = /^[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?(?: [\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?){1,3}$/u;
const PARTICLES = new Set(['von', 'af', 'de', 'van', 'der', 'den', 'la', 'du', 'di', 'da']);
const NAME_TOKEN = /^[\p{Lu}][\p{Ll}'’.][\p{L}'’.-]*$|^[\p{Lu}]\.?$|^[\p{Lu}][\p{Ll}]*-[\p{Lu}][\p{Ll}]+$/u;
/** "PRO:", "SPF Seniorerna:", "Förvaltningen:" — an organisation heading inside the list. */
const GROUP_LABEL = /^([\p{Lu}][\p{L}\d .&/()-]{0,48}?)\s*:\s*(.*)$/u;
/**
 * "Politiker", "Tjänstepersoner": the words a list's group headings are, never a person's name. Printed
 * on a line of their own they are told by that; a list that lost its line breaks runs them into the
 * first name under them ("Politiker Margareta Ström (S), ordförande").
 */
const GROUP_WORD =
  /^(?:Politiker|Politiska|Förtroendevalda|Tjänstepersoner|Tjänstemän|Pensionärsorganisationer|Pensionärsföreningar|Organisationer|Föreningar|Intresseorganisationer|Brukarorganisationer|Funktionshindersorganisationer)$/u;

interface Part {
  text: string;
  no: number;
  organisation: string | null;
  /** The first piece of its line. */
  first: boolean;
  /** Its line runs many people together (a list that lost its line breaks). */
  long: boolean;
}

/** A person being read, with what has been said of them so far. */
interface Draft {
  attendee: Attendee;
  /** The role was written beside the name, not taken from the block's label. */
  explicitRole: boolean;
  /** The organisation was written beside the name, not taken from a heading. */
  explicitOrganisation: boolean;
}

/**
 * Reads an attendance block: people grouped under organisation labels ("SKPF: …") or heading
 * lines ("PRO Sollentuna"), separated by commas or "och", wrapped across lines (also inside a
 * name: "Malin" / "Håkansson"), with "(länk)" for remote attendance, a party or organisation in
 * parentheses, after a comma or in a column of its own (before or after the name), roles
 * ("ordförande", "ersätter X") and official titles. `defaultRole` comes from the block's label
 * ("Tjänstgörande ersättare"). Presence notes (`§ 4`, `närvarande §§ 43-44`) are dropped.
 */
export function parseAttendees(block: readonly BlockLine[], defaultRole: string | null, warnings: ParseWarning[]): Attendee[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  const warn = (text: string, no: number): void =>
    void warnings.push({
      code: 'unrecognised_attendee',
      message: `Could not read a name in the attendance list: "${text.trim()}"`,
      line: no,
    });

  const onPiece = (piece: string, no: number, organisation: string | null, column = false, first = true): void => {
    const read = readPiece(piece, first);
    if (read.person) {
      current = {
        attendee: { name: read.person, organisation: organisation, remote: false, role: defaultRole },
        explicitRole: false,
        explicitOrganisation: false,
      };
      drafts.push(current);
    }
    if (!current) {
      if (read.leftover || read.person === null) warn(piece, no);
      return;
    }
    if (read.leftover && !read.person) {
      if (!applyAttribute(current, read.leftover, column)) warn(piece, no);
    } else if (read.leftover) applyAttribute(current, read.leftover, column);
    for (const group of read.groups) for (const item of splitTop(group)) applyAttribute(current, item, column);
    if (read.remote) current.attendee.remote = true;
    if (read.replaces) setRole(current, `ersätter ${read.replaces}`);
    if (read.trailingRole) setRole(current, read.trailingRole);
    if (read.leadingOrganisation) setOrganisation(current, read.leadingOrganisation);
  };

  let run: JoinedLine[] = [];
  const flush = (): void => {
    const parts = splitParts(run);
    const orgWords = organisationWords(parts);
    // In a list that lost its line breaks: the group heading ("PRO Luleå", "Tjänstepersoner") the people since it stand under.
    let heading: string | null = null;
    for (const part of parts) {
      subSplit(part.text).forEach((piece, k) => {
        if (!part.long) return onPiece(piece, part.no, part.organisation, false, part.first && k === 0);
        splitBeforeInitials(piece).forEach((cut, c) => {
          const first = part.first && k === 0 && c === 0;
          let people = [cut];
          if (c > 0) {
            // A heading cut out of the run ("… Åke Ström (V) | PRO Luleå Anna Virtanen"): its people follow it.
            const [organisation, ...after] = splitOrganisationLed(cut, orgWords);
            if (after.length > 0) {
              heading = organisation!;
              people = after;
            }
          } else if (!first) people = splitOrganisationLed(cut, orgWords);
          const lead = cut.split(' ', 1)[0]!;
          if (GROUP_WORD.test(lead)) heading = lead;
          people
            .flatMap(splitJuxtaposed)
            .forEach((person, p) => onPiece(person, part.no, heading ?? part.organisation, false, first && p === 0));
        });
      });
    }
    run = [];
  };
  for (const line of joinContinuations(block)) {
    const cells = line.cells ?? [];
    if (cells.length < 2 || /[:,]$/u.test(cells[0]!)) {
      run.push(line);
      continue;
    }
    flush();
    // A table row: "S    Karin Westerlund, ordförande", "Jessica Lind   L   ordinarie   kommunstyrelsen".
    const leading = INITIALS.test(cells[0]!) && readPiece(splitTop(cells[1]!)[0] ?? '').person ? cells[0]! : null;
    const rest = leading ? cells.slice(1) : cells;
    const before = drafts.length;
    for (const piece of splitTop(rest[0]!)) onPiece(piece, line.no, line.organisation);
    if (drafts.length === before || !current) continue;
    if (leading) setOrganisation(current, leading);
    for (const cell of rest.slice(1)) for (const piece of splitTop(cell)) onPiece(piece, line.no, null, true);
  }
  flush();

  const attendees: Attendee[] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    const key = d.attendee.name.toLowerCase();
    if (!seen.has(key)) attendees.push(d.attendee);
    seen.add(key);
  }
  return attendees;
}

interface JoinedLine extends BlockLine {
  /** The heading line above ("PRO Sollentuna"), for the people under it. */
  organisation: string | null;
}

/**
 * Joins a line that continues the one before ("… tjänstgörande ersättare" / "för Eva Stål") and
 * takes heading lines ("Politiker", "PRO Sollentuna", "SKPF avd 7") as the organisation of the
 * lines under them.
 */
function joinContinuations(block: readonly BlockLine[]): JoinedLine[] {
  const out: JoinedLine[] = [];
  let organisation: string | null = null;
  block.forEach((line, i) => {
    const text = line.text.trim();
    if (!text) return;
    const previous = out.at(-1);
    // A line starting in lower case, or after a parenthesis left open ("Hans Nordin (Synskadades" / "Riksförbund), …").
    const openParen = previous !== undefined && previous.text.lastIndexOf('(') > previous.text.lastIndexOf(')');
    if (previous && (openParen || (/^\p{Ll}/u.test(text) && !GROUP_LABEL.test(text)))) {
      previous.text = `${previous.text} ${text}`;
      previous.cells = undefined;
      return;
    }
    // "… Gunilla Ström, Kristina" / "Wånell": the line finishes a name the line above left open.
    const finishesName = (): boolean =>
      previous !== undefined && !/[,;:]$/u.test(previous.text) && isFirstNameAlone(splitTop(previous.text).at(-1) ?? '');
    if (i + 1 < block.length && (line.cells?.length ?? 1) <= 1 && isHeadingLine(text) && !finishesName()) {
      organisation = text;
      return;
    }
    out.push({ text, no: line.no, cells: line.cells, organisation });
  });
  return out;
}

/** "PRO Sollentuna", "Politiker", "SKPF avd 7": a short line naming a group, no person in it. */
function isHeadingLine(text: string): boolean {
  if (/[,:;()]/u.test(text) || text.split(/\s+/u).length > 5) return false;
  if (!/^\p{Lu}/u.test(text)) return false;
  return readPiece(text).person === null;
}

/** What one piece of a list says: a person's name, and what stands around it. */
interface Read {
  person: string | null;
  /** Text outside parentheses that is not the name: an organisation, a role, a party. */
  leftover: string;
  /** The contents of each pair of parentheses. */
  groups: string[];
  remote: boolean;
  replaces: string | null;
  trailingRole: string | null;
  leadingOrganisation: string | null;
}

function readPiece(piece: string, first = true): Read {
  const read: Read = {
    person: null,
    leftover: '',
    groups: [],
    remote: false,
    replaces: null,
    trailingRole: null,
    leadingOrganisation: null,
  };
  // Most pieces are a name and nothing else: "Ingrid Hjalmarson", "Sven Erik Wånell".
  if (PLAIN_NAME.test(piece) && !piece.split(' ').some((t) => ORG_WORD.test(t))) {
    read.person = piece;
    return read;
  }
  let text = /[.;]/u.test(piece.charAt(piece.length - 1)) ? piece.replace(/[.;]+$/u, '').trim() : piece.trim();
  const replaced = MAY_REPLACE.test(text) ? REPLACES.exec(text) : null;
  if (replaced) {
    read.replaces = nameOnly(replaced[1]!);
    text = text.slice(0, replaced.index).trim();
  }
  if (text.includes('(')) {
    text = text.replace(/\(([^()]*)\)/gu, (_, inner: string) => {
      if (REMOTE.test(inner)) read.remote = true;
      else read.groups.push(inner.trim());
      return ' ';
    });
  }
  text = withoutPresence(text);
  if (!text) return read;
  const tokens = text.split(' ');
  // "S Karin Westerlund", "SKPF Ulla Granlund": the party or organisation in front of the name.
  let start = 0;
  // Only at the start of a line: after a name, "SKPF Norra Uppland" is that person's organisation.
  if (first && tokens.length >= 3 && INITIALS.test(tokens[0]!) && NAME_TOKEN.test(tokens[1]!)) start = 1;
  // "Politiker Margareta Ström": a group's heading before the first name under it, wherever the piece stands.
  if (tokens.length >= 3 && GROUP_WORD.test(tokens[0]!) && NAME_TOKEN.test(tokens[1]!)) start = 1;
  let end = start;
  let names = 0;
  while (end < tokens.length && (NAME_TOKEN.test(tokens[end]!) || (names > 0 && PARTICLES.has(tokens[end]!) && end + 1 < tokens.length))) {
    if (NAME_TOKEN.test(tokens[end]!)) names++;
    end++;
  }
  const nameTokens = tokens.slice(start, end);
  const tail = tokens.slice(end).join(' ');
  // "Bo Ahl PRO": an organisation's initials after the name.
  const trailingInitials = INITIALS.test(tokens[end] ?? '') && (tokens[end]!.length >= 2 || PARTY.test(tokens[end]!));
  const isName =
    names >= 2 &&
    names <= 5 &&
    !nameTokens.some((t) => ORG_WORD.test(t)) &&
    (tail === '' || /^\p{Ll}/u.test(tail) || /^\d:e\s/u.test(tail) || trailingInitials);
  if (!isName) {
    read.leftover = text;
    return read;
  }
  read.person = nameTokens.join(' ');
  if (start === 1) read.leadingOrganisation = tokens[0]!;
  if (trailingInitials) read.leftover = tail;
  else if (tail) read.trailingRole = tail.toLowerCase();
  return read;
}

/** "Eva Stål (S)" → "Eva Stål": the replaced person's name. */
function nameOnly(text: string): string {
  return text
    .replace(/\([^)]*\)/gu, ' ')
    .split(',')[0]!
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Applies a piece that is not a person to the person before it; false when it says nothing known. */
function applyAttribute(draft: Draft, text: string, column: boolean): boolean {
  const t = withoutPresence(text.replace(/[.;]+$/u, ''));
  if (!t) return true;
  if (REMOTE.test(t)) {
    draft.attendee.remote = true;
    return true;
  }
  const replaced = MAY_REPLACE.test(t) ? REPLACES.exec(` ${t}`) : null;
  if (replaced && replaced.index === 0) {
    setRole(draft, `ersätter ${nameOnly(replaced[1]!)}`);
    return true;
  }
  if (PARTY.test(t)) {
    setOrganisation(draft, t, true);
    return true;
  }
  if (SEAT.test(t)) return true;
  if (/^\p{Ll}/u.test(t) || /^\d:e\s/u.test(t) || ROLE_ONLY.test(t)) {
    if (BODY_NAME.test(t)) return true;
    if (!draft.explicitRole) setRole(draft, t.toLowerCase());
    return true;
  }
  const words = t.split(' ');
  if ((words.some((w) => TITLE_WORD.test(w)) && !INITIALS.test(t.replace(/\s.*$/u, ''))) || /^(?:MAS|MAR)$/u.test(t)) {
    if (!draft.explicitRole) setRole(draft, /^[A-ZÅÄÖ]{2,}$/u.test(t) ? t : t.toLowerCase());
    return true;
  }
  if (BODY_NAME.test(t) && !column) return true;
  if (BODY_NAME.test(t)) return true;
  setOrganisation(draft, t);
  return true;
}

function setRole(draft: Draft, role: string): void {
  draft.attendee.role = role;
  draft.explicitRole = true;
}

/** A party written beside the name wins over the heading the person stands under, and over a body. */
function setOrganisation(draft: Draft, organisation: string, party = false): void {
  if (draft.explicitOrganisation && !party) return;
  if (draft.explicitOrganisation && party && PARTY.test(draft.attendee.organisation ?? '')) return;
  draft.attendee.organisation = organisation;
  draft.explicitOrganisation = true;
}

/** Splits at commas, semicolons, "och", "samt" and "&" outside parentheses; "Autism- och Aspergerföreningen" stays whole. */
function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    let cut = 0;
    if (c === ',' || c === ';') cut = 1;
    else if (c === ' ') {
      // "A och B" joins two names; "vård och omsorg" and "Autism- och Aspergerföreningen" are one name.
      const word = text.startsWith(' och ', i) ? 5 : text.startsWith(' samt ', i) ? 6 : text.startsWith(' & ', i) ? 3 : 0;
      if (word > 0 && text.charAt(i - 1) !== '-' && /["”«\p{Lu}]/u.test(text.charAt(i + word))) cut = word;
    }
    if (cut > 0) {
      out.push(text.slice(start, i));
      start = i + cut;
      i = start - 1;
    }
  }
  out.push(text.slice(start));
  return out.map((p) => p.trim()).filter(Boolean);
}

/**
 * Splits a piece that runs several people together, as a list loses its line breaks does:
 * "vice ordförande Per Hedin (C) Gunilla Rask (S)", "controller § 41 Marie Nås". A new person
 * starts at a capitalised word after a closing parenthesis, a number or a lower-case word — but
 * not the person named after "ersätter" or "för".
 */
function subSplit(piece: string): string[] {
  const second = piece.indexOf(' ', piece.indexOf(' ') + 1);
  if (second < 0) return [piece];
  const tokens = [...piece.matchAll(/\([^()]*\)|\S+/gu)];
  if (tokens.length < 3) return [piece];
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]![0];
    const previous = tokens[i - 1]![0];
    if (!/^\p{Lu}\p{Ll}/u.test(token)) continue;
    const afterParen = /\)$/u.test(previous);
    const afterWord =
      /^\p{Ll}[\p{Ll}-]*$/u.test(previous) && !PARTICLES.has(previous) && !/^(?:ersätter|för|och|i|av|på|vid)$/u.test(previous);
    const afterNumber = /^\d+$/u.test(previous);
    if (afterParen || afterWord || afterNumber) {
      // Only where a name follows: two capitalised words.
      const nextToken = tokens[i + 1]?.[0] ?? '';
      if (!NAME_TOKEN.test(nextToken) || /\p{Lu}{2}/u.test(nextToken)) continue;
      if (afterParen && /(?:ersätter|för)\s*$/u.test(piece.slice(0, tokens[i - 1]!.index))) continue;
      out.push(piece.slice(start, tokens[i]!.index).trim());
      start = tokens[i]!.index;
    }
  }
  out.push(piece.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * "PRO Gunnar Lövgren", "SPF Seniorerna Bengt Hallberg", "Synskadades Riksförbund Britt Lind"
 * inside a list that lost its line breaks ("Tomas Ahmadi, PRO Gunnar Lövgren, PRO, …"): the previous
 * person's organisation, then the next person. `orgWords` are the words the list's organisations
 * are written with elsewhere ("PRO Västervik"), so "PRO Västervik Monica Berg" is read as one
 * and the other.
 */
function splitOrganisationLed(piece: string, orgWords: ReadonlySet<string>): string[] {
  const tokens = piece.split(' ');
  if (tokens.length < 3) return [piece];
  const orgish = (t: string): boolean => ORG_WORD.test(t) || orgWords.has(t) || PLACE_PREFIX.test(t) || /^[\p{Ll}\d]/u.test(t);
  let k = INITIALS.test(tokens[0]!) ? 1 : 0;
  // "Synskadades Riksförbund …": a name of capitalised words that ends in an organisation's word.
  if (k === 0) k = tokens.slice(0, 4).findIndex((t, i) => i > 0 && ORG_WORD.test(t)) + 1;
  if (k === 0 || !tokens.slice(0, k).every((t) => /^\p{Lu}/u.test(t))) return [piece];
  while (k < tokens.length && orgish(tokens[k]!)) k++;
  const name = tokens.slice(k);
  if (name.length < 2 || name.length > JUXTAPOSED_MAX || !name.every((t) => NAME_TOKEN.test(t) || PARTICLES.has(t))) return [piece];
  return [tokens.slice(0, k).join(' '), name.join(' ')];
}

/**
 * "Åke Ström (V) PRO Luleå Anna Virtanen", "ersättare SKPF Luleå Rolf Fransson RPG Gudrun Persson": in
 * a list that lost its line breaks, an organisation's initials followed by a capitalised word start
 * a new piece (a group heading and the people under it). Not the first word, and not a party's
 * letter ("S", "KD"), which follows its member.
 */
function splitBeforeInitials(piece: string): string[] {
  const tokens = [...piece.matchAll(/\([^()]*\)|\S+/gu)];
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const token = tokens[i]![0];
    if (!INITIALS.test(token) || token.length < 2 || PARTY.test(token)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[i + 1]![0])) continue;
    if (/^(?:ersätter|för)$/u.test(tokens[i - 1]![0])) continue;
    out.push(piece.slice(start, tokens[i]!.index).trim());
    start = tokens[i]!.index!;
  }
  out.push(piece.slice(start).trim());
  return out.filter(Boolean);
}

/** "SKPF Norra Uppland", "PRO Södra Roslagen": the first word of a place, never of a person's name. */
const PLACE_PREFIX = /^(?:Norra|Södra|Östra|Västra|Mellersta|Nordvästra|Nordöstra|Sydvästra|Sydöstra|Övre|Nedre|Inre|Yttre)$/u;

/** Names of two words, or three ("Lars Olof Ahmadi"), are what a juxtaposed run is cut into. */
const JUXTAPOSED_MIN = 4;
const JUXTAPOSED_MAX = 12;

/**
 * "Berit Wallin Göran Ahlsson William Wallin": people printed one to a line with nothing after their
 * names, in a list that lost its line breaks, are a run of capitalised words. A name has two words,
 * or three, so a run of four or more is cut into names of two, with one of three first when the run
 * is odd (a double first name, "Sven Erik Hedlund", is the usual three-word name). What follows the
 * run ("(S)") stays with its last name.
 */
function splitJuxtaposed(piece: string): string[] {
  const tokens = piece.split(' ');
  let n = 0;
  while (n < tokens.length && NAME_WORD.test(tokens[n]!) && !ORG_WORD.test(tokens[n]!) && !GROUP_WORD.test(tokens[n]!)) n++;
  if (n < JUXTAPOSED_MIN || n > JUXTAPOSED_MAX) return [piece];
  // What follows the run must be no more words of it: the end, a parenthesis or a lower-case word.
  const next = tokens[n];
  if (next !== undefined && !/^[(\p{Ll}]/u.test(next)) return [piece];
  const sizes: number[] = n % 2 === 1 ? [3, ...Array<number>((n - 3) / 2).fill(2)] : Array<number>(n / 2).fill(2);
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(tokens.slice(at, at + size).join(' '));
    at += size;
  }
  out[out.length - 1] = [out.at(-1)!, ...tokens.slice(n)].join(' ');
  return out;
}

/**
 * The words of organisations that a run-together list also names on their own ("…, PRO Västervik,
 * ersättare", "SPF Seniorerna Västervik"): one capitalised word after an organisation's initials and
 * words, which alone cannot be a person (a name has two words at least).
 */
function organisationWords(parts: readonly Part[]): Set<string> {
  const words = new Set<string>();
  const placed = new Map<string, number>();
  for (const part of parts) {
    if (!part.long) continue;
    for (const piece of subSplit(part.text).flatMap(splitBeforeInitials)) {
      const tokens = piece.split(' ');
      if (tokens.length < 2 || !INITIALS.test(tokens[0]!)) continue;
      let k = 1;
      while (k < tokens.length && (ORG_WORD.test(tokens[k]!) || PLACE_PREFIX.test(tokens[k]!))) k++;
      if (k === tokens.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!)) words.add(tokens[k]!);
      // "PRO Luleå Anna Virtanen", "SKPF Luleå Rolf Fransson": the place after several organisations' initials.
      else if (k < tokens.length && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!)) placed.set(tokens[k]!, (placed.get(tokens[k]!) ?? 0) + 1);
    }
  }
  for (const [word, count] of placed) if (count >= 2) words.add(word);
  return words;
}

/** "Malin" at a line's end, waiting for "Håkansson": a capitalised word that is no acronym ("PRO") nor organisation ("Neuroförbundet"). */
function isFirstNameAlone(piece: string): boolean {
  return /^[\p{Lu}][\p{Ll}][\p{L}-]*$/u.test(piece) && !ORG_WORD.test(piece) && !TITLE_WORD.test(piece.slice(-14));
}

function splitParts(block: readonly JoinedLine[]): Part[] {
  const parts: Part[] = [];
  let organisation: string | null = null;
  let heading: string | null = null;
  // A name cut at the end of a line ("Malin" / "Håkansson") waits here for its other half.
  let carry = null as Part | null;
  // The last name of a line that ended without a comma: the next line may finish it.
  let openTail = null as Part | null;
  for (const line of block) {
    let text = line.text.trim();
    if (!text) continue;
    if (line.organisation !== heading) {
      heading = line.organisation;
      organisation = heading;
    }
    const label = GROUP_LABEL.exec(text);
    if (label && !/^\d/.test(label[1]!)) {
      organisation = label[1]!.trim();
      text = label[2]!.trim();
      if (carry) parts.push(carry);
      carry = null;
    }
    if (!text) continue;
    const pieces = splitTop(text);
    if (carry && pieces.length > 0) {
      pieces[0] = `${carry.text} ${pieces[0]}`;
      carry = null;
    } else if (
      openTail &&
      pieces.length > 0 &&
      /^[\p{Lu}][\p{L}'’-]*$/u.test(pieces[0]!.trim()) &&
      (pieces.length > 1 || /,\s*$/.test(text))
    ) {
      // "Christina Gabriella" / "Zaunders, Ewa Kardell": a surname alone at the start of the next
      // line finishes the name the previous line left open.
      openTail.text = `${openTail.text} ${pieces.shift()!.trim()}`;
    }
    openTail = null;
    const endsOpen = !/[,;]$/.test(text);
    pieces.forEach((piece, i) => {
      const part: Part = { text: piece, no: line.no, organisation, first: i === 0, long: text.length > 150 };
      const isLast = i === pieces.length - 1;
      if (isLast && endsOpen && isFirstNameAlone(piece.trim())) carry = part;
      else {
        parts.push(part);
        if (isLast && endsOpen) openTail = part;
      }
    });
  }
  if (carry) parts.push(carry);
  return parts;
}
