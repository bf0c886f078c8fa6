import type { Random } from './random.js';
import { TOPIC_SLUGS } from './topic-texts.js';

export type Trend = 'rising' | 'fading' | 'emerging' | 'stable';

export interface TopicTrend {
  slug: string;
  trend: Trend;
  /** Weight per year of the period. */
  weights: number[];
}

/**
 * How prevalent each topic is, year by year: three topics rise, three fade, one appears only from
 * the middle of the period, the rest hold steady. Which ones is drawn from the seed, so a benchmark
 * can check that trend detection finds the planted ones.
 */
export function topicTrends(years: number, random: Random): TopicTrend[] {
  const order = random.shuffle(TOPIC_SLUGS);
  const trendOf = (i: number): Trend => (i < 3 ? 'rising' : i < 6 ? 'fading' : i === 6 ? 'emerging' : 'stable');
  return order.map((slug, i) => {
    const trend = trendOf(i);
    const weights = Array.from({ length: years }, (_, y) => {
      const f = years === 1 ? 0.5 : y / (years - 1);
      if (trend === 'rising') return round(0.3 + 2.4 * f);
      if (trend === 'fading') return round(2.7 - 2.4 * f);
      if (trend === 'emerging') return f < 0.5 ? 0 : 2.5;
      return 1;
    });
    return { slug, trend, weights };
  });
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** `n` distinct topics for a meeting in year `yearIndex`, drawn by the year's weights. */
export function drawTopics(trends: readonly TopicTrend[], yearIndex: number, n: number, random: Random): string[] {
  const weights = trends.map((t) => t.weights[yearIndex] ?? 1);
  const out: string[] = [];
  while (out.length < n && weights.some((w) => w > 0)) {
    const i = random.weighted(weights);
    out.push(trends[i]!.slug);
    weights[i] = 0;
  }
  return out;
}
