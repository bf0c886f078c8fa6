import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j } from '../../../graph/embedded/embedded-neo4j.js';
import { parseJavaMajor, resolveJava } from '../../../graph/embedded/java-runtime.js';

const JAVA_VARS = ['PATH', 'JAVA_HOME', 'RADSLAG_JAVA'] as const;
const saved = Object.fromEntries(JAVA_VARS.map((name) => [name, process.env[name]]));

function restoreEnv() {
  for (const name of JAVA_VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
}

describe('parseJavaMajor', () => {
  it('reads modern and 1.x version lines', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('no version here')).toBeUndefined();
  });
});

describe('resolveJava', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'radslag-java-test-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });
  afterEach(restoreEnv);

  it('finds the Java 17+ on this machine', async () => {
    const java = await resolveJava();
    expect(java.major).toBeGreaterThanOrEqual(17);
  });

  it('fails with java_missing naming the binary when RADSLAG_JAVA points nowhere', async () => {
    const missing = path.join(root, 'no-such-java');
    await expect(resolveJava({ ...process.env, RADSLAG_JAVA: missing })).rejects.toMatchObject({
      code: 'java_missing',
      message: expect.stringContaining(missing),
    });
  });

  it('fails with java_too_old for a Java 8', async () => {
    const fakeJava = path.join(root, 'java8');
    await writeFile(fakeJava, '#!/bin/sh\necho \'java version "1.8.0_392"\' >&2\n');
    await chmod(fakeJava, 0o755);
    await expect(resolveJava({ ...process.env, RADSLAG_JAVA: fakeJava })).rejects.toMatchObject({
      code: 'java_too_old',
      message: expect.stringContaining('1.8.0_392'),
    });
  });

  it('makes startEmbeddedNeo4j fail clearly, suggesting NEO4J_URI, when java is not on PATH', async () => {
    process.env.PATH = path.join(root, 'empty-bin');
    delete process.env.JAVA_HOME;
    delete process.env.RADSLAG_JAVA;
    const attempt = startEmbeddedNeo4j({ dataDir: path.join(root, 'neo4j') });
    await expect(attempt).rejects.toMatchObject({ code: 'java_missing' });
    await expect(attempt).rejects.toThrow(/Install a JDK or JRE 17.*NEO4J_URI.*docker compose up/s);
  });
});
