import { findDates, isoOf, type DateMention } from '../../language/dates.js';
import { MEETING_NOUNS } from '../../language/meeting-words.js';
import type { Line } from './lines.js';

/**
 * What a date in minutes is the date of, told by the words written before it: the meeting's own,
 * the justering, the posting of the protokoll (anslag), the previous or the next meeting, a web
 * page's update stamp, or anything else in the text (deadlines, events, documents).
 */
export type DateRole = 'meeting' | 'adjustment' | 'posting' | 'previous' | 'next' | 'updated' | 'text';

/** What the date roles need of a line: its text, number and page. */
export type DatedLine = Pick<Line, 'text' | 'no' | 'page'>;

export interface RoledDate {
  mention: DateMention;
  role: DateRole;
  /** How strongly the cue marks the meeting's own date: 5 a `Sammanträdesdatum` field … 1 a bare date in the head; 0 other roles. */
  weight: number;
  /** The words that decided the role, for warnings ("Sammanträdesdatum", "running head"). */
  cue: string | null;
  /** 1-based line number of the date. */
  line: number;
}

interface Cue {
  role: DateRole | 'diary';
  re: RegExp;
  /** Most characters between the end of the cue and the date. */
  reach: number;
  weight?: number;
  /** A list after the cue ("Kommande möten: 15 november, 13 december") keeps its role past earlier dates. */
  acrossDates?: boolean;
}

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const cue = (role: Cue['role'], source: string, reach: number, more: Partial<Cue> = {}, flags = 'giu'): Cue => ({
  role,
  re: new RegExp(`${W}(?:${source})${E}`, flags),
  reach,
  ...more,
});

/**
 * The cue words, by role. The cue nearest before a date decides; at equal distance the longer cue
 * (`Justeringens plats och tid` over `plats och tid`, `Datum för anslags` over `Datum`).
 */
