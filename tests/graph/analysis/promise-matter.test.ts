import { describe, expect, it } from 'vitest';
import { promiseMatter } from '../../../graph/analysis/promise-matter.js';

describe('promiseMatter', () => {
  it('keeps what the promise is about and drops its owner', () => {
    const matter = promiseMatter('Bengt återkommer till rådet med besked om analysen av läkemedelsavvikelserna.');
    expect(matter).toContain('analysen av läkemedelsavvikelserna');
    expect(matter).not.toContain('Bengt');
  });

  it('keeps acronyms, which name matters', () => {
    expect(promiseMatter('Sven återkommer om utbyggnaden av ASIH-platser.')).toContain('ASIH-platser');
  });

  it('finds no matter in a promise that only names its owner and the procedure', () => {
    expect(promiseMatter('Stefan och Pär återkommer till rådet för statusuppdatering i arbetet.')).toBeNull();
    expect(promiseMatter('Frågan lyfts och diskuteras vid nästkommande pensionärsråd.')).toBeNull();
  });
});
