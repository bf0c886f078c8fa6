import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const TopicDefinitionSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  label_sv: z.string().min(1),
  label_en: z.string().min(1),
  description: z.string(),
  /** Phrases that name the topic outright ("nära vård"); strong evidence. */
  aliases: z.array(z.string().min(1)),
  /** Words (or compound parts) that point to the topic. */
  keywords: z.array(z.string().min(1)),
  /** Words that point to it only together with other evidence ("kapacitet"). */
  weakKeywords: z.array(z.string().min(1)).default([]),
  parent: z.string().nullable().default(null),
});
export type TopicDefinition = z.infer<typeof TopicDefinitionSchema>;

export const TaxonomySchema = z
  .object({ version: z.number().int(), topics: z.array(TopicDefinitionSchema).min(1) })
  .superRefine((t, ctx) => {
    const slugs = new Set<string>();
    for (const topic of t.topics) {
      if (slugs.has(topic.slug)) ctx.addIssue({ code: 'custom', message: `duplicate topic slug: ${topic.slug}` });
      slugs.add(topic.slug);
    }
    for (const topic of t.topics) {
      if (topic.parent && !slugs.has(topic.parent))
        ctx.addIssue({ code: 'custom', message: `unknown parent ${topic.parent} of ${topic.slug}` });
    }
  });
export type Taxonomy = z.infer<typeof TaxonomySchema>;

export const DEFAULT_TAXONOMY_PATH = fileURLToPath(new URL('../../data/topics.json', import.meta.url));

/** Reads and validates the editable taxonomy (data/topics.json, or RADSLAG_TOPICS). */
export function loadTaxonomy(path = process.env.RADSLAG_TOPICS ?? DEFAULT_TAXONOMY_PATH): Taxonomy {
  return TaxonomySchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
