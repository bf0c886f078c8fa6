/**
 * Restores the line breaks of text that lost them: docplayer's and 5dok's "Transkript" views and
 * some PDF tools give a whole page as one long line, so labels (`Plats och tid`, `Beslutande`),
 * `§ 7` headings and numbered items stand in the middle of lines where no anchored rule finds
 * them. Breaks go back before the structural markers such text keeps, and between sentences, so
 * that the rest of the parser reads it as it reads any printed page.
 */

import { dropViewerIndex, pageEdges, splitEdges } from './page-edges.js';
import { leadingNames, ListedNames, runInStarts } from './run-in-names.js';
import { BREADCRUMB_LABELS } from './web-page.js';

export interface Relineated {
  text: string;
  /** True when some line had lost its breaks and they were put back. */
  restored: boolean;
  /** For each line of `text` (0-based), the 1-based line of the input it came from; empty when nothing was restored. */
  sourceLines: number[];
  /** When restored: a running head and foot that every flattened page repeated, and the lines of `text` (0-based) that hold them. */
  running?: { texts: string[]; lines: number[] };
}

/** Only lines this long are candidates; a printed line is rarely longer than 120 characters. */
const LONG_LINE = 400;
/** In a document with lost breaks, shorter lines (the last page's tail) are broken too. */
const RELINEATE_FROM = 100;
/** Sentences are grouped into paragraphs of about this many characters. */
const PARAGRAPH_CHARS = 320;

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Labels of a protokoll's first page and of the ANSLAG/BEVIS block, longest first. */
const HEAD_LABELS = [
  'Justeringens plats och tid',
  'Plats och tid för justering',
  'Tid och plats för justering',
  'Datum för anslags uppsättande',
  'Datum för anslags nedtagande',
  'Datum för anslags',
  'Förvaringsplats för protokollet',
  'Närvaro- och omröstningslista',
  'Ej tjänstgörande ersättare',
  'Inte tjänstgörande ersättare',
  'Tjänstgörande ersättare',
  'Ej tjänstgörande',
  'Inte tjänstgörande',
  'Närvarande ersättare',
  'Beslutande ledamöter',
  'Övriga deltagande',
  'Övriga närvarande',
  'Övriga deltagare',
  'Utses att justera',
  'Anslaget sätts upp',
  'Anslaget tas ned',
  'Vid anteckningarna',
  'Vid protokollet',
  'Vid pennan',
  'Antecknat av',
  'Justerat av',
  'Anmält förhinder',
  'Närvaroförteckning',
  'Närvarolista',
  'Sammanträdesdatum',
  'Plats och tid',
  'Tid och plats',
  'Dag och tid',
  'Datum och tid',
  'Förvaringsplats',
  'Utdragsbestyrkande',
  'Justerandes sign(?:atur)?',
  'Underskrifter',
  'Tjänstepersoner',
  'ANSLAG\\s*/\\s*BEVIS',
  'Anslag\\s*/\\s*[Bb]evis',
  'Bevis\\s*/\\s*[Aa]nslag',
  'BEVIS OM ANSLAG(?:SDAG)?',
  'Nästa sammanträde',
  'Nästa möte',
  'Justeras',
  'Förhinder',
  'Frånvarande',
];
/** Short labels that are also ordinary words: a label only before a value of their kind. */
const GUARDED_LABELS = [
  'Underskrift(?=\\s*[._:]|\\s+\\p{Lu})',
  'Beslutande(?=\\s*:|\\s+\\p{Lu})',
  'Ersättare(?=\\s*:|\\s+\\p{Lu})',
  'Närvarande(?=\\s*:|\\s+\\p{Lu})',
  'Sekreterare(?=\\s*[._:]{1,}|\\s+\\p{Lu})',
  'Ordförande(?=\\s*[._:]{1,}|\\s+\\p{Lu})',
  'Justerande(?=\\s*[._:]{1,}|\\s+\\p{Lu})',
  'Justerare(?=\\s*[._:]{1,}|\\s+\\p{Lu})',
  'Paragrafer(?=\\s*:|\\s+(?:\\d|§|[A-ZÅÄÖ]{2,5}\\s+§))',
  'Organ(?=\\s*:|\\s+\\p{Lu})',
  'Ledamöter(?=\\s*:|\\s+\\p{Lu})',
  'Deltagare(?=\\s*:|\\s+\\p{Lu})',
  'Instans(?=\\s*:|\\s+\\p{Lu})',
  'Plats(?=\\s*:|\\s+\\p{Lu})',
  'Tid(?=\\s*:|\\s+(?:\\d|kl))',
  'Datum(?=\\s*:|\\s+\\d)',
  'Klockan(?=\\s*:|\\s+\\d)',
  'Bilagor(?=\\s+\\p{Lu}|\\s*$)',
];
/** Labels inside an item: they stand on a line of their own, the text follows on the next. */
const ITEM_LABELS = [
  'Innehållsförteckning',
  'Innehåll',
  'Beslutsunderlag',
  'Ärendebeskrivning',
  'Sammanfattning',
  'Propositionsordning',
  'Förslag till beslut',
  'Yrkanden',
  'Yrkande',
  'Reservationer',
  'Reservation',
  'Expedieras',
  'Bakgrund',
  'Beslut',
];
/** Labels before an item's presenters: the names follow on the label's line. */
const PRESENTER_LABELS = ['Föredragande', 'Föredragare', 'Handläggare', 'Presentatör', 'Presenteras av', 'Dragande'];
/** The heading of the list of items: a line of its own. */
const AGENDA_LABELS = ['Dagordning', 'Föredragningslista', 'Ärendelista', 'Ärenden'];
/** The document kind as a title prints it. */
const KIND_WORDS = [
  'SAMMANTRÄDESPROTOKOLL',
  'PROTOKOLL',
  'MINNESANTECKNINGAR',
  'MÖTESANTECKNINGAR',
  'Sammanträdesprotokoll',
  'Minnesanteckningar',
  'Mötesanteckningar',
];
/** A web page's navigation and buttons, when the page was flattened with its chrome. */
const CHROME = [
  'Hoppa över navigering',
  'Till innehållet',
  'Gå direkt till sidans innehåll',
  'Skriv ut',
  'Dela',
  'Lyssna',
  'Acceptera(?: alla)?',
  'Godkänn alla',
  'Endast nödvändiga',
  'Meny',
  'Logga in',
  'Kontakta oss',
  'Tillgänglighetsredogörelse',
  'Om webbplatsen',
  'Senast uppdaterad',
  'Sidansvarig',
  'Visa deltagare',
  'Dölj deltagare',
  // A breadcrumb names the council: it must keep a line of its own to be read as one.
  ...BREADCRUMB_LABELS.map((label) => `${label}(?=\\s*:)`),
];
const BREADCRUMB_LABEL = new RegExp(`^(?:${BREADCRUMB_LABELS.join('|')})$`, 'u');
const WEB_HINT = /Hoppa över navigering|Till innehållet|Gå direkt till sidans|(?:använder|om)\s+(?:kakor|cookies)/iu;

