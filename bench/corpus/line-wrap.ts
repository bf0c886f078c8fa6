import type { Random } from './random.js';

/**
 * Soft line breaks as a word processor's PDF export leaves them: greedy wrapping at about 75
 * characters, some long lower-case words hyphenated at the line end ("kap-" / "acitet"), and a
 * compound ellipsis ("hälso-" / "och sjukvård") broken like any other word. The breaks are kept
 * where a reader — and the parser — can still see the paragraph: a line never starts with a number
 * (it would read as an agenda item), a dash or a bullet glyph, never follows a question mark with a
 * capital, and a bullet's continuation lines start in lower case, as the samples' do.
 */
export interface WrapOptions {
  width: number;
  /** Share of breakable long words that are hyphenated when they do not fit. */
  hyphenation: number;
  /** A bullet item: continuation lines must start in lower case. */
  bullet?: boolean;
}

// "till", "som", "och" … right after a line-end hyphen read as compound ellipsis; never create that.
const ELLIPSIS_TAIL = /^(?:och|eller|samt|resp|respektive|som|till|liksom|men|utan)(?![\p{L}\p{N}])/iu;
const HYPHENATABLE = /^(\p{Ll}{9,})([.,;:]?)$/u;
// A paragraph's first line up to this long, without a stop, would read as a sub-heading.
const SUBHEADING_MAX = 66;

/** Words, with the ones that must not start a line glued to the word before. */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const glue = out.length > 0 && /^(?:\d|[–—-](?:\s|$)|[–—-]$|•|\()/u.test(word);
    if (glue) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  }
  return out;
}

const startsUpper = (word: string): boolean => /^["”(]?[\p{Lu}\d]/u.test(word);

function splitWord(word: string, room: number): [string, string] | null {
  const m = HYPHENATABLE.exec(word);
  if (!m) return null;
  const letters = m[1]!;
  for (let cut = letters.length - 3; cut >= 3; cut--) {
    const head = `${word.slice(0, cut)}-`;
    const tail = word.slice(cut);
    if (head.length <= room && !ELLIPSIS_TAIL.test(tail)) return [head, tail];
  }
  return null;
}

export function wrapText(text: string, opts: WrapOptions, random: Random): string[] {
  const words = tokens(text);
  const lines: string[][] = [[]];
  const length = (line: readonly string[]): number => line.join(' ').length;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const line = lines.at(-1)!;
    if (line.length === 0 || length(line) + 1 + word.length <= opts.width) {
      line.push(word);
      continue;
    }
    const room = opts.width - length(line) - 1;
    const firstShort = lines.length === 1 && length(line) <= SUBHEADING_MAX;
    const split = (firstShort || random.chance(opts.hyphenation)) && !opts.bullet ? splitWord(word, room) : null;
    if (split) {
      line.push(split[0]);
      lines.push([split[1]]);
      continue;
    }
    if (firstShort && length(line) + 1 + word.length <= opts.width + 14) {
      line.push(word); // a long first line rather than one that reads as a sub-heading
      continue;
    }
    // Move words down until the new line may start with `word`'s line.
    const carried: string[] = [];
    const badStart = (next: string): boolean =>
      (opts.bullet === true && startsUpper(next)) || (/\?["”]?$/.test(line.at(-1) ?? '') && startsUpper(next));
    while (line.length > 1 && carried.length < 3 && badStart(carried[0] ?? word)) carried.unshift(line.pop()!);
    lines.push([...carried, word]);
  }
  return lines.map((l) => l.join(' ')).filter((l) => l !== '');
}
