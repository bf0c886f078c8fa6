import type { GraphReader } from '../../graph/db/ports.js';
import type { Embedder } from '../../ingest/embed/embedder.js';
import type { Taxonomy } from '../../language/topics/taxonomy.js';
import { SearchMode, SearchQuery } from '../../shapes/api/index.js';
import { searchAfresh } from '../../server/services/search.service.js';

/**
 * Searches run before the search rows are timed, so the rows measure a server that has been up a
 * while rather than one whose read path the JVM has not compiled yet. After the ingest, Neo4j runs
 * a search statement interpreted and in C1 code; it takes about three thousand of them (on two
 * cores) before the statement's time settles, at about half of what the first few hundred cost.
 */
export const WARM_UP_SEARCHES = 3000;

/**
 * Questions for the warm-up that no timed row asks: words of the taxonomy (labels, aliases,
 * keywords), one or two in a fixed order or two set in a sentence, some mistyped, some with a year,
 * with the judged questions left out. They reach the same indexes and the same statements as real
 * questions without warming a timed question's terms.
 */
export function warmUpQuestions(taxonomy: Taxonomy, timed: readonly string[], count: number): string[] {
  const words = [
    ...new Set(taxonomy.topics.flatMap((t) => [t.label_sv, ...t.aliases, ...t.keywords]).map((w) => w.toLocaleLowerCase('sv-SE'))),
  ];
  const asked = new Set(timed.map((q) => q.toLocaleLowerCase('sv-SE')));
  const questions: string[] = [];
  // Stepping by two different primes pairs every word with many others before any pair repeats.
  for (let i = 0; questions.length < count && i < count * 4; i++) {
    const first = words[(i * 7919) % words.length]!;
    // Every third a single word. A Neo4j that caches a statement's plan per size class of its string
    // parameters (the default; not the embedded server) plans again (80–140 ms) for the first short
    // question after only longer ones. Every third a sentence: after a warm-up of only one or two
    // words, the first 57 sentence questions at 10,000 meetings took p50 47 ms against 25 when asked
    // again, the JVM still compiling what long queries run (docs/benchmarks.md, issue 15, eleventh round).
    const second = words[(i * 104729 + 1) % words.length]!;
    const base = i % 3 === 2 ? first : i % 3 === 1 ? sentence(first, second, i) : `${first} ${second}`;
    // Every fifth mistyped, so the fuzzy fallback (which runs only when a query finds too few) is as
    // warm as the rest of the statement, as on a server whose users mistype now and then; every
    // seventh with a year, for the analyzer's path for digits.
    const question = i % 5 === 4 ? mistype(base) : i % 7 === 6 ? `${base} ${2018 + (i % 9)}` : base;
    if (!asked.has(question)) questions.push(question);
  }
  return questions;
}

const SENTENCES: readonly ((a: string, b: string) => string)[] = [
  (a, b) => `rådet frågar hur ${a} påverkar ${b} för äldre`,
  (a, b) => `oro för ${a} och ${b} i kommunen`,
  (a, b) => `vad gör regionen åt ${a} när ${b} saknas`,
  (a, b) => `pensionärerna vill veta mer om ${a} inom ${b}`,
];

/** Two words set in a sentence, as the council's members ask about what worries them. */
const sentence = (a: string, b: string, i: number): string => SENTENCES[i % SENTENCES.length]!(a, b);

/** Two neighbouring letters of each long word swapped, so that the index knows neither word. */
export function mistype(question: string): string {
  return question
    .split(' ')
    .map((word) => (word.length >= 6 ? `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}` : word))
    .join(' ');
}

/** `searches` fresh searches (nothing kept), the modes taking turns, over the warm-up questions. */
export async function warmUpSearch(
  executor: GraphReader,
  embedder: Embedder,
  questions: readonly string[],
  searches: number,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < searches; i++) {
    const q = questions[i % questions.length]!;
    await searchAfresh(executor, embedder, SearchQuery.parse({ q, mode: SearchMode.options[i % SearchMode.options.length] }));
  }
  return (performance.now() - started) / 1000;
}