const CUES: readonly Cue[] = [
  cue('meeting', 'sammanträdesdatum|mötesdatum|sammanträdesdag|mötesdag|datum\\s+för\\s+(?:sammanträdet|mötet)', 40, { weight: 5 }),
  cue(
    'meeting',
    'plats\\s+och\\s+tid|tid\\s+och\\s+plats|dag\\s+och\\s+tid|datum\\s+och\\s+tid|tid\\s+och\\s+datum|datum,?\\s+tid\\s+och\\s+plats|dag,?\\s+tid\\s+och\\s+plats',
    100,
    { weight: 4 },
  ),
  // A bare label: at the start of a line ("Datum Torsdagen den 10 april 2025", "Datum" / "2022-09-30") or with a colon.
  { role: 'meeting', re: /(?:^[ \t]*(?:datum|tid|dag)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:datum|tid|dag)\s*:)/gimu, reach: 12, weight: 4 },
  // "Möte 2023-01-17", "Sammanträde 2007-08-21", a breadcrumb's last step: capitalised, right before the date.
  cue('meeting', 'Möte|Sammanträde|MÖTE|SAMMANTRÄDE', 3, { weight: 3 }, 'gu'),
  cue(
    'adjustment',
    'justering(?:en|ens|sdag|sdatum)?(?:\\s+(?:plats|tid|dag|datum)(?:\\s*(?:och|\\/|,)\\s*(?:plats|tid|datum))?)?|justera[ds]?|justerat|justeras|justerades|plats\\s+och\\s+tid\\s+för\\s+justering|tid\\s+och\\s+plats\\s+för\\s+justering',
    100,
  ),
  // A label split over two lines with the value beside its first half: "Justeringens   Kommunhuset" / "plats och tid   13 december 2019".
  {
    role: 'adjustment',
    re: /^[ \t]*justeringens(?![\p{L}\p{N}])[^\n]*\n[ \t]*(?:plats\s+och\s+tid|plats|tid|datum)(?![\p{L}\p{N}])/gimu,
    reach: 100,
  },
  cue(
    'posting',
    'anslag(?:et|s|sdag|stavlan)?|datum\\s+för\\s+anslags?(?:\\s+(?:uppsättande|nedtagande))?|(?:sätts|satts|sattes)\\s+upp|(?:tas|togs)\\s+(?:ned|ner)|uppsättande|nedtagande|uppsatt|nedtaget|publiceras|publicerades|publicering',
    60,
  ),
  cue(
    'previous',
    'föregående|förra|senaste\\s+(?:mötet|sammanträdet)|tidigare\\s+(?:möte|sammanträde)|(?:protokollet|protokollen|anteckningarna|minnesanteckningarna|mötesanteckningarna|mötesprotokollet)(?:\\s+från(?:\\s+(?:mötet|sammanträdet))?(?:\\s+den)?)?',
    60,
  ),
  cue('previous', '(?:mötet|sammanträdet)(?:\\s+den)?', 6),
  cue(
    'next',
    `nästa\\s+(?:${[...MEETING_NOUNS, 'mötestillfälle', 'sammanträdesdag'].join('|')})|nästkommande(?:\\s+(?:möte|sammanträde))?|kommande\\s+(?:möte|möten|sammanträde|sammanträden)|mötestider|sammanträdestider|mötesplan`,
    60,
    {
      acrossDates: true,
    },
  ),
  cue(
    'updated',
    'senast\\s+(?:uppdaterad|ändrad|granskad|publicerad)|sidan\\s+(?:granskad|uppdaterad)|uppdaterad|publicerad|publicerat|utskriven|utskriftsdatum',
    20,
  ),
  // Deadlines, dates something takes effect, documents: dates of the text, whatever label stands further back.
  cue(
    'text',
    'senast|från\\s+och\\s+med|fr\\.?\\s*o\\.?\\s*m\\.?|till\\s+och\\s+med|t\\.?\\s*o\\.?\\s*m\\.?|från\\s+den|fram\\s+till|före|efter|sedan|inför|tjänsteskrivelse|skrivelse|beslutsunderlag|bilaga|inkom\\p{L}*|daterad|beslutades|beslutade',
    20,
  ),
  // "Dnr KS 2019-12-03": a diary number, whatever it looks like.
  cue('diary', '(?:dnr|d\\.nr|diarienr|diarienummer|ärendenr|ärendenummer)\\.?\\s*:?(?:\\s*[\\p{Lu}]{1,6})?[\\s/-]*', 0),
];

/**
 * A title: the document kind, then a few words before the date ("Protokoll från sammanträde
 * 2022-09-13", "Mötesanteckningar – Pensionärsrådet Tisdag, 10 juni, 2025" on a page run into one line).
 */
const TITLE =
  /(?<![\p{L}\p{N}])(?:(?:sammanträdes|mötes|minnes)?protokoll|justerat\s+protokoll|(?:minnes|mötes)?anteckningar)(?![\p{L}\p{N}])[^\n\uE000.!?]{0,60}$/iu;
/** A line that names the council, then the date ("Kommunala pensionärsrådet 10 april 2014", "Äldrenämnden 2024-03-20"). */
const COUNCIL =
  /^\s*(?:[\p{L}-]+\s+){0,4}[\p{L}-]*(?:råd|rådet|nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|beredning|beredningen)(?:\s*\([^)]*\))?\s*[,:–-]?\s*$/iu;
/** Sentence end between a cue and a date: the cue belongs to the sentence before. */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;
/** Stands for another date inside a cue's context, so a cue does not reach past it. */
const OTHER_DATE = '\uE000';

/** The head of the document: its first lines, where the title, the fields and the letterhead stand. */
const HEAD_LINES = 12;
const HEAD_CHARS = 800;
const CONTEXT_CHARS = 240;
/** A running head's date appears on this many short lines; each counts once, up to the cap. */
const RUNNING_HEAD_MIN = 2;
const RUNNING_HEAD_CAP = 3;

