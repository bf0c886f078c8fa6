import type { PositionedText } from './text-layout.js';

/** A text run as pdf.js gives it: `transform` maps text space to PDF user space. */
export interface TextRun {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
}

const QUARTER = Math.PI / 2;

/** The run's reading direction in quarter turns: 0 left-to-right, 1 bottom-to-top, 2, 3 (−1). */
const quarterTurns = (t: readonly number[]): number => ((Math.round(Math.atan2(t[1] ?? 0, t[0] ?? 1) / QUARTER) % 4) + 4) % 4;

function dominantTurns(runs: readonly TextRun[]): number {
  const counts = [0, 0, 0, 0];
  for (const run of runs) if (run.str.trim() !== '') counts[quarterTurns(run.transform)]! += run.str.length;
  return counts.indexOf(Math.max(...counts));
}

/**
 * Runs → positions in a frame where the page's text reads left to right with y upwards.
 * Pages set sideways (landscape tables, a page drawn rotated and shown with /Rotate) have their
 * text running up or down the user space; turning the whole page by the dominant direction makes
 * them read like any other page. For ordinary pages this is the identity.
 */
export function uprightRuns(runs: readonly TextRun[]): PositionedText[] {
  const turns = dominantTurns(runs);
  const cos = Math.round(Math.cos(turns * QUARTER));
  const sin = Math.round(Math.sin(turns * QUARTER));
  return runs.map(({ str, transform: t, width, height }) => {
    const [x = 0, y = 0] = [t[4], t[5]];
    return {
      str,
      // rotate by −turns·90°
      x: x * cos + y * sin,
      y: -x * sin + y * cos,
      width,
      fontSize: height || Math.hypot(t[2] ?? 0, t[3] ?? 0),
    };
  });
}
