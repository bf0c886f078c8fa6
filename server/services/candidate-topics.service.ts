import { listActorNames, listPassageTexts, type PassageText } from '../../graph/read/candidate-topics.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import { VersionCache } from '../../graph/db/version-cache.js';
import { stemNormalised } from '../../language/stemmer.js';
import { isStopWord } from '../../language/stopwords.js';
import { tokenise } from '../../language/tokenise.js';
import { defaultCompoundSplitter } from '../../language/compound-splitter.js';
import { keywordKey, phraseStems } from '../../language/topics/term-index.js';
import { loadTaxonomy, type Taxonomy } from '../../language/topics/taxonomy.js';
import { CANDIDATE_GRANULARITIES } from '../../shapes/api/enums.js';
import type { CandidateGranularity, CandidateTopicsQuery, CandidateTopicsResponse } from '../../shapes/api/index.js';

/**
 * Candidate topics: terms (words, compound parts and two-word phrases, matched by stem) that are
 * salient in a period and that the taxonomy does not cover. Salience is the term's contribution to
 * the period's divergence from the whole corpus: p · log(p / q), with p the share of the period's
 * passages that use the term and q the share over all periods. A word used at the same rate in every
 * period scores 0 (background); one concentrated in a period scores high (news).
 * Taxonomy words and the names of people and organisations are left out. Compound parts must be
 * longer than plain words (MIN_PART_LENGTH), so fragments such as "sjuk" do not surface.
 */

const TERMS_PER_PERIOD = 15;
const MIN_PASSAGES = 2;
const MIN_LENGTH = 4;
const MIN_PART_LENGTH = 6;

/**
 * The register of minutes rather than their subject: verbs of reporting and discussing, meeting
 * vocabulary. Without this list they top every period, since they are frequent and spread unevenly.
 */
const MINUTES_REGISTER = new Set(
  [
    'rådet',
    'frågan',
    'fråga',
    'frågor',
    'angående',
    'exempelvis',
    'idag',
    'kunna',
    'behöver',
    'behov',
    'arbeta',
    'arbete',
    'arbetet',
    'möjlighet',
    'enligt',
    'kommentar',
    'kommentarer',
    'vissa',
    'område',
    'berättar',
    'informerar',
    'information',
    'presentation',
    'presenterar',
    'ansvar',
    'mötet',
    'möte',
    'punkt',
    'dialog',
    'gäller',
    'finns',
    'kommer',
    'också',
    'måste',
    'skulle',
    'viktigt',
    'viktig',
    'utifrån',
  ].map(stemNormalised),
);

interface TermStats {
  display: Map<string, number>;
  passages: number;
  meetings: Set<string>;
}

/**
 * The answer changes only when the graph does, and computing it reads and tokenises every passage
 * (seconds at 10,000 meetings): one per granularity is kept while the graph version stands
 * (graph/db/version-cache.ts), so a repeat costs a version check.
 */
const kept = new VersionCache<CandidateTopicsResponse>(CANDIDATE_GRANULARITIES.length * 8);

export function candidateTopics(executor: GraphReader, query: CandidateTopicsQuery): Promise<CandidateTopicsResponse> {
  return kept.get(executor, `${query.granularity}|${query.body ?? ''}`, () => candidateTopicsAfresh(executor, query));
}

