import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../../ingest/cli/ingest-file.js';
import { ParseError } from '../../../ingest/parse/parse-minutes.js';
import { MinutesSchema } from '../../../ingest/parse/minutes.schema.js';
import { SAMPLES } from '../../fixtures/sample-minutes.js';
import { makeTempDir } from '../../fixtures/temp-dir.js';

let dir: string;
let remove: () => Promise<void>;
beforeAll(async () => ({ dir, remove } = await makeTempDir('radslag-pipeline-')));
afterAll(() => remove());

describe('ingestFile', () => {
  it('reads and parses a sample into a valid Minutes record', async () => {
    const result = await ingestFile(SAMPLES[2025]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(MinutesSchema.parse(result.minutes).date).toBe('2025-04-10');
    expect(result.minutes.source.path).toBe(SAMPLES[2025]);
  });

  it('returns a read failure with its code instead of throwing', async () => {
    const path = join(dir, 'blank.txt');
    await writeFile(path, '   \n');
    expect(await ingestFile(path)).toEqual({ ok: false, path, error: { code: 'empty_file', message: 'File contains only whitespace' } });
  });

  it('passes the size limit to the read stage', async () => {
    const result = await ingestFile(SAMPLES[2024], { maxBytes: 100 });
    expect(result.ok ? null : result.error.code).toBe('too_large');
  });

  // The parser is total for any text, so its failure paths are driven by parse stages that fail.
  it('turns any parser exception into parse_failed', async () => {
    const result = await ingestFile(SAMPLES[2024], {
      parse: () => {
        throw new TypeError('boom');
      },
    });
    expect(result).toEqual({ ok: false, path: SAMPLES[2024], error: { code: 'parse_failed', message: 'boom' } });
  });

  it("keeps a ParseError's own code", async () => {
    const result = await ingestFile(SAMPLES[2024], {
      parse: () => {
        throw new ParseError('invalid_record', 'The parsed record is invalid: date');
      },
    });
    expect(result.ok ? null : result.error.code).toBe('invalid_record');
  });
});
