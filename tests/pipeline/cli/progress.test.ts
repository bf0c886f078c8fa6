import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_BAR_MIN_FILES } from '../../../pipeline/cli/progress.js';

/** A writable stream that says whether it is a terminal and remembers what was written. */
function stream(isTTY: boolean): { s: NodeJS.WriteStream; text: () => string } {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 100 }) as unknown as NodeJS.WriteStream;
  let written = '';
  s.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { s, text: () => written };
}

describe('createProgress', () => {
  it('draws a bar on a terminal for a long run, with per-file lines still on stdout', async () => {
    const out = stream(false);
    const err = stream(true);
    const total = PROGRESS_BAR_MIN_FILES + 5;
    const progress = createProgress(total, out.s, err.s);
    for (let i = 0; i < total; i++) {
      progress.log(`✓ file-${i}.txt`);
      progress.tick(`file-${i}.txt`);
      if (i === 9) await new Promise((r) => setTimeout(r, 300)); // the bar redraws on a timer
    }
    progress.stop();
    expect(out.text().trim().split('\n')).toHaveLength(total);
    expect(err.text()).toContain(`10/${total} files  file-9.txt`);
  });

  it('draws no bar for a short run or when stderr is not a terminal', () => {
    for (const [total, tty] of [
      [PROGRESS_BAR_MIN_FILES, true],
      [100, false],
    ] as const) {
      const out = stream(false);
      const err = stream(tty);
      const progress = createProgress(total, out.s, err.s);
      progress.log('✓ a.txt');
      progress.tick('a.txt');
      progress.stop();
      expect(out.text()).toBe('✓ a.txt\n');
      expect(err.text()).toBe('');
    }
  });
});