interface Found {
  mention: DateMention;
  lineIndex: number;
  /** Position of the mention among its line's dates. */
  nth: number;
  /** Characters of text before the date in the whole document. */
  offset: number;
  /** Non-blank lines before the date's line. */
  ordinal: number;
}

/** Every date in the lines, each with its role. Diary numbers that look like dates are left out. */
export function classifyDates(lines: readonly DatedLine[]): RoledDate[] {
  const perLine = lines.map((l) => (l.text && /\d/.test(l.text) ? findDates(l.text) : []));
  const found: Found[] = [];
  let offset = 0;
  let ordinal = 0;
  lines.forEach((line, i) => {
    perLine[i]!.forEach((mention, nth) => found.push({ mention, lineIndex: i, nth, offset: offset + mention.index, ordinal }));
    offset += line.text.length;
    if (line.text) ordinal++;
  });

  const roled: Array<RoledDate & { shortLine: boolean }> = [];
  for (const f of found) {
    const ctx = context(lines, perLine, f);
    const decided = nearestCue(ctx.text);
    if (decided?.role === 'diary') continue;
    const line = lines[f.lineIndex]!;
    const inHead = f.ordinal < HEAD_LINES && f.offset < HEAD_CHARS;
    const head = inHead
      ? headCue(window(line.text, perLine[f.lineIndex]!, f.nth, f.mention.index, HEAD_CHARS).text, ctx.previousLine)
      : null;
    let role: DateRole = 'text';
    let weight = 0;
    let cueText: string | null = null;
    // A title at the start of its line outweighs "mötet den" ("Minnesanteckningar från mötet den 12 mars 2024").
    if (decided && !(decided.role === 'previous' && head?.titleAtStart)) {
      role = decided.role;
      weight = decided.weight ?? 0;
      cueText = decided.text;
    } else if (head) {
      role = 'meeting';
      weight = head.weight;
      cueText = head.cue;
    }
    roled.push({ mention: f.mention, role, weight, cue: cueText, line: line.no, shortLine: isHeadLike(line.text, f.mention) });
  }
  countRunningHeads(roled);
  return roled.map(({ shortLine: _, ...r }) => r);
}

/**
 * The text of a line before `upTo`, at most `size` characters of it, with the line's dates that
 * end there (the first `count` of `dates`) blanked. Only the window is copied: a page run into one
 * long line holds thousands of dates.
 */
function window(text: string, dates: readonly DateMention[], count: number, upTo: number, size: number): { text: string; cut: boolean } {
  const from = Math.max(0, upTo - size);
  let first = count;
  while (first > 0 && dates[first - 1]!.end > from) first--;
  const parts: string[] = [];
  let at = from;
  for (let k = first; k < count; k++) {
    const d = dates[k]!;
    const start = Math.max(d.index, from);
    parts.push(text.slice(at, start), OTHER_DATE.repeat(d.end - start));
    at = d.end;
  }
  parts.push(text.slice(at, upTo));
  return { text: parts.join(''), cut: from > 0 };
}

/**
 * The text a date's cue can stand in: the line up to the date and the lines just above it on the
 * same page, up to a blank line. Other dates are blanked, so a cue's reach stops at them.
 */
function context(lines: readonly DatedLine[], perLine: readonly DateMention[][], f: Found): { text: string; previousLine: string | null } {
  const line = lines[f.lineIndex]!;
  const own = window(line.text, perLine[f.lineIndex]!, f.nth, f.mention.index, CONTEXT_CHARS);
  const parts = [own.text];
  let length = own.text.length;
  let cut = own.cut;
  let previousLine: string | null = null;
  for (let j = f.lineIndex - 1; j >= 0 && !cut && length < CONTEXT_CHARS && f.lineIndex - j <= 2; j--) {
    const above = lines[j]!;
    if (!above.text || above.page !== line.page) break;
    const piece = window(above.text, perLine[j]!, perLine[j]!.length, above.text.length, CONTEXT_CHARS);
    previousLine ??= piece.text;
    parts.unshift(piece.text);
    length += piece.text.length + 1;
    cut = piece.cut;
  }
  const joined = parts.join('\n');
  // A context cut mid-line starts with a marker, which keeps `^` from matching at the cut.
  const text = cut || joined.length > CONTEXT_CHARS ? `\u2026${joined.slice(-CONTEXT_CHARS)}` : joined;
  return { text, previousLine };
}

