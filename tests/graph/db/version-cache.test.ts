import { describe, expect, it } from 'vitest';
import type { CypherParams, RowMapper } from '../../../graph/db/executor.js';
import { VERSION_FRESH_MS, bumpGraphVersion, readGraphVersion } from '../../../graph/db/graph-version.js';
import { VersionCache } from '../../../graph/db/version-cache.js';
import { useSampleGraph } from '../../helpers/sample-graph.js';

const g = useSampleGraph({ fresh: 'reset' });
const bump = () => g.executor.write((tx) => bumpGraphVersion(tx));

describe('VersionCache', () => {
  it('keeps a value while the graph version stands and computes again after a change', async () => {
    const cache = new VersionCache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await readGraphVersion(g.executor)).toBe('none');
    expect(await cache.get(g.executor, 'k', compute)).toBe(1);
    expect(await cache.get(g.executor, 'k', compute)).toBe(1);
    expect(await cache.get(g.executor, 'other', compute)).toBe(2);
    await bump();
    expect(await cache.get(g.executor, 'k', compute)).toBe(3);
    expect(await cache.get(g.executor, 'k', compute)).toBe(3);
  });

  it('does not keep a failure, and keeps at most maxKeys values a version, dropping the least recently used', async () => {
    const cache = new VersionCache<string>(2);
    await expect(cache.get(g.executor, 'bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get(g.executor, 'bad', async () => 'ok')).toBe('ok');
    let calls = 0;
    const count = async () => `call ${++calls}`;
    expect(await cache.get(g.executor, 'second', count)).toBe('call 1');
    expect(await cache.get(g.executor, 'bad', count)).toBe('ok'); // used again: now the most recent
    expect(await cache.get(g.executor, 'third', count)).toBe('call 2'); // full: 'second' goes
    expect(await cache.get(g.executor, 'bad', count)).toBe('ok');
    expect(await cache.get(g.executor, 'second', count)).toBe('call 3');
  });

  it('version reads are shared for a moment, but never one that began before a write of this process ended', async () => {
    let reads = 0;
    let open: () => void = () => undefined;
    let gate = Promise.resolve();
    const counting = {
      read: async <T>(cypher: string, params?: CypherParams, map?: RowMapper<T>): Promise<T[]> => {
        reads++;
        await gate;
        return g.executor.read(cypher, params, map);
      },
      get writeGeneration() {
        return g.executor.writeGeneration;
      },
    };
    const together = await Promise.all(Array.from({ length: 5 }, () => readGraphVersion(counting)));
    expect(reads).toBe(1);
    expect(new Set(together).size).toBe(1);
    expect(await readGraphVersion(counting)).toBe(together[0]); // just read: no round trip
    expect(reads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, VERSION_FRESH_MS + 20));

    gate = new Promise<void>((resolve) => (open = resolve));
    const early = readGraphVersion(counting); // held at the gate, before the write below
    await bump();
    const late = readGraphVersion(counting);
    expect(reads).toBe(3); // the early caller read anew (the first read was too old), the late one did not join it
    open();
    const [, after] = await Promise.all([early, late]);
    expect(after).toBe(await readGraphVersion(g.executor));
    expect(after).not.toBe(together[0]);
  });

  it('a wiped graph never passes for the old one, even when its counter is the same', async () => {
    await bump();
    const before = await readGraphVersion(g.executor);
    await g.reset();
    await bump();
    const after = await readGraphVersion(g.executor);
    expect(before.split(':')[1]).toBe(after.split(':')[1]);
    expect(after).not.toBe(before);
  });
});
