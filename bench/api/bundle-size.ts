import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { makeTempDir } from '../../tests/fixtures/temp-dir.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface AssetTotals {
  files: number;
  raw: number;
  /** gzip at zlib's default level (6), what a typical server or CDN sends. */
  gzip: number;
}

export interface BundleSize {
  js: AssetTotals;
  css: AssetTotals;
  total: AssetTotals;
}

/** Sums the JS and CSS files under `dir` (recursively); source maps and other assets are not shipped code. */
export async function sumBundle(dir: string): Promise<BundleSize> {
  const empty = (): AssetTotals => ({ files: 0, raw: 0, gzip: 0 });
  const size = { js: empty(), css: empty(), total: empty() };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const kind = /\.m?js$/.test(entry.name) ? 'js' : entry.name.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const bytes = await readFile(path.join(entry.parentPath, entry.name));
    const gzip = gzipSync(bytes).length;
    for (const t of [size[kind], size.total]) {
      t.files++;
      t.raw += bytes.length;
      t.gzip += gzip;
    }
  }
  return size;
}

/** Builds the client with its own Vite config (production, no source maps) into a temp folder and sums it. */
export async function measureBundle(): Promise<BundleSize> {
  const { dir, remove } = await makeTempDir('radslag-bench-bundle-');
  try {
    await build({
      configFile: path.join(ROOT, 'client/vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true, sourcemap: false },
    });
    return await sumBundle(dir);
  } finally {
    await remove();
  }
}
