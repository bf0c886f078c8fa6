import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_MB, formatSize, resolveMaxBytes } from '../../../ingest/read/limits.js';

const MB = 1024 * 1024;

describe('resolveMaxBytes', () => {
  it('defaults to 50 MB', () => {
    expect(DEFAULT_MAX_FILE_MB).toBe(50);
    expect(resolveMaxBytes({}, {})).toBe(50 * MB);
  });

  it('takes RADSLAG_MAX_FILE_MB, and an explicit maxBytes over it', () => {
    expect(resolveMaxBytes({}, { RADSLAG_MAX_FILE_MB: '2.5' })).toBe(2.5 * MB);
    expect(resolveMaxBytes({ maxBytes: 1000 }, { RADSLAG_MAX_FILE_MB: '2.5' })).toBe(1000);
    expect(resolveMaxBytes({}, { RADSLAG_MAX_FILE_MB: ' ' })).toBe(50 * MB);
  });

  it('rejects settings that are not positive numbers', () => {
    expect(() => resolveMaxBytes({}, { RADSLAG_MAX_FILE_MB: 'ten' })).toThrow(/RADSLAG_MAX_FILE_MB must be a positive number, got "ten"/);
    expect(() => resolveMaxBytes({}, { RADSLAG_MAX_FILE_MB: '0' })).toThrow(RangeError);
    expect(() => resolveMaxBytes({ maxBytes: -1 }, {})).toThrow(/maxBytes/);
  });
});

describe('formatSize', () => {
  it('says bytes, KB or MB', () => {
    expect([formatSize(12), formatSize(4096), formatSize(60 * MB)]).toEqual(['12 bytes', '4.0 KB', '60.0 MB']);
  });
});
