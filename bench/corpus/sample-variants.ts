/**
 * Many meetings from the two samples, for benchmarks: each variant gets a new date (and with it
 * new previous and next meetings), its agenda items after the opening ones shuffled and renumbered,
 * and a marker line saying it is synthetic. Deterministic for a seed. Not a realistic corpus (that
 * is bench/corpus's generator's job); enough to load the write stage and the read models.
 */
import { sampleText } from '../../tests/fixtures/sample-minutes.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['Söndagen', 'Måndagen', 'Tisdagen', 'Onsdagen', 'Torsdagen', 'Fredagen', 'Lördagen'];

export function* sampleVariants(count: number, seed = 1): Generator<{ name: string; text: string }> {
  let s = seed >>> 0;
  const random = (): number => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const bases = [sampleText(2024), sampleText(2025)];
  const start = Date.UTC(2005, 0, 10);
  for (let i = 0; i < count; i++) {
    // One meeting every ~9 days from 2005, so 1,000 meetings span about 25 years.
    const day = new Date(start + i * 9 * 86_400_000 + Math.floor(random() * 3) * 86_400_000);
    yield { name: `variant-${String(i).padStart(5, '0')}.txt`, text: vary(bases[i % 2]!, day, random) };
  }
}

function vary(text: string, date: Date, random: () => number): string {
  const dd = date.getUTCDate();
  const mm = MONTHS[date.getUTCMonth()]!;
  const yyyy = date.getUTCFullYear();
  const previous = new Date(date.getTime() - 63 * 86_400_000);
  let out = text
    .replace(/^Datum .*$/m, `Datum ${WEEKDAYS[date.getUTCDay()]} den ${dd} ${mm} ${yyyy}`)
    .replace(
      /(sammanträdet|möte) den \d{1,2} (\p{L}+)(?: \d{4})?/gu,
      (_m, w: string) => `${w} den ${previous.getUTCDate()} ${MONTHS[previous.getUTCMonth()]} ${previous.getUTCFullYear()}`,
    )
    .replace(/^(MÖTESANTECKNINGAR HSN )\d{4}-\d{4}/m, (_m, p: string) => `${p}${yyyy}-${String(1000 + Math.floor(random() * 8999))}`);
  out = shuffleItems(out, random);
  return `${out}\n\nSyntetiskt testdokument (benchmark), byggt av exempelprotokollen.\n`;
}

/** Moves the agenda items after the first two (opening, previous minutes) into a random order, renumbered. */
function shuffleItems(text: string, random: () => number): string {
  const heading = /^(\d{1,2})( {1,}|\t)(\p{Lu}.*)$/gmu;
  const starts: { index: number; n: number }[] = [];
  let expected = 1;
  for (const m of text.matchAll(heading)) {
    if (Number(m[1]) === expected) {
      starts.push({ index: m.index, n: expected });
      expected++;
    }
  }
  const footer = text.search(/^Vid anteckningarna/m);
  if (starts.length < 5 || footer < 0) return text;
  const blocks = starts.map((s, k) => text.slice(s.index, k + 1 < starts.length ? starts[k + 1]!.index : footer));
  const fixed = blocks.slice(0, 2);
  const moving = blocks.slice(2, -1); // keep "Övriga frågor" last
  for (let k = moving.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [moving[k], moving[j]] = [moving[j]!, moving[k]!];
  }
  const ordered = [...fixed, ...moving, blocks.at(-1)!].map((b, k) => b.replace(/^\d{1,2}/, String(k + 1)));
  return text.slice(0, starts[0]!.index) + ordered.join('') + text.slice(footer);
}