const alternation = (words: readonly string[]): string => words.join('|');
const PAGE_MARK = '(?:Sida\\s+)?\\d{1,3}\\s?\\(\\d{1,3}\\)|Sida\\s+\\d{1,3}\\s+av\\s+\\d{1,3}';
const SECTION = '(?:(?:Forts\\.?|Fortsättning)\\s+)?(?:[A-ZÅÄÖ]{2,5}\\s+)?§\\s?\\d{1,4}(?![\\d–-])';
const NUMBERED = '(?:Punkt\\s+)?\\d{1,2}[.)](?=\\s+\\p{Lu})|Punkt\\s+\\d{1,2}(?=\\s+\\p{Lu})';
const DNR = 'Dnr\\.?:?\\s+[\\p{Lu}]{1,6}[\\s/-]?\\d{2,4}[/:.-]\\d{1,6}(?:[/:.-]\\d{1,6})?';
// Not the dot leaders of a table of contents, which end in the item's page number.
const LEADER = '[._]{5,}(?![._])(?!\\s*\\d{1,3}(?:\\s|$))';

const STRUCTURE = new RegExp(
  [
    // Not the minutes of a clock time ("kl 10.00. Vid …") or a part of a date.
    `(?<numbered>(?<![\\p{L}\\p{N}.:,/-])(?:${NUMBERED}))`,
    `(?<bullet>[•●▪■])`,
    // A hyphen between spaces before a capital: a list's dash that lost its line ("… öppnande - Ordföranden …").
    `(?<dash>-(?<=\\s-)(?=\\s+["”«]?\\p{Lu}))`,
    `(?<leader>${LEADER})`,
    // The markers that start a word share one test of what stands before them: tried once a position, not once a marker.
    `${W}(?:${[
      `(?<page>(?:${PAGE_MARK})${E})`,
      `(?<section>${SECTION})`,
      `(?<dnr>${DNR}${E})`,
      `(?<kind>(?:${alternation(KIND_WORDS)})${E})`,
      `(?<presenter>(?:${alternation(PRESENTER_LABELS)})\\s*:)`,
      `(?<agenda>(?:${alternation(AGENDA_LABELS)})(?=\\s*(?:$|[•●▪■§\\d]|\\p{Lu})))`,
      `(?<head>(?:${alternation(HEAD_LABELS)})${E})`,
      `(?<guarded>(?:${alternation(GUARDED_LABELS)}))`,
      `(?<item>(?:${alternation(ITEM_LABELS)})(?=\\s+\\p{Lu}|\\s*$))`,
    ].join('|')})`,
  ].join('|'),
  'gu',
);
const CHROME_RE = new RegExp(`(?<chrome>${W}(?:${alternation(CHROME)})${E})`, 'gu');
const MARKER_COUNT = new RegExp(
  `${W}(?:${SECTION}|${alternation(HEAD_LABELS)}|${alternation(GUARDED_LABELS)}|${alternation(KIND_WORDS)}|${NUMBERED}|${PAGE_MARK})|[•●]`,
  'gu',
);

