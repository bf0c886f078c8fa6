import { describe, expect, it } from 'vitest';
import { layoutPageText, type PositionedText } from '../../../ingest/read/text-layout.js';

const run = (str: string, x: number, y: number, fontSize = 11): PositionedText => ({
  str,
  x,
  y,
  width: str.length * fontSize * 0.5,
  fontSize,
});

describe('layoutPageText', () => {
  it('orders lines top to bottom and runs left to right, whatever the content-stream order', () => {
    const items = [run('andra raden', 70, 700), run('värld', 110, 713), run('Hej', 70, 713)];
    expect(layoutPageText(items)).toBe('Hej värld\nandra raden');
  });

  it('puts runs whose baselines differ by a fraction of the font size on one line', () => {
    expect(layoutPageText([run('Kl.', 70, 700), run('13:00', 90, 700.8)])).toBe('Kl. 13:00');
  });

  it('inserts a space only where there is a visible gap', () => {
    // "slutenvårds" + "platser" set as two runs with no gap (kerning) must stay one word.
    const first = run('slutenvårds', 70, 700);
    const joined = run('platser', 70 + first.width, 700);
    const spaced = run('och', 70 + first.width + joined.width + 4, 700);
    expect(layoutPageText([first, joined, spaced])).toBe('slutenvårdsplatser och');
  });

  it('ignores whitespace-only runs and trims lines', () => {
    expect(layoutPageText([run(' Datum', 70, 700), run(' ', 100, 700), run('10 april ', 160, 700)])).toBe('Datum 10 april');
  });

  it('marks a paragraph break with one empty line where the vertical gap is large', () => {
    const pitch = 12.7;
    const items = [
      run('rad ett', 70, 700),
      run('rad två', 70, 700 - pitch),
      run('nytt stycke', 70, 700 - 3 * pitch),
      run('sista', 70, 700 - 4 * pitch),
    ];
    expect(layoutPageText(items)).toBe('rad ett\nrad två\n\nnytt stycke\nsista');
  });

  it('finds paragraph breaks on a page where most lines are widely spaced', () => {
    const items = [run('Datum', 70, 700), run('Tid', 70, 675), run('Plats', 70, 650), run('och', 70, 637)];
    expect(layoutPageText(items)).toBe('Datum\n\nTid\n\nPlats\noch');
  });

  it('returns an empty string for a page without text', () => {
    expect(layoutPageText([])).toBe('');
    expect(layoutPageText([run('  ', 70, 700)])).toBe('');
  });
});
