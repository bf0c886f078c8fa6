import { normaliseWord } from './normalise.js';
import { isStopWord } from './stopwords.js';

/** A piece of a word read as a known part: the part's own form and what reading it cost. */
export interface PartMatch {
  lemma: string;
  /** 0 for the part as listed; 1 for each guess (a dropped final vowel). */
  penalty: number;
}

// Endings of the last part (plural, definite, genitive): "platser", "bilarna", "vården".
const INFLECTIONS = [
  '',
  'er',
  'erna',
  'ers',
  'ernas',
  'ar',
  'arna',
  'ars',
  'or',
  'orna',
  'en',
  'et',
  'n',
  'na',
  'ns',
  'nas',
  's',
  'es',
  'ens',
  'ets',
  'r',
  'rna',
  'e',
  'a',
  't',
];
/** Shortest listed part; the list itself keeps to three letters but for a few ("kö"). */
export const CURATED_MIN_LENGTH = 2;

/**
 * The project's own compound parts (data/lexicon/sv-parts.txt) and any learnt from a corpus.
 * Unlike the dictionary, a listed part carries no flags, so its forms inside a compound are
 * guessed: a non-final part may drop its final -e or -a ("läkare" → "läkar-"), a last part may
 * take a common ending ("platser") and double its final consonant before it ("programmet").
 */
export class CuratedParts {
  private readonly curated = new Set<string>();
  private readonly learnt = new Set<string>();

  constructor(
    parts: Iterable<string>,
    private readonly minLearntLength: number,
  ) {
    for (const part of parts) this.curated.add(normaliseWord(part));
  }

  /**
   * Learns parts from a corpus: words that occur at least `minCount` times, are long enough
   * and carry content. Returns true when a part was added.
   */
  learn(words: Iterable<string>, minCount: number): boolean {
    const counts = new Map<string, number>();
    for (const word of words) {
      const normal = normaliseWord(word);
      if (normal.length < this.minLearntLength || !/^\p{L}+$/u.test(normal) || isStopWord(normal)) continue;
      counts.set(normal, (counts.get(normal) ?? 0) + 1);
    }
    let added = false;
    for (const [word, count] of counts) {
      if (count >= minCount && !this.curated.has(word) && !this.learnt.has(word)) {
        this.learnt.add(word);
        added = true;
      }
    }
    return added;
  }

  /** True when the word is a listed or learnt part as it stands. */
  has(word: string): boolean {
    return this.curated.has(word) || this.learnt.has(word);
  }

  /** A non-final part: a known word, or one that dropped its final -e or -a ("läkar-", "kvinn-o-"). */
  inner(surface: string): PartMatch | undefined {
    const exact = this.lemmaOf(surface);
    if (exact !== undefined) return { lemma: exact, penalty: 0 };
    if (surface.length < 3) return undefined;
    for (const vowel of ['e', 'a']) {
      const lemma = this.lemmaOf(surface + vowel);
      if (lemma !== undefined) return { lemma, penalty: 1 };
    }
    return undefined;
  }

  /** The last part: a known word with an inflectional ending ("platser" → plats), see the class note. */
  final(surface: string): PartMatch | undefined {
    for (const ending of INFLECTIONS) {
      if (!surface.endsWith(ending)) continue;
      const base = surface.slice(0, surface.length - ending.length);
      if (base.length < CURATED_MIN_LENGTH) continue;
      const inner = this.inner(base) ?? (isGeminated(base, ending) ? this.inner(base.slice(0, -1)) : undefined);
      if (inner !== undefined) return inner;
    }
    return undefined;
  }

  private lemmaOf(surface: string): string | undefined {
    if (this.curated.has(surface)) return surface;
    if (surface.length >= this.minLearntLength && this.learnt.has(surface)) return surface;
    return undefined;
  }
}

/** "programm|et", "rumm|en": a doubled consonant before an ending that starts with a vowel. */
function isGeminated(base: string, ending: string): boolean {
  const last = base.at(-1)!;
  return /^[aeiouyåäö]/.test(ending) && base.at(-2) === last && !/[aeiouyåäö]/.test(last);
}
