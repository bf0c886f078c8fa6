/**
 * Builds the client once for the e2e run, into a fresh temporary folder, so the tests never depend on
 * (or overwrite) whatever client/dist holds. Uses Vite's API with the project's own config.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../../..');

export async function buildClient(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'radslag-client-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test the real one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(ROOT, 'client/vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
