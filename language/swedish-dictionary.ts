import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { HunspellLexicon } from './hunspell/hunspell-lexicon.js';

/**
 * The Swedish Hunspell dictionary of the `dictionary-sv` package (Göran Andersson's "Svenska
 * ordlistan", LGPL-3.0, used unmodified as a dependency): about 140 000 words with the flags
 * that say how each one inflects and joins a compound.
 */
export interface DictionaryFiles {
  aff: string;
  dic: string;
}

/** Where the package keeps its files; its `exports` name only the module, so resolve that. */
export function swedishDictionaryFiles(): DictionaryFiles {
  const entry = createRequire(import.meta.url).resolve('dictionary-sv');
  const dir = path.dirname(entry);
  return { aff: path.join(dir, 'index.aff'), dic: path.join(dir, 'index.dic') };
}

export interface DictionaryLoad {
  lexicon: HunspellLexicon;
  /** Milliseconds spent reading and indexing. */
  ms: number;
}

let loaded: DictionaryLoad | undefined;

/** The dictionary, read on first use and kept for the life of the process. */
export function swedishDictionary(): HunspellLexicon {
  return loadSwedishDictionary().lexicon;
}

/** The dictionary with what its first load cost (for benchmarks and logs). */
export function loadSwedishDictionary(): DictionaryLoad {
  if (loaded === undefined) {
    const start = performance.now();
    const files = swedishDictionaryFiles();
    const lexicon = HunspellLexicon.parse(readFileSync(files.aff, 'utf8'), readFileSync(files.dic, 'utf8'));
    loaded = { lexicon, ms: performance.now() - start };
  }
  return loaded;
}
