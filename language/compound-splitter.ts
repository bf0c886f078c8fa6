import { CURATED_MIN_LENGTH, CuratedParts } from './curated-parts.js';
import type { HunspellLexicon } from './hunspell/hunspell-lexicon.js';
import { loadDefaultParts } from './lexicon.js';
import { normaliseWord } from './normalise.js';
import { swedishDictionary } from './swedish-dictionary.js';

/** One part of a compound as written, with the lexicon word it stands for. */
export interface CompoundPart {
  /** The letters of this part in the word ("läkar" in "jourläkarbilar", "platser"). */
  surface: string;
  /** The lexicon form ("läkare", "plats"). */
  lemma: string;
  /** Linking letters between this part and the next ("s" in "vårdsplats"), or "". */
  link: string;
}

export interface CompoundSplitterOptions {
  /** Known parts; defaults to data/lexicon/sv-parts.txt. */
  parts?: Iterable<string>;
  /** The dictionary; defaults to the Swedish one (dictionary-sv). `null`: the parts list alone. */
  dictionary?: HunspellLexicon | null;
  /** Shortest part accepted when it was learnt from a corpus (curated parts may be shorter). */
  minLearntLength?: number;
}

// Swedish fogemorfem, guessed for listed parts: "vårdsplats", "kvinnovård", "gatukök", "barnavård".
const LINKS = ['', 's', 'o', 'u', 'a', 'e'] as const;
/** Dictionary parts shorter than this are not split off: "el", "is" and "ö" make false readings. */
const DICTIONARY_MIN_LENGTH = 3;
const MEMO_LIMIT = 100_000;

/** A part with the cost of reading it so. */
interface ScoredPart {
  part: CompoundPart;
  penalty: number;
}

interface Segmentation {
  parts: CompoundPart[];
  /** Cost of ties: every guessed link or dropped vowel makes a reading less likely. */
  penalty: number;
}

/**
 * Splits Swedish compounds in two steps.
 *
 * 1. The fewest parts that make up the word, each a dictionary word in a place its flags allow
 *    (the first part may begin a compound, in a linking form the dictionary gives —
 *    "läkemedels-", "tjänste-" —, the last may end one, inflected) or a listed part with a
 *    guessed link. Fewest, because the dictionary lists lexicalised compounds as words of their
 *    own: "distriktssjuksköterskan" is distrikt + sjuksköterskan. A word that is itself in the
 *    dictionary splits only when a linking -s- joins its parts ("trygghetslarm" → trygghet +
 *    s + larm), the plainest mark of a compound, which lexicalised words lack ("ordförande",
 *    "handläggare", "genomgång" and "läkemedel" stay whole); a word with no reading, and a
 *    name the dictionary knows ("Sandgren"), stay whole too. Ties go to fewer guesses, then
 *    to the longer first part.
 * 2. Each part is split again where the curated parts list knows all its pieces, which keeps
 *    the domain's atoms ("slutenvård" → sluten + vård, "sjukvård" → sjuk + vård).
 *
 * `split` is deterministic and memoised per word; the dictionary is read once per process,
 * on the first split.
 */
export class CompoundSplitter {
  private readonly curated: CuratedParts;
  private readonly memo = new Map<string, CompoundPart[]>();
  private readonly dictionaryOption: HunspellLexicon | null | undefined;
  private dictionary: HunspellLexicon | null | undefined;

  constructor(options: CompoundSplitterOptions = {}) {
    this.curated = new CuratedParts(options.parts ?? loadDefaultParts(), options.minLearntLength ?? 5);
    this.dictionaryOption = options.dictionary;
  }

  /**
   * Learns parts from a corpus: words that occur at least `minCount` times, are long enough
   * and carry content. Mutates the splitter and clears its memo.
   */
  learn(words: Iterable<string>, minCount = 2): void {
    if (this.curated.learn(words, minCount)) this.memo.clear();
  }

  /** True when the word is a listed or learnt part as it stands. */
  isKnown(word: string): boolean {
    return this.curated.has(word);
  }

  /**
   * Whether the word reads as Swedish the splitter knows: a dictionary word in any form, a name the
   * dictionary lists, a listed part, or a compound of known parts. A word it does not know may be a
   * typo, or a name or place no list holds.
   */
  knows(word: string): boolean {
    const normal = normaliseWord(word);
    const dictionary = this.lexicon();
    if (dictionary !== null && (dictionary.lemmaOf(normal) !== undefined || dictionary.isExcluded(normal))) return true;
    return this.isKnown(normal) || this.curated.final(normal) !== undefined || this.split(normal).length > 1;
  }

  /** The parts of a word; a single part when it is not a known compound. The result is shared: do not mutate it. */
  split(word: string): CompoundPart[] {
    const normal = normaliseWord(word);
    let parts = this.memo.get(normal);
    if (parts === undefined) {
      parts = this.compute(normal);
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(normal, parts);
    }
    return parts;
  }

  /** The parts' surfaces: `vårdplatsplan` → ["vård", "plats", "plan"]. */
  splitSurfaces(word: string): string[] {
    return this.split(word).map((part) => part.surface);
  }

  private compute(word: string): CompoundPart[] {
    const dictionary = this.lexicon();
    const entry = dictionary?.lemmaOf(word);
    const reading = dictionary?.isExcluded(word) ? undefined : this.fewestParts(word);
    // A dictionary word is a compound only when a linking -s- joins its parts; see the class note.
    if (reading === undefined || (entry !== undefined && !reading.parts.some((p) => p.link === 's'))) {
      // Not a compound: still name the lexicon word behind an inflected form ("platser" → plats).
      const whole = { surface: word, lemma: entry ?? this.curated.final(word)?.lemma ?? word, link: '' };
      return this.refine(whole, true) ?? [whole];
    }
    const last = reading.parts.length - 1;
    return reading.parts.flatMap((part, i) => this.refine(part, i === last) ?? [part]);
  }

