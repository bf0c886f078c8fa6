import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate-corpus.js';
import { PeopleIndex, type PersonMention } from '../../../ingest/nlp/people-index.js';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { readSourceBytes } from '../../../ingest/read/read-source.js';
import { personKey } from '../../../shapes/keys.js';
import type { Minutes } from '../../../shapes/minutes.schema.js';

const people = new PeopleIndex([
  'Anders Ahlsson',
  'Anna-Karin Berg',
  'Anna Karin Lund',
  'Karin Nilsson',
  'Karl Johan Wallin',
  'Karl Svensson',
]);
const surfaces = (text: string): string[] => people.find(text).map((m) => m.surface);

describe('PeopleIndex.find', () => {
  it('finds full names and unique first names, with their offsets', () => {
    const text = 'Anders Ahlsson inledde. Därefter svarade Anders på frågan.';
    expect(people.find(text)).toEqual([
      { key: 'anders ahlsson', name: 'Anders Ahlsson', surface: 'Anders Ahlsson', start: 0, end: 14 },
      { key: 'anders ahlsson', name: 'Anders Ahlsson', surface: 'Anders', start: 41, end: 47 },
    ]);
  });

  it('never resolves a first name two people share', () => {
    expect(surfaces('Karl sa nej, Karl Svensson sa ja.')).toEqual(['Karl Svensson']);
  });

  it('takes the longest name at a place, hyphens and all', () => {
    expect(surfaces('Ordet gick till Karl Johan Wallin och Anna-Karin Berg.')).toEqual(['Karl Johan Wallin', 'Anna-Karin Berg']);
    expect(surfaces('Anna Karin Lund och Anna-Karin Berg')).toEqual(['Anna Karin Lund', 'Anna-Karin Berg']);
  });

  it('wants a capital letter and whole words', () => {
    expect(surfaces('anders ahlsson, Andersson, Anders2, xAnders')).toEqual([]);
    expect(surfaces('ANDERS AHLSSON talade')).toEqual(['ANDERS AHLSSON']);
    expect(surfaces('(Anders)')).toEqual(['Anders']);
  });

  it('goes on after a name written in lower case, as a global regex does', () => {
    // "karl johan wallin" is matched and dropped as a whole, so its "Johan" is never a mention.
    const index = new PeopleIndex(['Karl Johan Wallin', 'Johan Ek']);
    expect(index.find('karl Johan Wallin sa')).toEqual([]);
    expect(index.find('Johan sa')).toHaveLength(1);
  });

  it('finds nothing when the meeting names no one', () => {
    expect(new PeopleIndex([]).find('Anders Ahlsson')).toEqual([]);
  });
});

/** The implementation it replaced: one case-insensitive regex of every name. */
function regexFind(index: PeopleIndex, names: readonly string[], text: string): PersonMention[] {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(personKey(name))) byKey.set(personKey(name), name);
  const first = new Map<string, number>();
  for (const key of byKey.keys()) first.set(key.split(' ')[0]!, (first.get(key.split(' ')[0]!) ?? 0) + 1);
  const alternatives = [...byKey.values(), ...[...first].filter(([, count]) => count === 1).map(([name]) => name)].sort(
    (a, b) => b.length - a.length,
  );
  if (alternatives.length === 0) return [];
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: PersonMention[] = [];
  for (const m of text.matchAll(pattern)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const entry = index.resolve(m[0]);
    if (entry) out.push({ key: entry.key, name: entry.name, surface: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

describe('PeopleIndex.find on generated minutes', () => {
  it('finds what one regex of all the names finds, line by line', async () => {
    const { files } = generateCorpus({ meetings: 40, bodies: 8, years: 2, seed: 7, pdfShare: 0 });
    let mentions = 0;
    for (const file of files) {
      const minutes: Minutes = parseMinutes(
        await readSourceBytes(new TextEncoder().encode(file.text), file.file.replace(/\.pdf$/, '.txt')),
      );
      const names = [
        ...minutes.attendees.map((a) => a.name),
        ...minutes.agendaItems.flatMap((i) => i.presenters),
        ...[minutes.secretary, minutes.chair, ...minutes.adjusters].filter((n): n is string => n !== null),
      ];
      const index = PeopleIndex.of(minutes);
      for (const line of file.text.split('\n')) {
        const found = index.find(line);
        expect(found, line).toEqual(regexFind(index, names, line));
        mentions += found.length;
      }
    }
    expect(mentions).toBeGreaterThan(200);
  });
});
