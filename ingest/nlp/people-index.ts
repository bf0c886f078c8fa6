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
  /**
   * The surfaces (full names, unique first names) by their first word in lower case, longest
   * first. Why not one regex of all the names: a case-insensitive Unicode alternation of some
   * thirty names, tried at every position of every sentence, was a sixth of the ingest's
   * preparation on Node (about 3 ms per meeting); a lookup per word finds the same mentions.
   */
  private readonly byFirstWord = new Map<string, { lower: string; length: number }[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const key = personKey(name);
      if (this.byFull.has(key)) continue;
      const entry = { key, name };
      this.byFull.set(key, entry);
      const first = key.split(' ')[0]!;
      this.byFirst.set(first, this.byFirst.has(first) ? null : entry);
    }
    const surfaces = [...this.byFull.values()].map((e) => e.name).concat([...this.byFirst].filter(([, e]) => e).map(([first]) => first));
    surfaces.sort((a, b) => b.length - a.length);
    for (const surface of surfaces) {
      const first = firstWord(surface);
      if (first === null) continue;
      const bucket = this.byFirstWord.get(first) ?? [];
      bucket.push({ lower: surface.toLowerCase(), length: surface.length });
      this.byFirstWord.set(first, bucket);
    }
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

  /**
   * Every mention of a known person in `text`, left to right, capitalised as names are: a name
   * written in any case, bounded by characters that are neither letters nor digits, the longest
   * name at a place winning, and the search going on after it (as a global regex would).
   */
  find(text: string): PersonMention[] {
    const mentions: PersonMention[] = [];
    if (this.byFirstWord.size === 0) return mentions;
    const words = new RegExp(WORD.source, 'gu');
    for (let word = words.exec(text); word !== null; word = words.exec(text)) {
      const bucket = this.byFirstWord.get(word[0].toLowerCase());
      if (!bucket) continue;
      const start = word.index;
      const hit = bucket.find(
        (c) => text.slice(start, start + c.length).toLowerCase() === c.lower && !startsWithWordCharacter(text, start + c.length),
      );
      if (!hit) continue;
      const surface = text.slice(start, start + hit.length);
      words.lastIndex = start + hit.length;
      if (!/^\p{Lu}/u.test(surface)) continue;
      const entry = this.resolve(surface);
      if (entry) mentions.push({ key: entry.key, name: entry.name, surface, start, end: start + hit.length });
    }
    return mentions;
  }

  get size(): number {
    return this.byFull.size;
  }
}

/** A run of letters and digits: what a name's edges may not touch. */
const WORD = /[\p{L}\p{N}]+/u;
const WORD_CHARACTER = /^[\p{L}\p{N}]/u;

const firstWord = (surface: string): string | null => WORD.exec(surface)?.[0].toLowerCase() ?? null;

const startsWithWordCharacter = (text: string, at: number): boolean => at < text.length && WORD_CHARACTER.test(text.slice(at, at + 2));
