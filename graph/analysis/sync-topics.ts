import type { Taxonomy } from '../../language/topics/taxonomy.js';
import { bumpGraphVersion } from '../db/graph-version.js';
import type { GraphWriter } from '../db/ports.js';

const SYNC = `
UNWIND $rows AS row
MERGE (t:Topic {slug: row.slug})
SET t.label_sv = row.label_sv, t.label_en = row.label_en, t.description = row.description,
    t.aliases = row.aliases, t.parent = row.parent, t.inTaxonomy = true`;

const RETIRE = `
MATCH (t:Topic) WHERE NOT t.slug IN $slugs SET t.inTaxonomy = false`;

/** Writes the taxonomy's labels and descriptions onto the Topic nodes, so the graph explains itself. */
export async function syncTopics(executor: GraphWriter, taxonomy: Taxonomy): Promise<void> {
  const rows = taxonomy.topics.map((t) => ({
    slug: t.slug,
    label_sv: t.label_sv,
    label_en: t.label_en,
    description: t.description,
    aliases: t.aliases,
    parent: t.parent,
  }));
  await executor.write(async (tx) => {
    await tx.run(SYNC, { rows });
    await tx.run(RETIRE, { slugs: rows.map((r) => r.slug) });
    // Labels are part of what read models keep in memory.
    await bumpGraphVersion(tx);
  });
}
