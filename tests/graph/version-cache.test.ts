import { describe, expect, it } from 'vitest';
import { bumpGraphVersion, readGraphVersion } from '../../graph/graph-version.js';
import { VersionCache } from '../../graph/version-cache.js';
import { useSampleGraph } from '../helpers/sample-graph.js';

const g = useSampleGraph({ fresh: true });
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

  it('does not keep a failure, and keeps at most maxKeys values a version', async () => {
    const cache = new VersionCache<string>(1);
    await expect(cache.get(g.executor, 'bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get(g.executor, 'bad', async () => 'ok')).toBe('ok');
    let calls = 0;
    const count = async () => `call ${++calls}`;
    expect(await cache.get(g.executor, 'second', count)).toBe('call 1');
    expect(await cache.get(g.executor, 'second', count)).toBe('call 2'); // over the limit: computed each time
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