type CutKind =
  | 'page'
  | 'section'
  | 'numbered'
  | 'dnr'
  | 'bullet'
  | 'dash'
  | 'leader'
  | 'kind'
  | 'presenter'
  | 'agenda'
  | 'head'
  | 'guarded'
  | 'item'
  | 'chrome';
const CUT_KINDS: readonly CutKind[] = [
  'numbered',
  'bullet',
  'dash',
  'leader',
  'page',
  'section',
  'dnr',
  'kind',
  'presenter',
  'agenda',
  'head',
  'guarded',
  'item',
];
const LABEL_KINDS: ReadonlySet<CutKind> = new Set(['head', 'guarded', 'item', 'kind', 'presenter', 'agenda']);
const HEADING_KINDS: ReadonlySet<CutKind> = new Set(['section', 'numbered']);

interface Cut {
  kind: CutKind;
  at: number;
  end: number;
}

/** Relineates a document: pages stay apart (`\f`), and only lines that lost their breaks change. */
export function relineate(text: string): Relineated {
  if (!hasFlattenedLine(text)) return { text, restored: false, sourceLines: [] };
  const sourceLines: number[] = [];
  const lines = text.split('\n');
  const web = WEB_HINT.test(text.slice(0, 2000));
  const range = PARAGRAPH_RANGE.exec(text);
  const sequence: Sequence = { next: 1, section: range ? Number(range[1]) : null, firstSection: range ? Number(range[1]) : null };
  const edges = pageEdges(text);
  const names = new ListedNames(text);
  const runningLines: number[] = [];
  const out: string[] = [];
  let no = 0;
  let page = 0;
  let brokenBefore = false;
  for (const line of lines) {
    // A form feed starts a new source line; keep it at the start of the relineated page.
    const pages = line.split('\f');
    pages.forEach((piece, p) => {
      no++;
      if (p > 0 || no === 1) page++;
      // A page that came as one line ends in the middle of its last block: a blank line closes it, as print does.
      if (p > 0 && brokenBefore) {
        out.push('');
        sourceLines.push(no - 1);
      }
      brokenBefore = piece.length >= RELINEATE_FROM;
      const { head, body, foot } = brokenBefore ? splitEdges(piece, edges, page) : { head: null, body: piece, foot: null };
      const broken = [
        ...(head === null ? [] : [head, '']),
        ...(brokenBefore ? relineateLine(body, { web, sequence, page, names }) : [piece]),
        ...(foot === null ? [] : ['', foot]),
      ];
      broken.forEach((b, k) => {
        if ((k === 0 && head !== null) || (k === broken.length - 1 && foot !== null)) runningLines.push(out.length);
        out.push(p > 0 && k === 0 ? `\f${b}` : b);
        sourceLines.push(no);
      });
      if (p > 0 && broken.length === 0) {
        out.push('\f');
        sourceLines.push(no);
      }
    });
  }
  // Lines joined by form feeds were counted apart above; the text joins them back with "\n".
  const joined = out.join('\n').replace(/\n\f/g, '\f');
  const texts = [edges.head, edges.foot].filter((t): t is string => t !== null);
  return { text: joined, restored: true, sourceLines: renumber(joined, sourceLines), running: { texts, lines: runningLines } };
}

