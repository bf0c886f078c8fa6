import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate-corpus.js';
import { scoreRecovery } from '../../bench/corpus/recovery.js';
import { SYNTHETIC_MARKER } from '../../bench/corpus/render-minutes.js';
import { CorpusTruthSchema, type CorpusTruth, type FileTruth } from '../../bench/corpus/truth.schema.js';
import { writeCorpus } from '../../bench/corpus/write-corpus.js';
import { enrichMinutes } from '../../ingest/nlp/enrich.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { parseMinutes } from '../../ingest/parse/parse-minutes.js';
import type { Minutes } from '../../shapes/minutes.schema.js';
import { readSource } from '../../ingest/read/read-source.js';
import { makeTempDir } from '../fixtures/temp-dir.js';

const OPTIONS = { meetings: 120, bodies: 5, years: 4, seed: 42, pdfShare: 0.2 };

/** The facts the parser must give back exactly, as the truth and as parsed. */
const plantedFacts = (t: FileTruth) => ({
  date: t.date,
  body: t.body,
  kind: t.kind,
  secretary: t.secretary,
  attendees: t.attendees,
  items: t.items.map((i) => ({ number: i.number, title: i.title, presenters: i.presenters })),
});
const parsedFacts = (m: Minutes) => ({
  date: m.date,
  body: m.body,
  kind: m.kind,
  secretary: m.secretary,
  attendees: m.attendees.map((a) => ({ name: a.name, organisation: a.organisation, remote: a.remote })),
  items: m.agendaItems.map((i) => ({ number: i.number, title: i.title, presenters: i.presenters })),
});

let dir: { dir: string; remove: () => Promise<void> };
let truth: CorpusTruth;

beforeAll(async () => {
  dir = await makeTempDir('radslag-corpus-');
  const { files, truth: t } = generateCorpus(OPTIONS);
  await writeCorpus(dir.dir, files, t);
  truth = CorpusTruthSchema.parse(JSON.parse(await readFile(path.join(dir.dir, 'truth.json'), 'utf8')));
});
afterAll(async () => dir?.remove());