  private lexicon(): HunspellLexicon | null {
    if (this.dictionary === undefined) this.dictionary = this.dictionaryOption === undefined ? swedishDictionary() : this.dictionaryOption;
    return this.dictionary;
  }

  /** Step 1: the reading with the fewest parts (two at least), by dynamic programming over cut points. */
  private fewestParts(word: string): Segmentation | undefined {
    const dictionary = this.lexicon();
    return bestReading(
      word,
      fewer,
      (tail) => this.lastPart(tail, dictionary),
      (i) => this.innerParts(word, i, dictionary),
    );
  }

  /** Every non-final part that starts at `i`, from the dictionary and from the parts list. */
  private innerParts(word: string, i: number, dictionary: HunspellLexicon | null): (ScoredPart & { end: number })[] {
    const out: (ScoredPart & { end: number })[] = [];
    const n = word.length;
    for (let j = i + CURATED_MIN_LENGTH; j < n; j++) {
      const piece = word.slice(i, j);
      if (dictionary !== null && piece.length >= DICTIONARY_MIN_LENGTH) {
        const form = dictionary.innerPart(piece);
        if (form !== undefined && form.surface.length >= DICTIONARY_MIN_LENGTH) out.push({ part: form, penalty: 0, end: j });
      }
      const listed = this.curated.inner(piece);
      if (listed === undefined) continue;
      for (const link of LINKS) {
        const end = j + link.length;
        if (end >= n || word.slice(j, end) !== link) continue;
        out.push({ part: { surface: piece, lemma: listed.lemma, link }, penalty: listed.penalty + (link === '' ? 0 : 1), end });
      }
    }
    return out;
  }

  private lastPart(surface: string, dictionary: HunspellLexicon | null): ScoredPart | undefined {
    if (dictionary !== null && surface.length >= DICTIONARY_MIN_LENGTH) {
      const lemma = dictionary.lastPart(surface);
      if (lemma !== undefined) return { part: { surface, lemma, link: '' }, penalty: 0 };
    }
    const listed = this.curated.final(surface);
    return listed === undefined ? undefined : { part: { surface, lemma: listed.lemma, link: '' }, penalty: listed.penalty };
  }

  /**
   * Step 2: a part split into listed parts alone, as many as read (the most atomic reading), or
   * undefined when the list does not cover it. The last piece keeps the part's link.
   */
  private refine(part: CompoundPart, isLast: boolean): CompoundPart[] | undefined {
    const word = part.surface;
    if (word.length < 2 * CURATED_MIN_LENGTH) return undefined;
    const lastPart = (tail: string): ScoredPart | undefined => {
      const listed = isLast ? this.curated.final(tail) : this.curated.inner(tail);
      return listed === undefined ? undefined : { part: { surface: tail, lemma: listed.lemma, link: part.link }, penalty: listed.penalty };
    };
    const result = bestReading(word, more, lastPart, (i) => this.innerParts(word, i, null));
    return result !== undefined && result.parts.length > 1 ? result.parts : undefined;
  }
}

/**
 * The best reading of `word` as parts, by dynamic programming over cut points: `best[i]` is the
 * best reading of word[0, i) as non-final parts, and a reading ends with a last part from a cut
 * after the first. `better` picks between two readings.
 */
function bestReading(
  word: string,
  better: (current: Segmentation | undefined, candidate: Segmentation) => Segmentation,
  lastPart: (tail: string) => ScoredPart | undefined,
  innerParts: (start: number) => readonly (ScoredPart & { end: number })[],
): Segmentation | undefined {
  const n = word.length;
  const best: (Segmentation | undefined)[] = new Array(n + 1);
  best[0] = { parts: [], penalty: 0 };
  let result: Segmentation | undefined;
  for (let i = 0; i < n; i++) {
    const prefix = best[i];
    if (prefix === undefined) continue;
    if (i > 0) {
      const final = lastPart(word.slice(i));
      if (final !== undefined) result = better(result, { parts: [...prefix.parts, final.part], penalty: prefix.penalty + final.penalty });
    }
    for (const next of innerParts(i)) {
      best[next.end] = better(best[next.end], { parts: [...prefix.parts, next.part], penalty: prefix.penalty + next.penalty });
    }
  }
  return result;
}

/**
 * Fewer parts win; then fewer guesses; then the longer first part, as Swedish compounds mostly
 * branch to the left ("korttids|enheten", not "kort|tidsenheten").
 */
function fewer(current: Segmentation | undefined, candidate: Segmentation): Segmentation {
  if (current === undefined) return candidate;
  if (candidate.parts.length !== current.parts.length) return candidate.parts.length < current.parts.length ? candidate : current;
  if (candidate.penalty !== current.penalty) return candidate.penalty < current.penalty ? candidate : current;
  return firstLength(candidate) > firstLength(current) ? candidate : current;
}

/** More parts win (the most atomic reading); then fewer guesses. */
function more(current: Segmentation | undefined, candidate: Segmentation): Segmentation {
  if (current === undefined) return candidate;
  if (candidate.parts.length !== current.parts.length) return candidate.parts.length > current.parts.length ? candidate : current;
  return candidate.penalty < current.penalty ? candidate : current;
}

const firstLength = (s: Segmentation): number => (s.parts[0]?.surface.length ?? 0) + (s.parts[0]?.link.length ?? 0);

let shared: CompoundSplitter | undefined;

/** A splitter over the default parts list and the Swedish dictionary, shared by callers that do not learn. */
export function defaultCompoundSplitter(): CompoundSplitter {
  shared ??= new CompoundSplitter();
  return shared;
}
