import { loadDefaultParts } from './lexicon.js';
import { normaliseWord } from './normalise.js';
import { isStopWord } from './stopwords.js';

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
  /** Shortest part accepted when it was learnt from a corpus (curated parts may be shorter). */
  minLearntLength?: number;
}

// Swedish fogemorfem: "vårdsplats", "kvinnovård", "gatukök", "barnavård", "veteranbil".
const LINKS = ['', 's', 'o', 'u', 'a', 'e'] as const;
// Endings of the last part (plural, definite, genitive): "platser", "bilarna", "vården".
const INFLECTIONS = [
  '', 'er', 'erna', 'ers', 'ernas', 'ar', 'arna', 'ars', 'or', 'orna', 'en', 'et', 'n', 'na',
  'ns', 'nas', 's', 'es', 'ens', 'ets', 'r', 'rna', 'e', 'a', 't',
];
const CURATED_MIN_LENGTH = 2;

interface Segmentation {
  parts: CompoundPart[];
  /** Cost of ties: every link or dropped final vowel makes a reading less likely. */
  penalty: number;
}

/**
 * Splits Swedish compounds into known parts by dynamic programming: every reading whose
 * parts are all in the lexicon (a non-final part may have dropped its final -e or -a,
 * "läkare" → "läkar-", and may be followed by a linking letter; the last part may be
 * inflected) is a candidate, and the reading with the most parts wins, so the result is
 * atomic ("slutenvårdsplatser" → sluten + vård + platser, not slutenvård + platser).
 * Ties go to the reading with fewer links and dropped vowels. A word with no reading is
 * returned whole.
 */
export class CompoundSplitter {
  private readonly curated = new Set<string>();
  private readonly learnt = new Set<string>();
  private readonly memo = new Map<string, CompoundPart[]>();
  private readonly minLearntLength: number;

  constructor(options: CompoundSplitterOptions = {}) {
    for (const part of options.parts ?? loadDefaultParts()) this.curated.add(normaliseWord(part));
    this.minLearntLength = options.minLearntLength ?? 5;
  }

  /**
   * Learns parts from a corpus: words that occur at least `minCount` times, are long enough
   * and carry content. Mutates the splitter and clears its memo.
   */
  learn(words: Iterable<string>, minCount = 2): void {
    const counts = new Map<string, number>();
    for (const word of words) {
      const normal = normaliseWord(word);
      if (normal.length < this.minLearntLength || !/^\p{L}+$/u.test(normal) || isStopWord(normal)) continue;
      counts.set(normal, (counts.get(normal) ?? 0) + 1);
    }
    for (const [word, count] of counts) if (count >= minCount && !this.curated.has(word)) this.learnt.add(word);
    this.memo.clear();
  }

  /** True when the word is a known part as it stands. */
  isKnown(word: string): boolean {
    return this.curated.has(word) || this.learnt.has(word);
  }

  /** The parts of a word; a single part when it is not a known compound. The result is shared: do not mutate it. */
  split(word: string): CompoundPart[] {
    const normal = normaliseWord(word);
    let parts = this.memo.get(normal);
    if (parts === undefined) {
      // Not a compound: still name the lexicon word when it is an inflected form ("platser" → plats).
      parts = this.segment(normal)?.parts ?? [this.matchFinal(normal)?.part ?? { surface: normal, lemma: normal, link: '' }];
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(normal, parts);
    }
    return parts;
  }

  /** The parts' surfaces: `vårdplatsplan` → ["vård", "plats", "plan"]. */
  splitSurfaces(word: string): string[] {
    return this.split(word).map((part) => part.surface);
  }

  private segment(word: string): Segmentation | undefined {
    const n = word.length;
    // best[i]: the best reading of word[0, i) as non-final parts with their links.
    const best: (Segmentation | undefined)[] = new Array(n + 1);
    best[0] = { parts: [], penalty: 0 };
    let result: Segmentation | undefined;
    for (let i = 0; i < n; i++) {
      const prefix = best[i];
      if (prefix === undefined) continue;
      const final = this.matchFinal(word.slice(i));
      if (final !== undefined) {
        result = better(result, { parts: [...prefix.parts, final.part], penalty: prefix.penalty + final.penalty });
      }
      for (let j = i + CURATED_MIN_LENGTH; j < n; j++) {
        const inner = this.matchInner(word.slice(i, j));
        if (inner === undefined) continue;
        for (const link of LINKS) {
          const next = j + link.length;
          if (next >= n || word.slice(j, next) !== link) continue;
          const candidate = {
            parts: [...prefix.parts, { surface: word.slice(i, j), lemma: inner.lemma, link }],
            penalty: prefix.penalty + inner.penalty + (link === '' ? 0 : 1),
          };
          best[next] = better(best[next], candidate);
        }
      }
    }
    return result !== undefined && result.parts.length > 1 ? result : undefined;
  }

  private lemmaOf(surface: string): string | undefined {
    if (this.curated.has(surface)) return surface;
    if (surface.length >= this.minLearntLength && this.learnt.has(surface)) return surface;
    return undefined;
  }

  /** A non-final part: a known word, or one that dropped its final -e or -a ("läkar-", "kvinn-o-"). */
  private matchInner(surface: string): { lemma: string; penalty: number } | undefined {
    const exact = this.lemmaOf(surface);
    if (exact !== undefined) return { lemma: exact, penalty: 0 };
    for (const vowel of ['e', 'a']) {
      const lemma = this.lemmaOf(surface + vowel);
      if (lemma !== undefined && surface.length >= 3) return { lemma, penalty: 1 };
    }
    return undefined;
  }

  /**
   * The last part: a known word with an inflectional ending ("platser" → plats), its final
   * consonant doubled before a vowel ending where Swedish spelling does so ("programmet" → program).
   */
  private matchFinal(surface: string): { part: CompoundPart; penalty: number } | undefined {
    for (const ending of INFLECTIONS) {
      if (!surface.endsWith(ending)) continue;
      const base = surface.slice(0, surface.length - ending.length);
      if (base.length < CURATED_MIN_LENGTH) continue;
      const inner = this.matchInner(base) ?? (isGeminated(base, ending) ? this.matchInner(base.slice(0, -1)) : undefined);
      if (inner !== undefined) return { part: { surface, lemma: inner.lemma, link: '' }, penalty: inner.penalty };
    }
    return undefined;
  }
}

/** "programm|et", "rumm|en": a doubled consonant before an ending that starts with a vowel. */
function isGeminated(base: string, ending: string): boolean {
  const last = base.at(-1)!;
  return /^[aeiouyåäö]/.test(ending) && base.at(-2) === last && !/[aeiouyåäö]/.test(last);
}

function better(current: Segmentation | undefined, candidate: Segmentation): Segmentation {
  if (current === undefined) return candidate;
  if (candidate.parts.length !== current.parts.length) {
    return candidate.parts.length > current.parts.length ? candidate : current;
  }
  return candidate.penalty < current.penalty ? candidate : current;
}

let shared: CompoundSplitter | undefined;

/** A splitter over the default lexicon, shared by callers that do not learn. */
export function defaultCompoundSplitter(): CompoundSplitter {
  shared ??= new CompoundSplitter();
  return shared;
}
