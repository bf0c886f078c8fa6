import { sameText } from '../../corpus/recovery.js';
import { TOPIC_TEXTS } from '../../corpus/topic-texts.js';
import type { CorpusTruth, FileTruth } from '../../corpus/truth.schema.js';
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
    const gist = TOPIC_TEXTS[topic]?.concerns[Number(index)];
    if (!gist) continue;
    const relevant = concernRelevance(pairs, theme, topic);
    if (relevant.size > 0) queries.push({ id: `concern:${theme}`, kind: 'concern', text: gist, relevant });
  }
  return queries;
}

type Pair = readonly [FileTruth, SlimMeeting];

const itemOrdinalOf = (m: SlimMeeting, number: string): number => m.items.find((i) => i.number === number)?.ordinal ?? -1;

/** Raises a passage to `grade` (never lowers it). */
function grade(relevant: Map<string, number>, key: string, g: number): void {
  relevant.set(key, Math.max(relevant.get(key) ?? 0, g));
}

/** Statements planted with the topic: EXACT; every other passage of an item planted with it: RELATED. */
function topicRelevance(pairs: readonly Pair[], slug: string): Map<string, number> {
  const relevant = new Map<string, number>();
  for (const [t, m] of pairs) {
    for (const item of t.items) {
      const ordinal = itemOrdinalOf(m, item.number);
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

/** Passages that raise a concern of the theme: EXACT; those raising another concern of its topic: RELATED. */
function concernRelevance(pairs: readonly Pair[], theme: string, topic: string): Map<string, number> {
  const relevant = new Map<string, number>();
  for (const [t, m] of pairs) {
    for (const c of t.concerns) {
      if (c.topic !== topic) continue;
      const ordinal = itemOrdinalOf(m, c.itemNumber);
      const p = m.passages.find((x) => x.itemOrdinal === ordinal && sameText(x.text, c.text));
      if (p) grade(relevant, passageKey(m.id, p.ordinal), c.theme === theme ? EXACT : RELATED);
    }
  }
  return relevant;
}
