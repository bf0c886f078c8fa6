import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { LayoutSchema, MinutesSchema, type Attendee, type Minutes } from '../../../shapes/minutes.schema.js';
import { textDocument } from '../../fixtures/sample-minutes.js';

/**
 * Other councils' minutes (tests/fixtures/councils, described in docs/layouts.md) against their
 * planted truth: layout, kind, body, municipality, items, attendees, secretary and justerare.
 * Dates are another test's business (meeting-date.test.ts).
 */

const dir = new URL('../../fixtures/councils/', import.meta.url);

const TruthSchema = z.array(
  z.object({
    file: z.string(),
    /** A layout family, or "one-line" for text that lost its line breaks. */
    layout: z.union([LayoutSchema, z.literal('one-line')]),
    kind: z.enum(['protokoll', 'motesanteckningar']),
    body: z.string(),
    municipality: z.string(),
    items: z.array(z.object({ number: z.string().nullable(), title: z.string() })),
    attendees: z.array(z.object({ name: z.string(), organisation: z.string().nullable(), role: z.string().nullable() })),
    secretary: z.string().nullable(),
    justerare: z.array(z.string()),
  }),
);
const truth = TruthSchema.parse(JSON.parse(readFileSync(new URL('truth.json', dir), 'utf8')));

/** The family under a one-line fixture's lost breaks, as docs/layouts.md §1 and §7 give it. */
const ONE_LINE_FAMILY: Record<string, Minutes['layout']> = {
  'falun-aldreomsorgsnamnden-oneline.txt': 'protokoll',
  'kungsbacka-kpr-anteckningar-oneline.txt': 'anteckningar',
  'kalmar-tillganglighetsradet-webb-oneline.txt': 'web',
};

/**
 * The record writes a role as the list does ("ledamot" from a `Beslutande` label, "ersätter Eva
 * Stål"); the truth follows docs/layouts.md §8: ordinary members have none, whoever replaces
 * someone is a "tjänstgörande ersättare".
 */
const truthRole = (role: string | null): string | null =>
  role === 'ledamot' ? null : role?.startsWith('ersätter ') ? 'tjänstgörande ersättare' : role;
const person = (a: Pick<Attendee, 'name' | 'organisation' | 'role'>): string => `${a.name} | ${a.organisation ?? '–'} | ${a.role ?? '–'}`;
/** "§ 7" → "7"; an unnumbered heading ("–") has no number. */
const itemNumber = (n: string): string | null => (/\d/u.test(n) ? n.replace(/\D+/gu, '') : null);

interface Recovery {
  exact: number;
  total: number;
}
const recovery = new Map<string, Recovery>();
const attendeeCounts = { found: 0, expected: 0, correct: 0 };
const score = (field: string, ok: boolean): void => {
  const r = recovery.get(field) ?? { exact: 0, total: 0 };
  r.total++;
  if (ok) r.exact++;
  recovery.set(field, r);
};

const parsed = new Map<string, Minutes>();
for (const t of truth) {
  const m = parseMinutes(textDocument(readFileSync(new URL(t.file, dir), 'utf8'), `tests/fixtures/councils/${t.file}`));
  parsed.set(t.file, m);
  const layout = t.layout === 'one-line' ? ONE_LINE_FAMILY[t.file] : t.layout;
  score('layout', m.layout === layout && m.linesRestored === (t.layout === 'one-line'));
  score('kind', m.kind === t.kind);
  score('body', m.body === t.body);
  score('municipality', m.municipality === t.municipality);
  score('item count', m.agendaItems.length === t.items.length);
  score(
    'items',
    JSON.stringify(m.agendaItems.map((i) => [itemNumber(i.number), i.title])) === JSON.stringify(t.items.map((i) => [i.number, i.title])),
  );
  const got = new Set(m.attendees.map((a) => person({ ...a, role: truthRole(a.role) })));
  const want = t.attendees.map(person);
  score('attendees', got.size === want.length && want.every((w) => got.has(w)));
  attendeeCounts.found += got.size;
  attendeeCounts.expected += want.length;
  attendeeCounts.correct += want.filter((w) => got.has(w)).length;
  score('secretary', m.secretary === t.secretary);
  score('justerare', JSON.stringify(m.adjusters) === JSON.stringify(t.justerare));
}

afterAll(() => {
  const rows = [...recovery].map(([field, r]) => `${field.padEnd(14)} ${String(r.exact).padStart(2)}/${r.total}`);
  const precision = attendeeCounts.correct / Math.max(1, attendeeCounts.found);
  const recall = attendeeCounts.correct / Math.max(1, attendeeCounts.expected);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  console.log(
    `Recovery on ${truth.length} council fixtures (exact per fixture):\n${rows.join('\n')}\nattendee F1 ${f1.toFixed(3)} (name, organisation and role all right)`,
  );
});

describe.each(truth.map((t) => [t.file, t] as const))('%s', (file, t) => {
  const m = parsed.get(file)!;

  it('is a valid record whose paragraphs point into its text', () => {
    expect(MinutesSchema.safeParse(m).success).toBe(true);
    for (const item of m.agendaItems) for (const p of item.paragraphs) expect(m.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads the layout and the kind', () => {
    const oneLine = t.layout === 'one-line';
    expect({ layout: m.layout, linesRestored: m.linesRestored, kind: m.kind }).toEqual({
      layout: oneLine ? ONE_LINE_FAMILY[file] : t.layout,
      linesRestored: oneLine,
      kind: t.kind,
    });
  });

  it('names the body and the municipality', () => {
    expect({ body: m.body, municipality: m.municipality }).toEqual({ body: t.body, municipality: t.municipality });
  });

  it('reads every agenda item once, with its number and title', () => {
    expect(m.agendaItems.map((i) => ({ number: itemNumber(i.number), title: i.title }))).toEqual(t.items);
  });

  it('reads the people present with organisation and role, and nobody absent or replaced', () => {
    const got = m.attendees.map((a) => person({ ...a, role: truthRole(a.role) }));
    expect([...got].sort()).toEqual(t.attendees.map(person).sort());
  });

  it('reads the secretary and the justerare', () => {
    expect({ secretary: m.secretary, justerare: m.adjusters }).toEqual({ secretary: t.secretary, justerare: t.justerare });
  });
});
