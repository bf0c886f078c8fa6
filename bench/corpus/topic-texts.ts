import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Phrases = z.array(z.string().min(1)).min(1);

/**
 * What the generator says about each topic of data/topics.json, in the administration's own
 * vocabulary: agenda titles, presenters' statements, the council's standing concerns (definite
 * noun phrases that fit "Rådet lyfter frågan om …") and matters a follow-up can promise news on.
 * Statements avoid the follow-up phrases ("återkommer", "sänds ut", "följs upp") so that every
 * follow-up in a generated file is a planted one.
 */
export const TopicTextsSchema = z.object({ titles: Phrases, facts: Phrases, concerns: Phrases, matters: Phrases });
export type TopicTexts = z.infer<typeof TopicTextsSchema>;

/** The texts by topic slug, in topic-texts.json: text kept as data, so the generator's code stays code. */
export const TOPIC_TEXTS: Readonly<Record<string, TopicTexts>> = z
  .record(z.string(), TopicTextsSchema)
  .parse(JSON.parse(readFileSync(new URL('./topic-texts.json', import.meta.url), 'utf8')));

export const TOPIC_SLUGS: readonly string[] = Object.keys(TOPIC_TEXTS);
