export { normaliseUnicode, normaliseWord, isAllCaps } from './normalise.js';
export { tokenise, words, type Token, type TokenKind } from './tokenise.js';
export { stem, stemNormalised } from './stemmer.js';
export { SWEDISH_STOP_WORDS, isStopWord } from './stopwords.js';
export { CompoundSplitter, defaultCompoundSplitter, type CompoundPart, type CompoundSplitterOptions } from './compound-splitter.js';
export { expandCompoundEllipsis } from './compound-ellipsis.js';
export {
  AbbreviationTable,
  AbbreviationSchema,
  defaultAbbreviationTable,
  loadAbbreviationTable,
  type Abbreviation,
} from './abbreviations.js';
export { parseWordList, loadDefaultParts, DEFAULT_PARTS_PATH } from './lexicon.js';
export { swedishDictionary, loadSwedishDictionary, type DictionaryLoad } from './swedish-dictionary.js';
export { HunspellLexicon, type LinkingForm } from './hunspell/hunspell-lexicon.js';
export { findPeriod, type PeriodMention } from './periods.js';
