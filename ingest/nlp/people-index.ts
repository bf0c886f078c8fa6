import type { Minutes } from '../../shapes/minutes.schema.js';
import { personKey } from '../../shapes/keys.js';

export interface PersonMention {
  key: string;
  name: string;
  surface: string;
  start: number;
  end: number;
}

interface Entry {
  key: string;
  name: string;
}

/**
 * The people of one meeting (attendees, presenters, signatories) and how the text may name them:
 * the full name always; the first name alone only when exactly one person of the meeting has
 * it ("Anders" → Anders Ahlsson), so an ambiguous first name is never resolved by guesswork.
 */
export class PeopleIndex {
  private readonly byFull = new Map<string, Entry>();
  private readonly byFirst = new Map<string, Entry | null>();
  private readonly pattern: RegExp | null;

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const key = personKey(name);
      if (this.byFull.has(key)) continue;
      const entry = { key, name };
      this.byFull.set(key, entry);
      const first = key.split(' ')[0]!;
      this.byFirst.set(first, this.byFirst.has(first) ? null : entry);
    }
    const alternatives = [...this.byFull.values()]
      .map((e) => e.name)
      .concat([...this.byFirst].filter(([, e]) => e).map(([first]) => first));
    alternatives.sort((a, b) => b.length - a.length);
    this.pattern = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
      : null;
  }

  static of(minutes: Minutes): PeopleIndex {
    return new PeopleIndex([
      ...minutes.attendees.map((a) => a.name),
      ...minutes.agendaItems.flatMap((i) => i.presenters),
      ...[minutes.secretary, minutes.chair, ...minutes.adjusters].filter((n): n is string => n !== null),
    ]);
  }

  /** The person a full or unique first name stands for. */
  resolve(surface: string): Entry | undefined {
    const key = personKey(surface);
    return this.byFull.get(key) ?? this.byFirst.get(key) ?? undefined;
  }

  /** Every mention of a known person in `text`, left to right, capitalised as names are. */
  find(text: string): PersonMention[] {
    if (!this.pattern) return [];
    const mentions: PersonMention[] = [];
    for (const m of text.matchAll(this.pattern)) {
      if (!/^\p{Lu}/u.test(m[0])) continue;
      const entry = this.resolve(m[0]);
      if (entry) mentions.push({ key: entry.key, name: entry.name, surface: m[0], start: m.index, end: m.index + m[0].length });
    }
    return mentions;
  }

  get size(): number {
    return this.byFull.size;
  }
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
