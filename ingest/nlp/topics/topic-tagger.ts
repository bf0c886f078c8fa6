import type { Embedder } from '../../embed/embedder.js';
import type { TopicScore } from '../../../shapes/annotated-meeting.schema.js';
import { defaultCompoundSplitter } from '../../../language/compound-splitter.js';
import { countPhrase, keywordKey, phraseStems, termsOf, type TextTerms } from '../../../language/topics/term-index.js';
import type { Taxonomy, TopicDefinition } from '../../../language/topics/taxonomy.js';

interface CompiledTopic {
  slug: string;
  phrases: string[][];
  keywords: string[];
  weak: string[];
  /** The topic's own text embedded, when an embedder is given. */
  vector: Float32Array | null;
}

/** How much each kind of evidence counts; lexical scores saturate as 1 − e^(−evidence). */
const WEIGHTS = { phrase: 1.2, keyword: 0.8, weak: 0.25 };
const LEXICAL_SHARE = 0.75;
const MIN_SCORE = 0.2;

/**
 * Tags texts with taxonomy topics. The score combines lexical evidence — aliases as phrases,
 * keywords inside compounds, weak keywords — with the cosine similarity between the text's
 * embedding and the topic's own (label, description, aliases), when vectors are available:
 * score = 0.75 · lexical + 0.25 · similarity, and a topic with no lexical evidence at all needs
 * a strong similarity to be kept.
 */
export class TopicTagger {
  /**
   * Which topics a form (a phrase's first stem, a keyword, a weak keyword) can give evidence to.
   * A passage names a few of some forty topics: the others are scored by similarity alone, without
   * walking their keyword lists (that walk was a tenth of the ingest's preparation on Node).
   */
  private readonly topicsOfForm = new Map<string, Set<number>>();

  private constructor(private readonly topics: CompiledTopic[]) {
    topics.forEach((topic, i) => {
      for (const form of [...topic.phrases.map((phrase) => phrase[0]!), ...topic.keywords, ...topic.weak]) {
        const topicsOf = this.topicsOfForm.get(form) ?? new Set<number>();
        this.topicsOfForm.set(form, topicsOf.add(i));
      }
    });
  }

  static async create(taxonomy: Taxonomy, embedder?: Embedder): Promise<TopicTagger> {
    const vectors = embedder ? await embedder.embed(taxonomy.topics.map(topicText), 'passage') : null;
    return new TopicTagger(
      taxonomy.topics.map((t, i) => ({
        slug: t.slug,
        // Aliases that stem alike ("vård i hemmet", "vården i hemmet") are one phrase, counted once.
        phrases: uniqueBy(t.aliases.filter((a) => /\s/.test(a)).map(phraseStems), (stems) => stems.join(' ')),
        keywords: [...new Set([...t.keywords, ...t.aliases.filter((a) => !/\s/.test(a))].map(keywordKey))],
        weak: t.weakKeywords.map(keywordKey),
        vector: vectors?.[i] ?? null,
      })),
    );
  }

  /** Topics of one text, best first. `boost` multiplies the lexical evidence (titles count more). */
  tag(text: string, vector: Float32Array | null = null, boost = 1): TopicScore[] {
    return this.score(termsOf(text, defaultCompoundSplitter(), { lemmas: true }), vector, boost);
  }

  score(terms: TextTerms, vector: Float32Array | null, boost = 1): TopicScore[] {
    const out: TopicScore[] = [];
    // Most phrases' first word is not in a given text: skip those without scanning it.
    const present = new Set(terms.stems);
    const named = new Set<number>();
    for (const form of [...present, ...terms.forms.keys()]) this.topicsOfForm.get(form)?.forEach((i) => named.add(i));
    this.topics.forEach((topic, i) => {
      let evidence = 0;
      let strong = false;
      if (named.has(i)) {
        for (const phrase of topic.phrases) if (present.has(phrase[0]!)) evidence += WEIGHTS.phrase * countPhrase(terms.stems, phrase);
        strong = evidence > 0;
        for (const k of topic.keywords) {
          const n = terms.forms.get(k) ?? 0;
          if (n > 0) {
            evidence += WEIGHTS.keyword * Math.min(n, 3);
            strong = true;
          }
        }
        for (const k of topic.weak) evidence += WEIGHTS.weak * Math.min(terms.forms.get(k) ?? 0, 2);
      }
      const lexical = strong ? 1 - Math.exp(-evidence * boost) : 0;
      const similarity = vector && topic.vector ? Math.max(0, dot(vector, topic.vector)) : null;
      const score =
        similarity === null
          ? lexical
          : strong
            ? LEXICAL_SHARE * lexical + (1 - LEXICAL_SHARE) * similarity
            : similarity >= 0.75
              ? similarity - 0.5
              : 0;
      if (score >= MIN_SCORE) out.push({ slug: topic.slug, score: round(score) });
    });
    return out.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
  }
}

/**
 * Topics of a whole (an agenda item, a meeting) from its parts: a noisy-or of the parts' scores,
 * so a topic that recurs across passages rises above one mentioned once.
 */
export function aggregateTopics(parts: ReadonlyArray<readonly TopicScore[]>, extra: readonly TopicScore[] = []): TopicScore[] {
  const miss = new Map<string, number>();
  for (const topics of [...parts, extra]) for (const t of topics) miss.set(t.slug, (miss.get(t.slug) ?? 1) * (1 - t.score * 0.6));
  return [...miss]
    .map(([slug, m]) => ({ slug, score: round(1 - m) }))
    .filter((t) => t.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
}

const topicText = (t: TopicDefinition): string => [t.label_sv, t.description, ...t.aliases].join('. ');
const round = (x: number): number => Math.round(Math.min(1, x) * 1000) / 1000;

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
