import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule (eslint-rules/layers.js) run through the project's own ESLint config on code
 * written here, as if it stood at the given path: it must fail a back-import and pass the
 * imports the layers allow. The tree itself passing is `npm run lint`.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/one-way').map((m) => m.message);
}

describe('layers/one-way', () => {
  it('fails ingest/ importing graph/ (the pipeline runs ingest → graph, never back)', async () => {
    const errors = await layerErrors(
      'ingest/parse/back-import.ts',
      "import { ensureSchema } from '../../graph/db/schema.js';\nexport const f = ensureSchema;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("ingest/ may not import from graph/ ('../../graph/db/schema.js')");
  });

  it('fails graph/ importing ingest/, the client importing the server, shapes/ importing anything of ours', async () => {
    expect(await layerErrors('graph/read/x.ts', "export { enrichMinutes } from '../../ingest/nlp/enrich.js';\n")).toHaveLength(1);
    expect(
      await layerErrors('client/src/views/X.tsx', "import { createApp } from '../../../server/app.js';\nexport const x = createApp;\n"),
    ).toHaveLength(1);
    expect(
      await layerErrors('shapes/x.ts', "import { tokenise } from '../language/tokenise.js';\nexport const t = tokenise;\n"),
    ).toHaveLength(1);
    expect(await layerErrors('pipeline/x.ts', "export const load = () => import('../server/main.js');\n")).toHaveLength(1);
  });

  it('passes imports from the own layer and the layers below, and the client’s own graph/ folder', async () => {
    expect(
      await layerErrors(
        'graph/read/x.ts',
        "import { personKey } from '../../shapes/keys.js';\nimport { tokenise } from '../../language/tokenise.js';\nexport const a = [personKey, tokenise];\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        'client/src/views/X.tsx',
        "import type { Meeting } from '../../../shapes/api/index.js';\nimport { draw } from '../graph/draw.js';\nexport type M = Meeting;\nexport const d = draw;\n",
      ),
    ).toEqual([]);
    expect(
      await layerErrors('server/x.ts', "import { IngestSession } from '../pipeline/ingest-session.js';\nexport const s = IngestSession;\n"),
    ).toEqual([]);
    expect(await layerErrors('tests/x.test.ts', "import { createApp } from '../server/app.js';\nexport const x = createApp;\n")).toEqual(
      [],
    );
  });
});
