import { describe, expect, it } from 'vitest';
import { stem } from '../../language/stemmer.js';
import { isStopWord } from '../../language/stopwords.js';

describe('stem (Snowball Swedish)', () => {
  it('brings plural and definite forms to one stem', () => {
    expect(stem('vårdplatser')).toBe(stem('vårdplatserna'));
    expect(stem('patienter')).toBe(stem('patienterna'));
    expect(stem('sjukvården')).toBe(stem('sjukvård'));
    expect(stem('bilar')).toBe('bil');
  });

  it('normalises case and Unicode before stemming', () => {
    expect(stem('VÅRDPLATSER')).toBe(stem('vårdplatser'));
    expect(stem('va\u030Ardplatser')).toBe(stem('vårdplatser'));
  });

  it('leaves unrelated words apart', () => {
    expect(stem('ambulans')).not.toBe(stem('vårdplatser'));
  });
});

describe('isStopWord', () => {
  it('knows function words and not content words', () => {
    for (const word of ['och', 'att', 'det', 'som', 'för', 'även']) expect(isStopWord(word)).toBe(true);
    for (const word of ['vård', 'plats', 'ambulans', 'rådet']) expect(isStopWord(word)).toBe(false);
  });
});