/** Whether some line is flattened; short lines are passed over without being cut out. */
function hasFlattenedLine(text: string): boolean {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start >= LONG_LINE && text.slice(start, stop).split('\f').some(isFlattened)) return true;
    start = stop + 1;
  }
  return false;
}

/** A line that holds a page's worth of text with several structural markers inside it. */
function isFlattened(line: string): boolean {
  if (line.length < LONG_LINE) return false;
  let count = 0;
  // A page is a few thousand characters: its start tells.
  const head = line.length > 20_000 ? line.slice(0, 20_000) : line;
  MARKER_COUNT.lastIndex = 0;
  for (let m = MARKER_COUNT.exec(head); m; m = MARKER_COUNT.exec(head)) {
    if (m.index > 0 && ++count >= 3) return true;
  }
  return false;
}

/** The source line of every line of `text` when each of its lines ("\n" or "\f") is one source line, in order. */
function renumber(text: string, mapped: readonly number[]): number[] {
  const count = text.split(/\n|\f/).length;
  if (mapped.length === count) return [...mapped];
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(mapped[i] ?? mapped.at(-1) ?? i + 1);
  return out;
}

/** The number the next numbered item would carry: an item in sequence starts a line wherever it stands. */
interface Sequence {
  next: number;
  /** The next paragraph number, and the first, when the protokoll states its range ("Paragrafer 42–49"). */
  section: number | null;
  firstSection: number | null;
}

const PARAGRAPH_RANGE = /Paragrafer\s*:?\s*(?:[A-ZÅÄÖ]{2,5}\s+)?(?:§§?\s*)?(\d{1,4})\s*[-–]\s*\d{1,4}/u;

/** What breaking one line needs of the document around it. */
interface LineContext {
  web: boolean;
  sequence: Sequence;
  page: number;
  /** The names the whole text gives more than once: the people it lists. */
  names: ListedNames;
}

/** The broken lines of one long line, blank lines between blocks. */
function relineateLine(line: string, ctx: LineContext): string[] {
  const text = dropViewerIndex(line.trim(), ctx.page);
  const cuts = findCuts(text, ctx.web, ctx.sequence);
  const blocks: string[] = [];
  const emit = (s: string): void => {
    const t = s.trim();
    if (t) blocks.push(t);
  };
  let pendingHeading: string | null = null;
  let pendingDnr: string | null = null;
  const flushHeading = (title: string): void => {
    if (pendingHeading === null) return;
    emit(title ? `${pendingHeading} ${title}` : pendingHeading);
    if (pendingDnr) emit(pendingDnr);
    pendingHeading = null;
    pendingDnr = null;
  };
  const prose = (s: string): void => {
    let rest = s.trim();
    if (!rest) return;
    if (pendingHeading !== null) {
      const cut = titleEnd(rest);
      flushHeading(rest.slice(0, cut).trim());
      rest = rest.slice(cut).trim();
      // The presenter's name on the line under the heading.
      const names = leadingNames(rest, ctx.names);
      if (names > 0) {
        emit(rest.slice(0, names));
        rest = rest.slice(names).trim();
      }
    }
    for (const paragraph of paragraphs(rest, ctx.names)) emit(paragraph);
  };
  if (cuts.length === 0 || cuts[0]!.at > 0) prose(text.slice(0, cuts[0]?.at ?? text.length));
  for (let k = 0; k < cuts.length; k++) {
    const cut = cuts[k]!;
    const next = cuts[k + 1]?.at ?? text.length;
    const marker = text.slice(cut.at, cut.end).trim();
    const after = text.slice(cut.end, next);
    switch (cut.kind) {
      case 'section':
      case 'numbered':
        if (pendingHeading !== null) flushHeading('');
        if (/^(?:Forts|Fortsättning)/u.test(marker)) {
          emit(marker);
          prose(after);
          break;
        }
        pendingHeading = marker;
        prose(after);
        break;
      case 'dnr':
        if (pendingHeading !== null && pendingDnr === null) {
          pendingDnr = marker;
          prose(after);
        } else {
          emit(marker);
          prose(after);
        }
        break;
      case 'leader':
        // "Sekreterare ………": the dotted line belongs to its label; the name follows on the next line.
        flushHeading('');
        if (blocks.length > 0) blocks[blocks.length - 1] = `${blocks.at(-1)!} ${marker}`;
        else emit(marker);
        prose(after);
        break;
      case 'page':
        flushHeading('');
        emit(marker);
        prose(after);
        break;
      case 'item':
        flushHeading('');
        emit(marker);
        prose(after);
        break;
      case 'chrome':
        flushHeading('');
        // A breadcrumb's steps are one line with their label, up to the next piece of chrome.
        if (BREADCRUMB_LABEL.test(marker)) emit(`${marker}${after.trimEnd()}`);
        else {
          emit(marker);
          prose(after);
        }
        break;
      case 'bullet':
      case 'dash': {
        // The item holds its first paragraph; a heading run into it ends it.
        flushHeading('');
        const [first = '', ...rest] = paragraphs(after.trim(), ctx.names);
        emit(`${marker} ${first}`);
        for (const paragraph of rest) emit(paragraph);
        break;
      }
      case 'presenter': {
        // "Föredragande: Gunnar Nilsson Omställningsplan …": the names stay on the label's line.
        flushHeading('');
        const rest = after.trim();
        const names = leadingNames(rest, ctx.names) || twoWords(rest);
        emit(`${marker} ${rest.slice(0, names)}`);
        prose(rest.slice(names));
        break;
      }
      case 'agenda':
        flushHeading('');
        emit(marker);
        prose(after);
        break;
      default:
        // Labels and the kind line keep their value on their line.
        flushHeading('');
        if (/^(?:ANSLAG|Anslag|Bevis|BEVIS)/u.test(marker)) {
          emit(marker);
          prose(after);
        } else emit(`${marker}${after.replace(/\s+$/u, '')}`);
    }
  }
  flushHeading('');
  const out: string[] = [];
  for (const b of blocks) out.push(b, '');
  return out.length > 0 ? out.slice(0, -1) : [];
}

