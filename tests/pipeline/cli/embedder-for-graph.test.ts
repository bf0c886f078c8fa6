import { beforeEach, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../../graph/db/schema.js';
import { embedderConfigForGraph } from '../../../pipeline/cli/fetch-missing-model.js';
import { FIXTURE_DIMENSIONS } from '../../fixtures/annotated/embedding.js';
import { useSchemaGraph } from '../../helpers/sample-graph.js';

/**
 * npm start and npm run ingest on a graph the lexical embedder filled: they stay lexical (a fetched
 * model would make every write an embedder mismatch) and say how to move over; on an empty graph they
 * go on to the fetch step (switched off in tests by RADSLAG_MODEL_FETCH=0).
 */
const g = useSchemaGraph({ fresh: 'clear' });
let lines: string[] = [];
beforeEach(() => {
  lines = [];
});
const options = { lang: 'en' as const, say: (line: string) => lines.push(line) };

describe('embedderConfigForGraph', () => {
  it('keeps a lexically embedded graph lexical in auto mode, and says how to reindex', async () => {
    await ensureSchema(g.executor, { dimensions: FIXTURE_DIMENSIONS, embedderId: 'lexical-v2-32' });
    await g.executor.run("CREATE (:Meeting {id: 'm1', embedderId: 'lexical-v2-32'})");
    expect(await embedderConfigForGraph(g.executor, {}, options)).toEqual({ kind: 'lexical' });
    expect(lines.join('\n')).toMatch(/npm run reindex/);
    // a kind asked for outright is left as asked
    expect(await embedderConfigForGraph(g.executor, { kind: 'transformers' }, options)).toEqual({ kind: 'transformers' });
  });

  it('leaves the config as it is on a graph with no embedded meeting', async () => {
    await ensureSchema(g.executor, { dimensions: FIXTURE_DIMENSIONS, embedderId: 'lexical-v2-32' });
    expect(await embedderConfigForGraph(g.executor, {}, options)).toEqual({});
    expect(lines.join('\n')).not.toMatch(/reindex/);
  });
});
