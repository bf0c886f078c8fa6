import type { Line } from './lines.js';

/**
 * A meeting platform's items: the agenda is a bullet list of numbered titles, and the protokoll
 * follows as bullet blocks in the same order without numbers. A block that is only a `§ 35` line
 * and the title of an agenda item marks where that item's text begins (its paragraph number is
 * not the agenda's); a block that is only the attendance list belongs to no item.
 */

export interface WebAgendaEntry {
  /** Index of the entry's line. */
  index: number;
  number: string;
  title: string;
}

export interface WebAgenda {
  entries: WebAgendaEntry[];
  /** Index after the agenda's last entry. */
  end: number;
}

const ENTRY = /^(\d{1,3})\.?\s+(["”«]?\p{Lu}.*)$/u;
const SECTION = /^(?:[A-ZÅÄÖ]{2,5}\s+)?§\s*\d{1,4}\s*(.*)$/u;
const ATTENDANCE = /^(?:närvarande|närvaro|deltagare|beslutande(?:\s+ledamöter)?|närvarolista)\s*:/iu;

/** The first run of two or more bullet lines numbered in sequence ("• 1 Mötets öppnande"). */
export function findWebAgenda(lines: readonly Line[], from: number, to: number): WebAgenda | null {
  let run: WebAgendaEntry[] = [];
  let end = from;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    const entry = line.bullet ? ENTRY.exec(line.text) : null;
    const expected = run.length > 0 ? Number(run.at(-1)!.number) + 1 : null;
    if (entry && (expected === null || Number(entry[1]) === expected)) {
      run.push({ index: i, number: entry[1]!, title: entry[2]!.trim() });
      end = i + 1;
      continue;
    }
    if (run.length >= 2) return { entries: run, end };
    run = [];
    if (entry) {
      run.push({ index: i, number: entry[1]!, title: entry[2]!.trim() });
      end = i + 1;
    }
  }
  return run.length >= 2 ? { entries: run, end } : null;
}

/** The lines of the blocks after the agenda, per agenda entry, in order. */
export function alignWebBlocks(lines: readonly Line[], agenda: WebAgenda, to: number): Line[][] {
  const items: Line[][] = agenda.entries.map(() => []);
  const blocks: Array<{ lines: Line[] }> = [];
  for (let i = agenda.end; i < to; i++) {
    const line = lines[i]!;
    // A block starts at a "•" (a dash is a list inside the block).
    if (line.bullet && line.text && !/^\s*[-–*]/u.test(line.raw)) blocks.push({ lines: [{ ...line, bullet: false }] });
    else if (blocks.length > 0) blocks.at(-1)!.lines.push(line);
  }
  const titles = agenda.entries.map((e) => normalise(e.title));
  let k = 0;
  for (const block of blocks) {
    const content = block.lines.filter((l) => l.text);
    const section = SECTION.exec(content[0]?.text ?? '');
    if (section && content.length <= 2) {
      const title = normalise(section[1] || content[1]?.text || '');
      const anchored = titles.indexOf(title);
      if (anchored >= 0) {
        k = anchored;
        continue;
      }
    }
    if (ATTENDANCE.test(content[0]?.text ?? '')) continue;
    items[Math.min(k, items.length - 1)]!.push(...block.lines, { ...block.lines[0]!, text: '', raw: '', bullet: false });
    k++;
  }
  return items;
}

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