/** Candidate topics computed now, without the kept answers. */
export async function candidateTopicsAfresh(
  executor: GraphReader,
  query: CandidateTopicsQuery,
  taxonomy: Taxonomy = loadTaxonomy(),
): Promise<CandidateTopicsResponse> {
  const [passages, names] = await Promise.all([listPassageTexts(executor, query.body), listActorNames(executor)]);
  const covered = coveredStems(taxonomy);
  // Names of people, organisations and bodies are who spoke, not what about.
  for (const name of names) for (const token of tokenise(name)) covered.add(stemNormalised(token.normal));
  const periods = new Map<string, { passages: number; terms: Map<string, TermStats> }>();
  for (const passage of passages) {
    const period = periodOf(passage.date, query.granularity);
    let bucket = periods.get(period);
    if (!bucket) periods.set(period, (bucket = { passages: 0, terms: new Map() }));
    bucket.passages++;
    for (const [stem, display] of termsInPassage(passage, covered)) {
      let stats = bucket.terms.get(stem);
      if (!stats) bucket.terms.set(stem, (stats = { display: new Map(), passages: 0, meetings: new Set() }));
      stats.passages++;
      stats.meetings.add(passage.meetingId);
      stats.display.set(display, (stats.display.get(display) ?? 0) + 1);
    }
  }
  const overall = new Map<string, number>();
  for (const bucket of periods.values()) for (const [stem, s] of bucket.terms) overall.set(stem, (overall.get(stem) ?? 0) + s.passages);
  return [...periods.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, bucket]) => ({
      period,
      terms: [...bucket.terms.entries()]
        .filter(([, s]) => s.passages >= MIN_PASSAGES)
        .filter(([stem]) => overall.get(stem)! / passages.length < bucket.terms.get(stem)!.passages / bucket.passages)
        .map(([stem, s]) => ({
          term: [...s.display.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0],
          score: round(divergence(s.passages / bucket.passages, overall.get(stem)! / passages.length)),
          passages: s.passages,
          meetings: s.meetings.size,
        }))
        .sort((a, b) => b.score - a.score || b.passages - a.passages || a.term.localeCompare(b.term))
        .slice(0, TERMS_PER_PERIOD),
    }));
}

/** Each distinct term of a passage once: stem → the form to show. */
function termsInPassage(passage: PassageText, covered: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  const keep = (word: string) =>
    word.length >= MIN_LENGTH && /^\p{L}[\p{L}-]*$/u.test(word) && !isStopWord(word) && !MINUTES_REGISTER.has(stemNormalised(word));
  const tokens = tokenise(passage.text).filter((t) => t.kind === 'word' || t.kind === 'acronym');
  for (const token of tokens) {
    const stem = stemNormalised(token.normal);
    if (keep(token.normal) && !covered.has(stem)) found.set(stem, token.normal);
  }
  // parts of compounds ("läkarbil" in "jourläkarbilarna"), when the taxonomy does not know them
  for (const token of tokens) {
    const parts = token.kind === 'word' ? splitter.split(token.normal) : [];
    if (parts.length < 2) continue;
    // keyed by the lexicon form, shown as written: "andningsstöd", not "andningstöd"
    const pieces: [key: string, shown: string][] = [
      ...parts.map((p): [string, string] => [p.lemma, p.lemma]),
      ...parts.slice(1).map((p, i): [string, string] => [parts[i]!.lemma + p.lemma, parts[i]!.surface + parts[i]!.link + p.lemma]),
    ];
    for (const [key, shown] of pieces) {
      const stem = stemNormalised(key);
      if (key.length >= MIN_PART_LENGTH && keep(key) && !covered.has(stem) && !found.has(stem)) found.set(stem, shown);
    }
  }
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!.normal, tokens[i + 1]!.normal];
    if (!keep(a) || !keep(b)) continue;
    const [sa, sb] = [stemNormalised(a), stemNormalised(b)];
    if (covered.has(sa) && covered.has(sb)) continue;
    found.set(`${sa} ${sb}`, `${a} ${b}`);
  }
  return found;
}

/** Stems of every label, alias, keyword and weak keyword in the taxonomy. */
function coveredStems(taxonomy: Taxonomy): Set<string> {
  const stems = new Set<string>();
  for (const topic of taxonomy.topics) {
    for (const phrase of [topic.label_sv, ...topic.aliases]) phraseStems(phrase).forEach((s) => stems.add(s));
    for (const keyword of [...topic.keywords, ...topic.weakKeywords]) stems.add(keywordKey(keyword));
  }
  return stems;
}

const periodOf = (date: string, granularity: CandidateGranularity): string =>
  granularity === 'year' ? date.slice(0, 4) : `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** p · log(p / q): how much of the period's difference from the whole corpus this term makes. */
const divergence = (p: number, q: number): number => (p > 0 && q > 0 ? p * Math.log(p / q) : 0);

const splitter = defaultCompoundSplitter();