function nearestCue(ctx: string): { role: Cue['role']; weight?: number; text: string } | null {
  let best: { cue: Cue; start: number; end: number; text: string } | null = null;
  for (const c of CUES) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(ctx); m; m = c.re.exec(ctx)) {
      const end = m.index + m[0].length;
      if (m[0].length === 0) {
        c.re.lastIndex++;
        continue;
      }
      const gap = ctx.slice(end);
      if (gap.length > c.reach || SENTENCE_BREAK.test(gap) || (!c.acrossDates && gap.includes(OTHER_DATE))) continue;
      if (!best || end > best.end || (end === best.end && m.index < best.start))
        best = { cue: c, start: m.index, end, text: cueText(m[0]) };
    }
  }
  return best && { role: best.cue.role, ...(best.cue.weight !== undefined ? { weight: best.cue.weight } : {}), text: best.text };
}

/** A cue as a warning quotes it: one line, and the label alone when a split label holds a value between its halves. */
function cueText(matched: string): string {
  const lines = matched.split('\n').map((l) => l.trim());
  return lines.length > 1 ? `${lines[0]!.split(/\s+/)[0]} ${lines.at(-1)}` : lines[0]!;
}

/** A date in the head with no cue of its own: under a title, after the council's name, or alone on its line. */
function headCue(prefixLine: string, previousLine: string | null): { weight: number; cue: string; titleAtStart: boolean } | null {
  const own = prefixLine.trim();
  if (own) {
    const title = TITLE.exec(own);
    if (title) return { weight: 3, cue: 'title line', titleAtStart: title.index === 0 };
    if (COUNCIL.test(own)) return { weight: 2, cue: 'council line', titleAtStart: false };
    return null;
  }
  const title = previousLine && !previousLine.includes(OTHER_DATE) ? TITLE.exec(previousLine.trim()) : null;
  if (title) return { weight: 3, cue: 'title line', titleAtStart: title.index === 0 };
  return { weight: 1, cue: 'date line in the head', titleAtStart: false };
}

/** A line that is little more than the date: a running head ("Äldrenämnden 2024-03-20", "Protokoll 2022-09-13"). */
function isHeadLike(text: string, mention: DateMention): boolean {
  if (text.length - (mention.end - mention.index) > 100) return false;
  const rest = `${text.slice(0, mention.index)} ${text.slice(mention.end)}`.trim();
  return rest.split(/\s+/).filter(Boolean).length <= 4 && !/[.!?](?:\s|$)/.test(rest);
}

/**
 * A date repeated on short lines across pages is the running head's: the meeting's date. Each
 * repetition without a cue of its own counts a little, up to a cap.
 */
function countRunningHeads(roled: Array<RoledDate & { shortLine: boolean }>): void {
  const byDate = new Map<string, Array<RoledDate & { shortLine: boolean }>>();
  for (const r of roled) {
    const iso = r.shortLine ? isoOf(r.mention) : null;
    if (!iso || (r.role !== 'text' && r.role !== 'meeting')) continue;
    const heads = byDate.get(iso);
    if (heads) heads.push(r);
    else byDate.set(iso, [r]);
  }
  for (const heads of byDate.values()) {
    if (heads.length < RUNNING_HEAD_MIN) continue;
    let budget = RUNNING_HEAD_CAP;
    for (const r of heads) {
      if (r.role !== 'text' || r.cue !== null || budget === 0) continue;
      r.role = 'meeting';
      r.weight = 1;
      r.cue = 'running head';
      budget--;
    }
  }
}
