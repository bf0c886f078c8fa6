/**
 * The body a meeting belongs to and the municipality or region of that body, read from where
 * minutes name them: the ANSLAG/BEVIS block's `Organ`, the title, the head and running head of
 * the pages, a web page's site name and breadcrumb, and last the folder the file was filed in.
 */

export interface CouncilSources {
  /** The `Organ` / `Instans` / `Nämnd` value of the ANSLAG/BEVIS block. */
  organ: string | null;
  /** The title under the kind line ("Kommunala pensionärsrådet (KPR)", "Äldrenämndens sammanträde"). */
  title: string | null;
  /** The first page's head: letterhead and the lines before the first field. */
  head: readonly string[];
  /** Lines repeated at the head or foot of every page. */
  running: readonly string[];
  /** A web page's site name, menus and footer, and its breadcrumb's steps. */
  site: readonly string[];
  breadcrumb: readonly string[];
  /** The source file's path. */
  path: string;
}

/** The noun that makes a phrase a body: "pensionärsrådet", "Äldrenämnden", "Kommunstyrelsens arbetsutskott". */
const BODY_NOUN = '(?:råd|rådet|nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|beredning|beredningen|fullmäktige|forum|forumet)';
/**
 * What tells one of a municipality's councils of a kind from its siblings: ", krets 2",
 * "– område Nord", "distrikt Väster". Part of the body's name, or sibling councils meeting on the
 * same day would be taken for one meeting.
 */
export const DISTRICT_WORDS = 'krets|distrikt|område|stadsdel|stadsdelsområde|kommundel|geografiskt område';
const DISTRICT = `(?:\\s*[,–-]\\s*|\\s+)(?:${DISTRICT_WORDS})\\s+(?:\\d+|\\p{Lu}[\\p{L}-]*)`;
/** A body's name at the start of a phrase: up to four words ending in a body noun, and its district. */
const BODY_PHRASE = new RegExp(`^((?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]*${BODY_NOUN}(?:${DISTRICT})?)(?![\\p{L}\\p{N}])`, 'iu');
/** "pensionärsrådets möte", "Äldrenämndens sammanträde": the body in the genitive before the meeting. */
const GENITIVE_MEETING =
  /^(?:från\s+|vid\s+)?((?:[\p{L}-]+\s+){0,4}?[\p{L}-]*(?:rådet|nämnden|styrelsen|utskottet|beredningen|fullmäktige|forumet|gruppen))s\s+(?:sammanträde|möte|sammankomst)$/iu;
