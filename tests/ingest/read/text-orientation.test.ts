import { describe, expect, it } from 'vitest';
import { layoutPageText } from '../../../ingest/read/text-layout.js';
import { uprightRuns, type TextRun } from '../../../ingest/read/text-orientation.js';

/** A run at (x, y) in user space whose text is turned `quarterTurns` × 90° anticlockwise. */
function run(str: string, x: number, y: number, quarterTurns = 0, size = 11): TextRun {
  const cos = Math.round(Math.cos((quarterTurns * Math.PI) / 2));
  const sin = Math.round(Math.sin((quarterTurns * Math.PI) / 2));
  return { str, transform: [size * cos, size * sin, -size * sin, size * cos, x, y], width: str.length * 5.5, height: size };
}

describe('uprightRuns', () => {
  it('keeps an ordinary page as it is', () => {
    const runs = [run('Hej', 70, 700), run('då', 70, 687)];
    expect(uprightRuns(runs).map(({ x, y }) => [x, y])).toEqual([
      [70, 700],
      [70, 687],
    ]);
  });

  it('turns a page whose text runs up the page so that it reads top to bottom', () => {
    // Text turned 90°: lines advance along +x, words along +y.
    const runs = [run('andra raden', 113, 70, 1), run('Första', 100, 70, 1), run('raden', 100, 110, 1)];
    expect(layoutPageText(uprightRuns(runs))).toBe('Första raden\nandra raden');
  });

  it('turns a page whose text runs down the page', () => {
    const runs = [run('Första', 100, 500, 3), run('raden', 100, 460, 3), run('andra raden', 87, 500, 3)];
    expect(layoutPageText(uprightRuns(runs))).toBe('Första raden\nandra raden');
  });
});
