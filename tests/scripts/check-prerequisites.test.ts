import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrepared, prepareEmbeddedNeo4j } from '../../graph/embedded/prepare.js';
import { makeTempDir } from '../fixtures/temp-dir.js';

/**
 * scripts/check-prerequisites.ts run for real, with PATH pointing at a folder of stub executables
 * (java, mvn, apt-get) and RADSLAG_CHROMIUM at a stub chromium, so each case decides exactly what
 * this "machine" has. The embedded Neo4j's jars are the real ones (prepared here first).
 */
const ROOT = resolve(import.meta.dirname, '../..');

const STUBS = {
  java: `#!/bin/sh\necho 'openjdk version "17.0.15" 2025-04-15' >&2\n`,
  'java-8': `#!/bin/sh\necho 'java version "1.8.0_392"' >&2\n`,
  mvn: `#!/bin/sh\necho 'Apache Maven 3.8.7'\n`,
  chromium: `#!/bin/sh\nexit 0\n`,
  // Records its arguments; `install` puts the named packages' stubs in place, as apt would.
  'apt-get': [
    '#!/bin/sh',
    'echo "$*" >> "$STUB_LOG"',
    '[ "$1" = install ] || exit 0',
    'for p in "$@"; do case "$p" in',
    '  openjdk-17-jre-headless) /bin/cp "$STUB_SHELF/java" "$STUB_BIN/java" ;;',
    '  maven) /bin/cp "$STUB_SHELF/mvn" "$STUB_BIN/mvn" ;;',
    '  chromium) /bin/cp "$STUB_SHELF/chromium" "$RADSLAG_CHROMIUM" ;;',
    'esac; done',
    '',
  ].join('\n'),
};
type Stub = keyof typeof STUBS;

// The install case runs the script with a stub mvn: only where the jars are already current, so
// that it can never try to rebuild them with the stub.
const jarsWereCurrent = await isPrepared();
const asRoot = process.getuid?.() === 0;

let root: { dir: string; remove: () => Promise<void> };
let shelf: string;
let cases = 0;

beforeAll(async () => {
  // The real jars: built on a fresh checkout, a no-op after `npm run neo4j:prepare`.
  await prepareEmbeddedNeo4j();
  root = await makeTempDir('radslag-prereq-');
  shelf = join(root.dir, 'shelf');
  await mkdir(shelf);
  for (const [name, body] of Object.entries(STUBS)) {
    await writeFile(join(shelf, name), body);
    await chmod(join(shelf, name), 0o755);
  }
}, 600_000);
afterAll(async () => {
  await root?.remove();
});

/** A machine with these executables (`java-8` installs as `java`); chromium stands at RADSLAG_CHROMIUM. */
async function machine(has: Stub[]): Promise<{ bin: string; env: NodeJS.ProcessEnv; log: string }> {
  const home = join(root.dir, `case-${++cases}`);
  const bin = join(home, 'bin');
  await mkdir(bin, { recursive: true });
  const chromium = join(home, 'chromium');
  for (const stub of has) await copyFile(join(shelf, stub), stub === 'chromium' ? chromium : join(bin, stub === 'java-8' ? 'java' : stub));
  const log = join(home, 'apt.log');
  const env: NodeJS.ProcessEnv = {
    HOME: home,
    PATH: bin,
    RADSLAG_CHROMIUM: chromium,
    STUB_BIN: bin,
    STUB_SHELF: shelf,
    STUB_LOG: log,
  };
  return { bin, env, log };
}

function check(env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  return new Promise((done) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-prerequisites.ts'],
      { cwd: ROOT, env, timeout: 60_000 },
      (error, stdout) => done({ code: error === null ? 0 : Number(error.code ?? -1), stdout }),
    ),
  );
}

const INSTALL = /apt-get update && (sudo )?apt-get install -y --no-install-recommends (.+)$/m;

describe('npm test checks its prerequisites first', { timeout: 120_000 }, () => {
  it('passes, listing each, when everything is there', async () => {
    const { env } = await machine(['java', 'mvn', 'chromium', 'apt-get']);
    const run = await check({ ...env, RADSLAG_NO_INSTALL: '1' });
    expect(run.stdout).toMatch(/✓ Java 17\+: openjdk version "17\.0\.15"/);
    expect(run.stdout).toMatch(/✓ Maven: Apache Maven 3\.8\.7/);
    expect(run.stdout).toMatch(/✓ Chromium: .*chromium/);
    expect(run.stdout).toMatch(/✓ Embedded Neo4j jars: graph\/embedded\/target\/lib/);
    expect(run.stdout).not.toMatch(/✗/);
    expect(run.code).toBe(0);
  });

  it('with nothing there and installing forbidden: names what is missing, prints the one install command, installs nothing', async () => {
    const { env, log } = await machine(['apt-get']);
    const run = await check({ ...env, RADSLAG_NO_INSTALL: '1' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ Java 17\+/);
    expect(run.stdout).toMatch(/✗ Maven/);
    expect(run.stdout).toMatch(/✗ Chromium: no executable at/);
    expect(run.stdout).toMatch(/missing: Java 17\+, Maven, Chromium \(RADSLAG_NO_INSTALL is set/);
    expect(run.stdout.match(INSTALL)?.[2]?.split(' ')).toEqual(['openjdk-17-jre-headless', 'maven', 'chromium']);
    await expect(readFile(log, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('asks only for what is missing: chromium alone', async () => {
    const { env } = await machine(['java', 'mvn', 'apt-get']);
    const run = await check({ ...env, RADSLAG_NO_INSTALL: '1' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✓ Java 17\+/);
    expect(run.stdout.match(INSTALL)?.[2]).toBe('chromium');
  });

  it('a Java older than 17 counts as missing', async () => {
    const { env } = await machine(['java-8', 'mvn', 'chromium', 'apt-get']);
    const run = await check({ ...env, RADSLAG_NO_INSTALL: '1' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✗ Java 17\+: `java` is too old/);
    expect(run.stdout.match(INSTALL)?.[2]).toBe('openjdk-17-jre-headless');
  });

  it('without apt-get it still says which packages, and stops', async () => {
    const { env } = await machine(['java', 'chromium']);
    const run = await check({ ...env, RADSLAG_NO_INSTALL: '1' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/install maven \(the Debian names\) with your system's package manager/);
  });

  // Installing needs root; apt-get here is the stub on PATH, which only copies stubs into place.
  it.runIf(asRoot && jarsWereCurrent)('as root, installs what is missing with apt-get the way CI does, then passes', async () => {
    const { env, log } = await machine(['apt-get', 'mvn']);
    const run = await check(env);
    expect(run.stdout).toMatch(/installing openjdk-17-jre-headless chromium with apt-get/);
    expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual([
      'update -qq',
      'install -y -qq --no-install-recommends openjdk-17-jre-headless chromium',
    ]);
    expect(run.stdout).toMatch(/checking again:\n {2}✓ Java 17\+.*\n {2}✓ Chromium/);
    expect(run.stdout).toMatch(/all prerequisites are there/);
    expect(run.code).toBe(0);
  });
});
