import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseWord } from './normalise.js';

/** The curated Swedish compound-part list shipped with the project. */
export const DEFAULT_PARTS_PATH = fileURLToPath(new URL('../data/lexicon/sv-parts.txt', import.meta.url));

/** Parses a word list: one word per line, `#` starts a comment, blank lines ignored. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line.length > 0)
    .map(normaliseWord);
}

let defaultParts: readonly string[] | undefined;

/** The default compound parts, read once. */
export function loadDefaultParts(): readonly string[] {
  defaultParts ??= parseWordList(readFileSync(DEFAULT_PARTS_PATH, 'utf8'));
  return defaultParts;
}
