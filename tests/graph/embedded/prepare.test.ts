import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAUNCHER_CLASS_FILE, LIB_DIR } from '../../../graph/embedded/paths.js';
import { isPrepared, prepareEmbeddedNeo4j } from '../../../graph/embedded/prepare.js';

describe('prepareEmbeddedNeo4j', () => {
  it('does not run Maven again once the jars match the pom and launcher source', { timeout: 600_000 }, async () => {
    await prepareEmbeddedNeo4j(); // builds on a fresh checkout, a no-op after `npm run neo4j:prepare`
    expect(await isPrepared()).toBe(true);
    expect(existsSync(LAUNCHER_CLASS_FILE)).toBe(true);

    const again = await prepareEmbeddedNeo4j({ env: { ...process.env, RADSLAG_MVN: '/nonexistent/mvn' } });
    expect(again).toEqual({ built: false, seconds: 0 });
  });

  it('treats a build of other inputs (a changed pom) as stale', async () => {
    expect(await isPrepared('0'.repeat(64))).toBe(false);
  });

  it('fails with maven_missing, before touching the existing jars, when Maven is not installed', async () => {
    const libBefore = statSync(LIB_DIR).mtimeMs;
    const attempt = prepareEmbeddedNeo4j({ force: true, env: { ...process.env, RADSLAG_MVN: '/nonexistent/mvn' } });
    await expect(attempt).rejects.toMatchObject({ code: 'maven_missing', message: expect.stringContaining('apt install maven') });
    expect(statSync(LIB_DIR).mtimeMs).toBe(libBefore);
    expect(await isPrepared()).toBe(true);
  });
});
