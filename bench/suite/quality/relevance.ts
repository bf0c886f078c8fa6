import { sameText } from '../../corpus/recovery.js';
import { TOPIC_TEXTS } from '../../corpus/topic-texts.js';
import type { CorpusTruth, FileTruth, StatementTruth } from '../../corpus/truth.schema.js';
import { passageKey } from '../../../shapes/keys.js';
import type { Taxonomy } from '../../../language/topics/taxonomy.js';
import type { SlimMeeting } from './slim-meeting.js';

/** A search as a user would type it, with the passages the generator planted for it. */
export interface JudgedQuery {
  id: string;
  kind: 'topic-alias' | 'topic-inflected' | 'concern';
  text: string;
  /** Passage key → grade: 2 planted for exactly this, 1 related (same item or same topic). */
  relevant: Map<string, number>;
}

/** Grades: passages that carry the planted fact, and their neighbours that are about it too. */
const EXACT = 2;
const RELATED = 1;

const normal = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('sv-SE');

/**
 * A rough Swedish inflection of a single word, the way a user writes a definite form: a word
 * ending in a consonant gets -en ("vårdplats" → "vårdplatsen"), one ending in -e gets -n, one
 * ending in -a becomes -an. It does not need to be right Swedish every time, only a form the
 * taxonomy does not list verbatim.
 */
export function inflect(word: string): string {
  if (/e$/u.test(word)) return `${word}n`;
  if (/a$/u.test(word)) return `${word.slice(0, -1)}an`;
  return `${word}en`;
}

/**
 * Queries per planted topic (an alias that is not the label, and a keyword in an inflected form)
 * and per standing concern theme (its noun phrase, the gist the council raises), each judged
 * against the planted truth: which ingested passages carry the topic or the concern. Only topics
 * and themes that occur in the corpus get a query; the choice of words never looks at results.
 */
export function buildJudgedQueries(truth: CorpusTruth, meetings: readonly SlimMeeting[], taxonomy: Taxonomy): JudgedQuery[] {
  const byFile = new Map(meetings.map((m) => [m.file, m]));
  const pairs = truth.files.flatMap((t) => {
    const m = byFile.get(t.file);
    return m ? [[t, m] as const] : [];
  });
  const queries: JudgedQuery[] = [];

  for (const topic of taxonomy.topics) {
    const relevant = topicRelevance(pairs, topic.slug);
    if (relevant.size === 0) continue;
    const label = normal(topic.label_sv);
    const alias = [...topic.aliases, ...topic.keywords].find((a) => normal(a) !== label);
    if (alias) queries.push({ id: `topic:${topic.slug}:alias`, kind: 'topic-alias', text: alias, relevant });
    const keyword = topic.keywords.find((k) => /^\p{L}{5,}$/u.test(k) && normal(k) !== label);
    if (keyword) queries.push({ id: `topic:${topic.slug}:inflected`, kind: 'topic-inflected', text: inflect(keyword), relevant });
  }

  const themes = new Set(pairs.flatMap(([t]) => t.concerns.map((c) => c.theme)));
  for (const theme of [...themes].sort()) {
    const [topic, index] = theme.split('/') as [string, string];
    const gists = TOPIC_TEXTS[topic]?.concerns ?? [];
    const gist = gists[Number(index)];
    // The texts may have changed since a cached corpus was generated: a gist its concerns do not say is not theirs.
    if (!gist || !pairs.some(([t]) => t.concerns.some((c) => c.theme === theme && normal(c.text).includes(normal(gist))))) continue;
    const relevant = concernRelevance(pairs, topic, gists, Number(index));
    if (relevant.size > 0) queries.push({ id: `concern:${theme}`, kind: 'concern', text: gist, relevant });
  }
  return queries;
}

type Pair = readonly [FileTruth, SlimMeeting];

/** The parsed item the planted item (by its ordinal) was matched to, or -1 (no passage has it). */
const parsedItem = (m: SlimMeeting, plantedOrdinal: number): number => m.itemOf.get(plantedOrdinal) ?? -1;

/** Raises a passage to `grade` (never lowers it). */
function grade(relevant: Map<string, number>, key: string, g: number): void {
  relevant.set(key, Math.max(relevant.get(key) ?? 0, g));
}

/** Statements planted with the topic: EXACT; every other passage of an item planted with it: RELATED. */
function topicRelevance(pairs: readonly Pair[], slug: string): Map<string, number> {
  const relevant = new Map<string, number>();
  for (const [t, m] of pairs) {
    for (const item of t.items) {
      const ordinal = parsedItem(m, item.ordinal);
      const passages = m.passages.filter((p) => p.itemOrdinal === ordinal);
      if (item.topics.includes(slug)) for (const p of passages) grade(relevant, passageKey(m.id, p.ordinal), RELATED);
      for (const s of item.statements) {
        if (!s.topics.includes(slug)) continue;
        const p = passages.find((x) => sameText(x.text, s.text));
        if (p) grade(relevant, passageKey(m.id, p.ordinal), EXACT);
      }
    }
  }
  return relevant;
}

/** Statements from the floor; presentations, answers and decisions may name a gist as a fact ("… har utvärderats") without raising it. */
const RAISING: ReadonlySet<StatementTruth['kind']> = new Set(['council_comment', 'council_question', 'information']);

/**
 * Passages that voice a concern of the topic: EXACT for the theme's gist (`gists[theme]`), RELATED
 * for another of the topic's. A concern is voiced where the truth records one, and also by a
 * planted statement of the topic that says a gist word for word: the generator has committee
 * members ask about a gist ("Karin tar upp …") without recording a council concern, and a search
 * for the gist rightly finds those passages.
 */
function concernRelevance(pairs: readonly Pair[], topic: string, gists: readonly string[], theme: number): Map<string, number> {
  const relevant = new Map<string, number>();
  const gistOf = (text: string): number => {
    const said = normal(text);
    const says = (g: string): boolean => said.includes(normal(g));
    return says(gists[theme]!) ? theme : gists.findIndex(says);
  };
  const voiced = (m: SlimMeeting, plantedItem: number, text: string, exact: boolean): void => {
    const ordinal = parsedItem(m, plantedItem);
    const p = m.passages.find((x) => x.itemOrdinal === ordinal && sameText(x.text, text));
    if (p) grade(relevant, passageKey(m.id, p.ordinal), exact ? EXACT : RELATED);
  };
  for (const [t, m] of pairs) {
    for (const c of t.concerns) if (c.topic === topic) voiced(m, c.itemOrdinal, c.text, c.theme === `${topic}/${theme}`);
    for (const item of t.items)
      for (const s of item.statements) {
        const gist = s.topics.includes(topic) && RAISING.has(s.kind) ? gistOf(s.text) : -1;
        if (gist >= 0) voiced(m, item.ordinal, s.text, gist === theme);
      }
  }
  return relevant;
}