function findCuts(text: string, web: boolean, sequence: Sequence): Cut[] {
  const cuts: Cut[] = [];
  STRUCTURE.lastIndex = 0;
  for (let m = STRUCTURE.exec(text); m; m = STRUCTURE.exec(text)) {
    const groups = m.groups ?? {};
    const kind = CUT_KINDS.find((k) => groups[k] !== undefined) ?? 'head';
    const at = m.index;
    if (m[0].length === 0) {
      STRUCTURE.lastIndex++;
      continue;
    }
    // Right after a heading's number, a label word is the item's title ("8. Nästa möte …").
    const previous = cuts.at(-1);
    const titleWord =
      LABEL_KINDS.has(kind) &&
      previous !== undefined &&
      HEADING_KINDS.has(previous.kind) &&
      !/^(?:Forts|Fortsättning)/u.test(text.slice(previous.at, previous.end)) &&
      text.slice(previous.end, at).trim() === '';
    if (!titleWord && accepts(kind, text, at, m[0], sequence)) cuts.push({ kind, at, end: at + m[0].length });
  }
  if (web) {
    CHROME_RE.lastIndex = 0;
    for (let m = CHROME_RE.exec(text); m; m = CHROME_RE.exec(text)) cuts.push({ kind: 'chrome', at: m.index, end: m.index + m[0].length });
  }
  cuts.sort((a, b) => a.at - b.at || b.end - a.end);
  // A cut inside another (a label word inside a chrome phrase) is dropped.
  const kept: Cut[] = [];
  for (const c of cuts) if (kept.length === 0 || c.at >= kept.at(-1)!.end) kept.push(c);
  return kept;
}

/** Whether a marker found at `at` starts a new line here, by what stands before it. */
function accepts(kind: CutKind, text: string, at: number, match: string, sequence: Sequence): boolean {
  const before = text.slice(Math.max(0, at - 40), at).trimEnd();
  const afterBullet = /(?:[•●▪■]|\s-)$/u.test(before);
  switch (kind) {
    case 'section': {
      // A heading, not a reference ("anmäls under § 29", "4 kap. 1 § SoL", "controller § 41"):
      // it follows the start, a finished sentence, a date or number ending a running head, or a bullet.
      if (/^(?:Forts|Fortsättning)/u.test(match)) return true;
      if (afterBullet) return false;
      if (!/^\s*(?:Dnr|\p{Lu}|$)/u.test(text.slice(at + match.length, at + match.length + 6))) return false;
      const value = Number(/(\d+)$/u.exec(match)![1]);
      // The next paragraph of the stated range is a heading wherever it stands (a running head may end in a word).
      const inSequence = value === sequence.section || value === sequence.firstSection;
      if (!(before === '' || /[.!?:)]$/u.test(before) || /\d$/u.test(before) || inSequence)) return false;
      if (sequence.section !== null) sequence.section = value + 1;
      return true;
    }
    case 'numbered': {
      // Where a sentence starts, or anywhere when it is the next number in sequence ("… PRO Delsbo 1) Inledning").
      const value = Number(/\d+/u.exec(match)![0]);
      const ok = before === '' || /[.!?)]$/u.test(before) || afterBullet || value === sequence.next;
      if (ok) sequence.next = value + 1;
      return ok;
    }
    case 'head':
    case 'guarded':
    case 'item':
    case 'kind':
    case 'agenda':
      // Right after a bullet, a label word is the bullet's text (after a heading's number, see findCuts).
      return !afterBullet;
    default:
      return true;
  }
}

