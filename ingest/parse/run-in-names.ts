/**
 * People's names that a flattened line runs into the text around them: the presenter printed on
 * the line under an item's heading ("… förvaltningen Dragan Nyström Äldrevaccinationen Som …"),
 * or after "Föredragande:", and the one who answers a question whose heading lost its line
 * ("Rådets fråga om nattpatrullen Dragan konstaterar att …"). A name is told by what minutes do
 * with the people in them: whoever speaks is listed among those present, so the same name stands
 * elsewhere in the document.
 */

/** "Dragan", "Berglund-Sten": one word of a name. */
export const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** Words that begin a name-shaped phrase that names no person ("Region Gotland", "Nästa Möte"). */
const NOT_A_NAME = new Set(['region', 'regionen', 'kommun', 'stad', 'nästa', 'övriga', 'rådet', 'protokoll', 'föredragande']);
/** Punctuation around a word in running text: "(Dragan", "Nyström,". */
const LEADING = /^["”«(]+/u;
const TRAILING = /[,.;:!?)"”»]+$/u;

/**
 * The names a document gives more than once: every run of two or three name-shaped words, counted
 * over the whole text in one pass, and the first words of those that repeat.
 */
export class ListedNames {
  private readonly counts = new Map<string, number>();
  private readonly firstNames = new Set<string>();

  constructor(document: string) {
    // The words of the current run of name-shaped words; punctuation after a word ends the run.
    let run: string[] = [];
    for (const token of document.split(/\s+/u)) {
      const word = token.replace(LEADING, '');
      const bare = word.replace(TRAILING, '');
      if (!NAME_WORD.test(bare) || word !== token) run = [];
      if (!NAME_WORD.test(bare)) continue;
      run.push(bare);
      for (const n of [2, 3]) if (run.length >= n) this.count(run.slice(-n).join(' '));
      if (bare !== word) run = [];
    }
    for (const [name, count] of this.counts)
      if (count >= 2 && !name.includes(' ', name.indexOf(' ') + 1)) this.firstNames.add(name.slice(0, name.indexOf(' ')));
  }

  private count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** "Dragan Nyström": a name that stands more than once in the document. */
  repeats(name: string): boolean {
    return (this.counts.get(name) ?? 0) >= 2;
  }

  /** "Dragan": the first name of someone the document names more than once. */
  hasFirstName(word: string): boolean {
    return this.firstNames.has(word);
  }
}

/** A name of two or three words at `from` in `tokens` that the document names elsewhere; the tokens it takes, or 0. */
function nameAt(tokens: readonly RegExpMatchArray[], from: number, names: ListedNames): number {
  for (let n = 3; n >= 2; n--) {
    const words = tokens.slice(from, from + n);
    if (words.length < n) continue;
    // Only the last word may carry the comma that separates it from the next name.
    if (words.slice(0, -1).some((w) => w[0].endsWith(','))) continue;
    const bare = words.map((w) => w[0].replace(/,$/u, ''));
    if (!bare.every((w) => NAME_WORD.test(w)) || NOT_A_NAME.has(bare[0]!.toLowerCase())) continue;
    if (names.repeats(bare.join(' '))) return n;
  }
  return 0;
}

/**
 * Where the names at the start of `text` end ("Yvonne Nordqvist och Malin Holm Vårdköerna …" →
 * after "Holm"), when they are names of people the document lists elsewhere and the text goes on
 * with a new sentence or heading, not with a verb of theirs ("Sara Virtanen berättar …"); else 0.
 */
export function leadingNames(text: string, names: ListedNames): number {
  const tokens = [...text.slice(0, 200).matchAll(/\S+/gu)];
  let k = 0;
  let end = 0;
  for (;;) {
    const n = nameAt(tokens, k, names);
    if (n === 0) break;
    k += n;
    end = tokens[k - 1]!.index! + tokens[k - 1]![0].replace(/,$/u, '').length;
    const joined = tokens[k - 1]![0].endsWith(',') || tokens[k]?.[0] === 'och';
    if (!joined) break;
    k += tokens[k]?.[0] === 'och' ? 1 : 0;
  }
  if (end === 0) return 0;
  const next = tokens.find((t) => t.index! >= end)?.[0];
  return next === undefined || /^["”«]?\p{Lu}/u.test(next) ? end : 0;
}

/** Words after which a person's name goes on the sentence ("som Dragan sa", "enligt Anna Berg"). */
const CLAUSE_WORDS = new Set([
  'och',
  'att',
  'som',
  'när',
  'där',
  'då',
  'men',
  'eller',
  'samt',
  'vilket',
  'hur',
  'om',
  'enligt',
  'eftersom',
  'medan',
  'av',
  'till',
  'för',
  'med',
  'från',
  'hos',
  'vid',
  'på',
  'i',
  'mot',
  'inför',
  'via',
  'än',
]);

/**
 * Where a heading that lost its line runs into the sentence after it, in one sentence of a
 * flattened page: "Rådets fråga angående vårdplatserna | Dragan konstaterar att …". Mid-sentence,
 * a capital after a lower-case word is a name; when that name is one of the people the document
 * lists and a lower-case word (their verb) follows, while no preposition or conjunction leads to
 * it, a new sentence starts there. The offsets of those starts, in order.
 */
export function runInStarts(sentence: string, names: ListedNames): number[] {
  // Most sentences have no capital after their first word.
  if (!/\s\p{Lu}/u.test(sentence)) return [];
  const starts: number[] = [];
  const tokens = [...sentence.matchAll(/\S+/gu)];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const word = tokens[i]![0];
    if (!/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const previous = tokens[i - 1]![0];
    if (!/^\p{Ll}+$/u.test(previous) || CLAUSE_WORDS.has(previous)) continue;
    // "Dragan konstaterar", "Dragan Nyström konstaterar": the verb follows the first name or the whole name.
    const surname = tokens[i + 1]![0];
    const full = NAME_WORD.test(surname);
    const verb = full ? tokens[i + 2]?.[0] : surname;
    if (verb === undefined || !/^\p{Ll}+$/u.test(verb)) continue;
    if (full ? names.repeats(`${word} ${surname}`) : names.hasFirstName(word)) starts.push(tokens[i]!.index!);
  }
  return starts;
}
