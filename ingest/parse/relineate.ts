/**
 * Restores the line breaks of text that lost them: docplayer's and 5dok's "Transkript" views and
 * some PDF tools give a whole page as one long line, so labels (`Plats och tid`, `Beslutande`),
 * `§ 7` headings and numbered items stand in the middle of lines where no anchored rule finds
 * them. Breaks go back before the structural markers such text keeps, and between sentences, so
 * that the rest of the parser reads it as it reads any printed page.
 */

export interface Relineated {
  text: string;
  /** True when some line had lost its breaks and they were put back. */
  restored: boolean;
  /** For each line of `text` (0-based), the 1-based line of the input it came from; empty when nothing was restored. */
  sourceLines: number[];
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
  'Instans(?=\\s*:|\\s+\\p{Lu})',
  'Plats(?=\\s*:|\\s+\\p{Lu})',
  'Tid(?=\\s*:|\\s+(?:\\d|kl))',
  'Datum(?=\\s*:|\\s+\\d)',
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
];
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
    `(?<page>${W}(?:${PAGE_MARK})${E})`,
    `(?<section>${W}${SECTION})`,
    // Not the minutes of a clock time ("kl 10.00. Vid …") or a part of a date.
    `(?<numbered>(?<![\\p{L}\\p{N}.:,/-])(?:${NUMBERED}))`,
    `(?<dnr>${W}${DNR}${E})`,
    `(?<bullet>[•●▪■])`,
    `(?<leader>${LEADER})`,
    `(?<kind>${W}(?:${alternation(KIND_WORDS)})${E})`,
    `(?<head>${W}(?:${alternation(HEAD_LABELS)})${E})`,
    `(?<guarded>${W}(?:${alternation(GUARDED_LABELS)}))`,
    `(?<item>${W}(?:${alternation(ITEM_LABELS)})(?=\\s+\\p{Lu}|\\s*$))`,
  ].join('|'),
  'gu',
);
const CHROME_RE = new RegExp(`(?<chrome>${W}(?:${alternation(CHROME)})${E})`, 'gu');
const MARKER_COUNT = new RegExp(
  `${W}(?:${SECTION}|${alternation(HEAD_LABELS)}|${alternation(GUARDED_LABELS)}|${alternation(KIND_WORDS)}|${NUMBERED}|${PAGE_MARK})|[•●]`,
  'gu',
);

type CutKind = 'page' | 'section' | 'numbered' | 'dnr' | 'bullet' | 'leader' | 'kind' | 'head' | 'guarded' | 'item' | 'chrome';
const LABEL_KINDS: ReadonlySet<CutKind> = new Set(['head', 'guarded', 'item', 'kind']);
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
  const out: string[] = [];
  let no = 0;
  for (const line of lines) {
    // A form feed starts a new source line; keep it at the start of the relineated page.
    const pages = line.split('\f');
    pages.forEach((piece, p) => {
      no++;
      const broken = piece.length >= RELINEATE_FROM ? relineateLine(piece, web, sequence) : [piece];
      broken.forEach((b, k) => {
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
  return { text: joined, restored: true, sourceLines: renumber(joined, sourceLines) };
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

/** The broken lines of one long line, blank lines between blocks. */
export function relineateLine(line: string, web: boolean, sequence: Sequence = { next: 1, section: null, firstSection: null }): string[] {
  const text = dropViewerIndex(line.trim());
  const cuts = findCuts(text, web, sequence);
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
    }
    for (const paragraph of paragraphs(rest)) emit(paragraph);
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
      case 'chrome':
        flushHeading('');
        emit(marker);
        prose(after);
        break;
      case 'bullet':
        flushHeading('');
        emit(`${marker} ${after.trim()}`);
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

/** "2 FALU KOMMUN … 2 (5)": the viewer's page index in front of the page's own marker. */
function dropViewerIndex(text: string): string {
  const m = /^(\d{1,3})\s+(?=\S)/u.exec(text);
  if (!m) return text;
  const marker = new RegExp(`${W}${m[1]}\\s?\\(\\d{1,3}\\)`, 'u').exec(text.slice(m[0].length, m[0].length + 160));
  return marker ? text.slice(m[0].length) : text;
}

function findCuts(text: string, web: boolean, sequence: Sequence): Cut[] {
  const cuts: Cut[] = [];
  STRUCTURE.lastIndex = 0;
  for (let m = STRUCTURE.exec(text); m; m = STRUCTURE.exec(text)) {
    const kind = (Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ?? 'head') as CutKind;
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
  const afterBullet = /[•●▪■]$/u.test(before);
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

const ABBREVIATION_END =
  /(?:^|\s)(?:kl|ca|nr|t\.ex|bl\.a|resp|jfr|dvs|s\.k|m\.m|p\.g\.a|enl|tel|inkl|exkl|st|forts|fr\.o\.m|t\.o\.m|o\.s\.v|obs|f\.d|d\.v\.s)\.$/iu;

/** Splits running text into sentences and groups them into paragraphs. */
function paragraphs(text: string): string[] {
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
  for (const s of sentences) {
    if (!s) continue;
    current = current ? `${current} ${s}` : s;
    if (current.length >= PARAGRAPH_CHARS) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}