describe('generateCorpus', () => {
  it('is deterministic for a seed, byte for byte, PDFs included', async () => {
    const again = await makeTempDir('radslag-corpus-again-');
    try {
      const { files, truth: t } = generateCorpus(OPTIONS);
      await writeCorpus(again.dir, files, t);
      const names = (await readdir(dir.dir)).sort();
      expect((await readdir(again.dir)).sort()).toEqual(names);
      for (const name of names) expect((await readFile(path.join(again.dir, name))).equals(await readFile(path.join(dir.dir, name))), name).toBe(true);
    } finally {
      await again.remove();
    }
    const other = generateCorpus({ ...OPTIONS, seed: 43 });
    expect(other.files.map((f) => f.text).join('')).not.toEqual(generateCorpus(OPTIONS).files.map((f) => f.text).join(''));
  });

  it('marks every file as synthetic in its letterhead', async () => {
    const { files } = generateCorpus(OPTIONS);
    for (const f of files) expect(f.text.split('\n').slice(0, 8).map((l) => l.trim())).toContain(SYNTHETIC_MARKER);
    const pdf = truth.files.find((f) => f.format === 'pdf')!;
    expect((await readSource(path.join(dir.dir, pdf.file))).text).toContain(SYNTHETIC_MARKER);
  });

  it('writes the files truth.json describes, 4–8 meetings per body and year', async () => {
    const names = (await readdir(dir.dir)).filter((n) => n !== 'truth.json').sort();
    expect(names).toEqual(truth.files.map((f) => f.file).sort());
    expect(names).toHaveLength(OPTIONS.meetings);
    expect(truth.bodies.reduce((n, b) => n + b.meetings, 0)).toBe(OPTIONS.meetings);
    const perBodyYear = new Map<string, number>();
    for (const f of truth.files) perBodyYear.set(`${f.body}|${f.date.slice(0, 4)}`, (perBodyYear.get(`${f.body}|${f.date.slice(0, 4)}`) ?? 0) + 1);
    expect(perBodyYear.size).toBe(OPTIONS.bodies * OPTIONS.years);
    for (const n of perBodyYear.values()) expect([4, 5, 6, 7, 8]).toContain(n);
    expect(truth.files.filter((f) => f.format === 'pdf').length).toBeGreaterThan(0);
    expect(new Set(truth.topicTrends.map((t) => t.trend))).toEqual(new Set(['rising', 'fading', 'emerging', 'stable']));
  });

  it('prints the published formats: hyphenated line ends, compound ellipsis, bullets, page markers, both kinds', () => {
    const text = generateCorpus(OPTIONS).files.map((f) => f.text).join('\n');
    expect(text).toMatch(/\p{Ll}-\s*\n\p{Ll}/u);
    expect(text).toMatch(/hälso-\s*\n\s*och/u);
    expect(text).toMatch(/^• /mu);
    expect(text).toMatch(/^\s*\d+ \(\d+\)\s*$/mu);
    expect(text).toMatch(/\(länk\)/u);
    expect(text).toMatch(/^§ \d+ /mu);
    expect(text).toMatch(/^MÖTESANTECKNINGAR HSN \d{4}-\d{4}/mu);
  });

  it('generates 2,000 meetings of text in a few seconds', () => {
    const started = performance.now();
    const { files } = generateCorpus({ meetings: 2000, bodies: 20, years: 15, seed: 5 });
    expect(files).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('generated minutes through the real parser', () => {
  it('recovers dates, bodies, items, attendees and presenters exactly on 50 text files', async () => {
    const sample = truth.files.filter((f) => f.format === 'txt').slice(0, 50);
    expect(sample).toHaveLength(50);
    for (const t of sample) {
      const minutes = parseMinutes(await readSource(path.join(dir.dir, t.file)));
      expect(parsedFacts(minutes), t.file).toEqual(plantedFacts(t));
      expect(minutes.nextMeeting?.date, t.file).toBe(t.nextMeeting.date);
      expect(minutes.previousMeeting?.date, t.file).toBe(t.previousMeeting);
    }
  });

  it('reads the PDF share back to the same facts', async () => {
    const pdfs = truth.files.filter((f) => f.format === 'pdf').slice(0, 8);
    expect(pdfs.length).toBeGreaterThan(3);
    for (const t of pdfs) {
      const doc = await readSource(path.join(dir.dir, t.file));
      expect(doc.mediaType).toBe('application/pdf');
      expect(parsedFacts(parseMinutes(doc)), t.file).toEqual(plantedFacts(t));
    }
  });
});

describe('scoreRecovery', () => {
  let meetings: AnnotatedMeeting[];
  beforeAll(async () => {
    meetings = [];
    for (const t of truth.files) meetings.push(await enrichMinutes(parseMinutes(await readSource(path.join(dir.dir, t.file)))));
  });

  it('scores the pipeline on the small corpus with numbers in [0, 1]', () => {
    const scores = scoreRecovery(truth, meetings);
    console.log(JSON.stringify(scores, null, 1));
    expect(scores.meetings).toEqual({ expected: OPTIONS.meetings, matched: OPTIONS.meetings });
    for (const key of ['topics', 'speakers', 'concerns', 'echoes', 'followUps', 'resolution'] as const) {
      for (const value of [scores[key].precision, scores[key].recall, scores[key].f1]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      expect(scores[key].expected, key).toBeGreaterThan(0);
    }
  });

  it('tells a wrong pipeline from a right one: with speakers and follow-ups removed, recall drops to zero', () => {
    const blind = meetings.map((m) => ({ ...m, passages: m.passages.map((p) => ({ ...p, speaker: { type: 'unknown' as const } })), followUps: [], concerns: [] }));
    const scores = scoreRecovery(truth, blind);
    expect(scores.speakers.recall).toBe(0);
    expect(scores.followUps.recall).toBe(0);
    expect(scores.concerns.recall).toBe(0);
    expect(scoreRecovery(truth, meetings).speakers.recall).toBeGreaterThan(0.5);
  });
});