const MUNICIPALITY_TOWN = /(?<![\p{L}\p{N}])([\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?)\s+(kommun|stad|KOMMUN|STAD|Kommun|Stad)(?![\p{L}])/u;
const REGION = /(?<![\p{L}\p{N}])(?:Region|REGION)\s+([\p{Lu}][\p{L}]+(?:-[\p{Lu}][\p{L}]+)?)(?:\s+(län|LÄN))?(?![\p{L}])/u;
/** A title that says when, not who: "från sammanträde", "Sammanträde", "Möte". */
const NOT_A_BODY = /^(?:från|vid|för|sammanträde|sammanträdet|möte|mötet|protokoll|anteckningar|dagordning|kallelse)(?![\p{L}])/iu;

/** The body, from the best source that names one; null only when nothing does. */
export function findBody(s: CouncilSources): string | null {
  const organ = s.organ ? cleanName(s.organ) : null;
  if (organ && /\p{L}{3}/u.test(organ)) return organ;
  const fromTitle = s.title ? bodyFromTitle(s.title) : null;
  if (fromTitle) return fromTitle;
  // The head line nearest the title names the body most narrowly ("Kommunstyrelsen" / "Kommunala funktionshinderrådet").
  for (const list of [[...s.head].reverse(), s.running, [...s.breadcrumb].reverse(), s.site]) {
    for (const text of list) {
      const phrase = bodyPhrase(text);
      if (phrase) return phrase;
    }
  }
  return bodyFromPath(s.path);
}

/** The municipality or region, as the head, the running head, the title or the site names it. */
export function findMunicipality(s: CouncilSources): string | null {
  for (const list of [s.head, s.title ? [s.title] : [], s.running, s.site, s.breadcrumb]) {
    for (const text of list) {
      const found = municipalityIn(text);
      if (found) return found;
    }
  }
  return null;
}

function municipalityIn(text: string): string | null {
  const region = REGION.exec(text);
  if (region) return `Region ${titleCase(region[1]!)}${region[2] ? ' län' : ''}`;
  const town = MUNICIPALITY_TOWN.exec(text);
  if (town) return `${titleCase(town[1]!)} ${town[2]!.toLowerCase()}`;
  return null;
}

/** "HUDIKSVALLS" → "Hudiksvalls", "UPPLANDS-BRO" → "Upplands-Bro"; mixed case is kept. */
function titleCase(word: string): string {
  if (word !== word.toUpperCase()) return word;
  return word.toLowerCase().replace(/(^|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The body the title names: "Kommunala pensionärsrådet (KPR)" → "Kommunala pensionärsrådet",
 * "Tillgänglighetsrådet, Uddevalla kommun" → "Tillgänglighetsrådet", "Äldrenämndens sammanträde"
 * → "Äldrenämnden", "från pensionärsrådets möte" → "Pensionärsrådet". A title that only says
 * when ("från sammanträde") names none; one without a body noun is the body's own name.
 */
export function bodyFromTitle(title: string): string | null {
  let text = cleanName(title);
  const genitive = GENITIVE_MEETING.exec(text);
  if (genitive) return capitalise(genitive[1]!);
  // Any other "…ens/…ets sammanträde": the body's own name in the genitive.
  const own = /^(.*?)(?:ens|ets)\s+(?:sammanträde|möte)$/iu.exec(text);
  if (own) return `${own[1]}${/ens\s/iu.test(text.slice(own[1]!.length)) ? 'en' : 'et'}`;
  if (NOT_A_BODY.test(text)) return null;
  text = text.replace(/\s+(?:Möte|Sammanträde)$/u, '').trim();
  return /^\p{Lu}/u.test(text) && /\p{L}{3}/u.test(text) ? text : null;
}

const DISTRICT_TAIL = new RegExp(`${DISTRICT}$`, 'u');

/** The body a head line names at its start ("Tillgänglighetsrådet Möte 2023-01-17"). */
function bodyPhrase(text: string): string | null {
  const cleaned = cleanName(text);
  const m = BODY_PHRASE.exec(cleaned);
  if (!m) return null;
  const phrase = m[1]!.trim();
  if (!/^\p{Lu}/u.test(phrase) || NOT_A_BODY.test(phrase)) return null;
  // A whole line that names a body, or a body's name before the meeting's date.
  return phrase.replace(DISTRICT_TAIL, '').split(/\s+/u).length <= 5 ? phrase : null;
}

/** Drops an abbreviation in parentheses, a municipality after a comma, and trailing punctuation. */
function cleanName(text: string): string {
  let out = text.includes('(') ? text.replace(/\s*\([^)]*\)/gu, ' ') : text;
  const comma = out.lastIndexOf(',');
  if (comma >= 0 && MUNICIPALITY_SUFFIX.test(out.slice(comma))) out = out.slice(0, comma);
  out = out.replace(/\s+/gu, ' ').trim();
  while (out.length > 0 && ',.:;–-'.includes(out.charAt(out.length - 1))) out = out.slice(0, -1).trimEnd();
  return out;
}

/** ", Uddevalla kommun", ", Region Kalmar län" after a body's name. */
const MUNICIPALITY_SUFFIX = /^,\s*(?:[\p{Lu}][\p{L}-]+\s+(?:kommun|stad)|Region\s+[\p{Lu}][\p{L}-]+(?:\s+län)?)\s*$/u;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ".../kommunala-pensionarsradet/2020-12-07.txt" → "Kommunala pensionarsradet", when the folder names a body. */
function bodyFromPath(path: string): string | null {
  const parts = path.split(/[\\/]/u).filter(Boolean);
  const folder = parts.at(-2);
  if (!folder) return null;
  const words = folder.replace(/[-_]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  // A word must end in the body's kind ("pensionarsradet"), so that "radslag-uploads" is no council.
  if (!words.split(' ').some((w) => FOLDER_BODY_WORD.test(w))) return null;
  return capitalise(words);
}

const FOLDER_BODY_WORD = /(?:r[aå]d(?:et)?|n[aä]mnd(?:en)?|styrelsen?|utskott(?:et)?|beredning(?:en)?|fullm[aä]ktige)$/iu;
