import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAbbreviationTable, loadAbbreviationTable } from '../../language/abbreviations.js';

describe('abbreviation table', () => {
  const table = defaultAbbreviationTable();

  it('expands the council abbreviations', () => {
    expect(table.lookup('ASIH')?.expansion).toBe('avancerad sjukvård i hemmet');
    expect(table.lookup('ASiH')?.key).toBe('ASIH');
    expect(table.lookup('PoD')?.expansion).toMatch(/dirigeringstjänsten/);
    for (const key of ['SÄBO', 'IVÄ', 'HSN', 'PVN', 'HSF', 'LSS', 'SPSV', 'IVA', 'RUFS']) expect(table.lookup(key)?.key).toBe(key);
  });

  it('does not take lower-case ordinary words for abbreviations', () => {
    expect(table.lookup('iva')).toBeUndefined();
    expect(table.lookup('pod')).toBeUndefined();
  });

  it('rejects a malformed file with a schema error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'abbr-'));
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ abbreviations: [{ key: 'X', forms: [] }] }));
    expect(() => loadAbbreviationTable(file)).toThrow(/expansion|forms/);
  });
});
