import { defaultCompoundSplitter, type CompoundSplitter } from '../compound-splitter.js';
import { stemNormalised } from '../stemmer.js';
import { tokenise } from '../tokenise.js';
import { isStopWord } from '../stopwords.js';

/**
 * The forms under which a text's words can match taxonomy terms: each word's normal form and
 * stem, its dictionary form when asked ("bostäder" → bostad), its compound parts, and adjacent parts joined
 * ("slutenvårdsplatser" → sluten, vård, plats(er), vårdplats, slutenvård), so that a keyword
 * matches inside compounds.
 */
export interface TextTerms {
  /** Every form, counted. */
  forms: Map<string, number>;
  /** The stems in order, for phrase matching. */
  stems: string[];
}

export interface TermOptions {
  /**
   * Add each word's dictionary form ("bostäder" → bostad) even when it is no compound. Topic
   * tagging wants it; callers that filter forms by a word list of their own may not.
   */
  lemmas?: boolean;
}

export function termsOf(text: string, splitter: CompoundSplitter = defaultCompoundSplitter(), options: TermOptions = {}): TextTerms {
  const forms = new Map<string, number>();
  const stems: string[] = [];
  const add = (form: string): void => void forms.set(form, (forms.get(form) ?? 0) + 1);
  for (const token of tokenise(text)) {
    const normal = token.normal;
    const stem = stemNormalised(normal);
    stems.push(stem);
    if (isStopWord(normal)) continue;
    const own = new Set([normal, stem]);
    const parts = token.kind === 'word' ? splitter.split(normal) : [];
    // The dictionary form too: Snowball stems "bostäder", "bostaden" and "bostad" three ways.
    if (options.lemmas && parts.length === 1) own.add(parts[0]!.lemma).add(stemNormalised(parts[0]!.lemma));
    if (parts.length > 1) {
      const lemmas = parts.map((p) => p.lemma);
      for (const lemma of lemmas) own.add(lemma).add(stemNormalised(lemma));
      for (let i = 0; i < lemmas.length; i++) {
        for (let j = i + 2; j <= lemmas.length; j++) {
          const joined = lemmas.slice(i, j).join('');
          own.add(joined).add(stemNormalised(joined));
        }
      }
    }
    for (const part of normal.split('-')) if (part && part !== normal) own.add(part).add(stemNormalised(part));
    own.forEach(add);
  }
  return { forms, stems };
}

/** A keyword's match key: its stem (keywords are single words or compounds). */
export const keywordKey = (keyword: string): string => stemNormalised(keyword.toLowerCase());

/** A phrase's stems, for matching against `TextTerms.stems`. */
export const phraseStems = (phrase: string): string[] => tokenise(phrase).map((t) => stemNormalised(t.normal));

/** Where `phrase` starts in `stems`. */
export function phraseStarts(stems: readonly string[], phrase: readonly string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; phrase.length > 0 && i + phrase.length <= stems.length; i++) {
    if (phrase.every((stem, j) => stems[i + j] === stem)) starts.push(i);
  }
  return starts;
}

export const countPhrase = (stems: readonly string[], phrase: readonly string[]): number => phraseStarts(stems, phrase).length;
