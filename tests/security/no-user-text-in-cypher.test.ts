import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCypherSinks, listTsFiles } from './cypher-taint.js';

/**
 * Static half of "user text never reaches a Cypher string": every statement handed to the executor
 * (or to a transaction) in graph/ and server/ must be built from constants only. The in-memory
 * fixture proves the check bites on the three ways someone would get it wrong.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

const FIXTURE = `
declare const executor: { read(cypher: string, params?: object): Promise<unknown[]> };
export const interpolated = (id: string) => executor.read(\`MATCH (n {id: '\${id}'}) RETURN n\`);
export const concatenated = (name: string) => executor.read('MATCH (n) WHERE n.name = "' + name + '" RETURN n');
export function viaConst(id: string) {
  const cypher = \`MATCH (n {id: '\${id}'}) RETURN n\`;
  return executor.read(cypher);
}
const ORDER = 'ORDER BY n.id';
export const constantsOnly = (desc: boolean) => executor.read(\`MATCH (n) RETURN n \${ORDER} \${desc ? 'DESC' : 'ASC'}\`);
`;

describe('no user text in Cypher strings', { timeout: 120_000 }, () => {
  const sinks = findCypherSinks(ROOT, listTsFiles(ROOT, ['graph', 'server']), { 'tests/security/__cypher-fixture.ts': FIXTURE });
  const fixture = sinks.filter((s) => s.file === 'tests/security/__cypher-fixture.ts');
  const real = sinks.filter((s) => s.file !== 'tests/security/__cypher-fixture.ts');

  it('finds the repositories, the write stage and the executor as Cypher sinks', () => {
    // Guards against a check that passes because it no longer sees anything.
    expect(real.length).toBeGreaterThan(50);
    const files = new Set(real.map((s) => s.file));
    for (const file of [
      'graph/db/executor.ts',
      'graph/read/meetings.repository.ts',
      'graph/search/hybrid-search.ts',
      'graph/read/explorer.repository.ts',
      'graph/write/write-meeting.ts',
      'graph/db/schema.ts',
    ]) {
      expect(files, file).toContain(file);
    }
  });

  it('every statement in graph/ and server/ is built from constants only', () => {
    const unvetted = real.filter((s) => !s.vetted).map((s) => `${s.file}:${s.line} ${s.call}(…) uses ${s.culprit}`);
    expect(unvetted).toEqual([]);
  });

  it('flags interpolation, concatenation and a const built from a parameter; accepts constants', () => {
    expect(fixture.map((s) => [s.line, s.vetted, s.culprit ?? null])).toEqual([
      [3, false, 'id'],
      [4, false, 'name'],
      [7, false, 'id'],
      [10, true, null],
    ]);
  });
});