const FUNCTION_WORDS = new Set([
  'och',
  'i',
  'för',
  'av',
  'om',
  'med',
  'till',
  'vid',
  'på',
  'samt',
  'inom',
  'från',
  'mot',
  'hos',
  'under',
  'efter',
  'inför',
  'kring',
  'angående',
  'ang.',
  'gällande',
  '–',
  '-',
  '—',
  '&',
]);
const PARTICLES = new Set(['von', 'af', 'de', 'van', 'der', 'den', 'la', 'du']);

/**
 * Where an item's title ends when its text runs on in the same line: before the first capitalised
 * word that follows a word of the title ("Mötets öppnande | Ordföranden öppnar …"), unless a
 * preposition or conjunction leads to it ("Hemtjänst i egen regi och LOV", "… boende i Skultuna")
 * or the title ends in a colon; at a sentence's end at the latest.
 */
export function titleEnd(text: string): number {
  const tokens = [...text.slice(0, 400).matchAll(/\S+/gu)];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]![0];
    const previous = tokens[i - 1]![0];
    // Dot leaders of a table of contents are no sentence's end: the page number after them stays.
    if (/[.!?]$/u.test(previous) && !/^(?:kl|ca|nr|t\.ex|bl\.a|resp|jfr|dvs)\.$/iu.test(previous) && !/^[.…]{4,}$/u.test(previous))
      return tokens[i]!.index;
    // "Övriga frågor a) Tandvård …": a lettered sub-item starts the item's text.
    if (i > 16 || /^[a-zåäö]\)$/u.test(token)) return tokens[i]!.index;
    if (!/^["”«(]?\p{Lu}/u.test(token)) continue;
    if (FUNCTION_WORDS.has(previous.toLowerCase()) || /:$/u.test(previous) || PARTICLES.has(previous)) continue;
    return tokens[i]!.index;
  }
  return text.length;
}

/** Where a name of two words at the start of `text` ends, when the document gives it nowhere else; else 0. */
function twoWords(text: string): number {
  const m = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/u.exec(text);
  return m ? m[0].length : 0;
}

const ABBREVIATION_END =
  /(?:^|\s)(?:kl|ca|nr|t\.ex|bl\.a|resp|jfr|dvs|s\.k|m\.m|p\.g\.a|enl|tel|inkl|exkl|st|forts|fr\.o\.m|t\.o\.m|o\.s\.v|obs|f\.d|d\.v\.s)\.$/iu;

/**
 * Splits running text into sentences and groups them into paragraphs. A heading that ran into the
 * sentence after it stands as a paragraph of its own, and the sentence starts the next.
 */
function paragraphs(text: string, names: ListedNames): string[] {
  const sentences: string[] = [];
  let start = 0;
  const END = /[.!?]["”»)]?\s+(?=["”«]?[\p{Lu}])/gu;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const candidate = text.slice(start, m.index + m[0].trimEnd().length);
    if (ABBREVIATION_END.test(candidate.slice(-12))) continue;
    sentences.push(candidate.trim());
    start = m.index + m[0].length;
  }
  if (start < text.length) sentences.push(text.slice(start).trim());
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (!sentence) continue;
    let s = sentence;
    const starts = runInStarts(sentence, names);
    if (starts.length > 0) {
      if (current) out.push(current);
      current = '';
      let from = 0;
      for (const at of starts) {
        const heading = sentence.slice(from, at).trim();
        if (heading) out.push(heading);
        from = at;
      }
      s = sentence.slice(from);
    }
    current = current ? `${current} ${s}` : s;
    if (current.length >= PARAGRAPH_CHARS) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}
