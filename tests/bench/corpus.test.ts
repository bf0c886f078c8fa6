import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_KEYS } from '../../bench/corpus/bodies.js';
import { commaDate, dayMonth, numericDate } from '../../bench/corpus/calendar.js';
import { generateCorpus, type GeneratedFile } from '../../bench/corpus/generate-corpus.js';
import { layoutKey } from '../../bench/corpus/layout-recovery.js';
import { scoreRecovery } from '../../bench/corpus/recovery.js';
import { SYNTHETIC_MARKER } from '../../bench/corpus/render-minutes.js';
import { PDF_COLUMNS } from '../../bench/corpus/sheet-pdf.js';
import { VALUE_COLUMN } from '../../bench/corpus/sheet.js';
import { CorpusTruthSchema, type CorpusTruth, type FileTruth } from '../../bench/corpus/truth.schema.js';
import { writeCorpus } from '../../bench/corpus/write-corpus.js';
import { enrichMinutes } from '../../ingest/nlp/enrich.js';
import { parseMinutes } from '../../ingest/parse/parse-minutes.js';
import { getDocument } from '../../ingest/read/pdfjs.js';
import { readSource } from '../../ingest/read/read-source.js';
import { DEMO_SERIES, writeDemoCorpus } from '../../scripts/demo-corpus.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import type { Minutes } from '../../shapes/minutes.schema.js';
import { makeTempDir } from '../fixtures/temp-dir.js';

/** Every fixed body, two years: the samples' family and each layout family of docs/layouts.md, in text, PDF and one line per page. */
const OPTIONS = { meetings: 150, bodies: 15, years: 2, seed: 42, pdfShare: 0.2 };
/**
 * The samples' family as the generator wrote it before the other layouts came (the same files,
 * byte for byte): the corpus the parser has long recovered exactly.
 */
const SAMPLES = {
  meetings: 120,
  bodies: 5,
  years: 4,
  seed: 42,
  pdfShare: 0.2,
  bodyKeys: ['hsn-pensionarsradet', 'hsn-funktionshinderradet', 'pvf-pensionarsradet', 'solna-kpr', 'nacka-aldrenamnden'],
};
/** A council whose notes are often undated, all as PDF: the dates only the file name, the PDF's metadata or nothing gives. */
const UNDATED = { meetings: 24, bodies: 1, years: 3, seed: 7, pdfShare: 1, bodyKeys: ['ludvika-pensionarsradet'] };

const LAYOUT_KEYS = [
  "samples' family · txt",
  "samples' family · pdf",
  'protokoll · txt',
  'protokoll · pdf',
  'protokoll · one line per page',
  'anteckningar · txt',
  'anteckningar · pdf',
  'anteckningar · one line per page',
  'web · txt',
  'web · one line per page',
];

const isSample = (t: FileTruth): boolean => layoutKey(t).startsWith("samples' family");

/** What the truth and parsed minutes both tell of a meeting, under the same names. */
interface FactSource {
  date: unknown;
  body: unknown;
  kind: unknown;
  secretary: unknown;
  attendees: ReadonlyArray<{ name: unknown; organisation: unknown; remote: unknown }>;
}
interface FactItem {
  number: unknown;
  title: unknown;
  presenters: unknown;
}

/** The facts the parser gives back exactly on the samples' family, picked the same way from either side. */
const facts = (m: FactSource, items: readonly FactItem[]) => ({
  date: m.date,
  body: m.body,
  kind: m.kind,
  secretary: m.secretary,
  attendees: m.attendees.map((a) => ({ name: a.name, organisation: a.organisation, remote: a.remote })),
  items: items.map((i) => ({ number: i.number, title: i.title, presenters: i.presenters })),
});
const plantedFacts = (t: FileTruth) => facts(t, t.items);
const parsedFacts = (m: Minutes) => facts(m, m.agendaItems);

/** Text with whitespace runs as single spaces and line-end hyphens joined, the same way on both sides of a comparison. */
const flat = (s: string): string => s.replace(/(\p{Ll})-\s+(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');

/** The forms a generated file writes a meeting date in. */
const dateForms = (iso: string): string[] => [
  iso,
  dayMonth(iso, true),
  numericDate(iso, 'dot'),
  commaDate(iso).slice(commaDate(iso).indexOf(' ') + 1),
];

let dir: { dir: string; remove: () => Promise<void> };
let undatedDir: { dir: string; remove: () => Promise<void> };
let samplesDir: { dir: string; remove: () => Promise<void> };
let samples: CorpusTruth;
let truth: CorpusTruth;
let files: GeneratedFile[];
let undated: CorpusTruth;

beforeAll(async () => {
  dir = await makeTempDir('radslag-corpus-');
  const corpus = generateCorpus(OPTIONS);
  files = corpus.files;
  await writeCorpus(dir.dir, corpus.files, corpus.truth);
  truth = CorpusTruthSchema.parse(JSON.parse(await readFile(path.join(dir.dir, 'truth.json'), 'utf8')));
  undatedDir = await makeTempDir('radslag-corpus-undated-');
  const u = generateCorpus(UNDATED);
  await writeCorpus(undatedDir.dir, u.files, u.truth);
  undated = u.truth;
  samplesDir = await makeTempDir('radslag-corpus-samples-');
  const s = generateCorpus(SAMPLES);
  await writeCorpus(samplesDir.dir, s.files, s.truth);
  samples = s.truth;
}, 180_000);
afterAll(async () => {
  await dir?.remove();
  await undatedDir?.remove();
  await samplesDir?.remove();
});

const textOf = (t: FileTruth): string => files.find((f) => f.file === t.file)!.text;

describe('generateCorpus', () => {
  it('is deterministic for a seed, byte for byte, PDFs included', async () => {
    const again = await makeTempDir('radslag-corpus-again-');
    try {
      const { files: f, truth: t } = generateCorpus(OPTIONS);
      await writeCorpus(again.dir, f, t);
      const names = (await readdir(dir.dir)).sort();
      expect((await readdir(again.dir)).sort()).toEqual(names);
      for (const name of names)
        expect((await readFile(path.join(again.dir, name))).equals(await readFile(path.join(dir.dir, name))), name).toBe(true);
    } finally {
      await again.remove();
    }
    const other = generateCorpus({ ...OPTIONS, seed: 43 });
    expect(other.files.map((f) => f.text).join('')).not.toEqual(files.map((f) => f.text).join(''));
  }, 120_000);

  it("marks every file as synthetic: the samples' family in its letterhead, the others at the foot of every page", async () => {
    for (const t of truth.files) {
      const text = textOf(t);
      if (isSample(t))
        expect(
          text
            .split('\n')
            .slice(0, 8)
            .map((l) => l.trim()),
          t.file,
        ).toContain(SYNTHETIC_MARKER);
      else for (const page of text.split('\f')) expect(page, t.file).toContain(SYNTHETIC_MARKER);
    }
    for (const format of ['pdf'] as const) {
      const pdf = truth.files.find((f) => f.format === format && !isSample(f))!;
      expect((await readSource(path.join(dir.dir, pdf.file))).text).toContain(SYNTHETIC_MARKER);
    }
  });

  it('writes the files truth.json describes, 4–8 meetings per body and year', async () => {
    const names = (await readdir(dir.dir)).filter((n) => n !== 'truth.json').sort();
    expect(names).toEqual(truth.files.map((f) => f.file).sort());
    expect(names).toHaveLength(OPTIONS.meetings);
    expect(truth.bodies.reduce((n, b) => n + b.meetings, 0)).toBe(OPTIONS.meetings);
    const perBodyYear = new Map<string, number>();
    const bodyOf = (f: FileTruth): string => `${f.body}|${f.municipality}`;
    for (const f of truth.files)
      perBodyYear.set(`${bodyOf(f)}|${f.date.slice(0, 4)}`, (perBodyYear.get(`${bodyOf(f)}|${f.date.slice(0, 4)}`) ?? 0) + 1);
    expect(perBodyYear.size).toBe(OPTIONS.bodies * OPTIONS.years);
    for (const n of perBodyYear.values()) expect([4, 5, 6, 7, 8]).toContain(n);
    expect(new Set(truth.topicTrends.map((t) => t.trend))).toEqual(new Set(['rising', 'fading', 'emerging', 'stable']));
  });

  it('writes every layout, in text, PDF (never a web page) and one line per page, for councils in named municipalities', () => {
    expect(new Set(truth.files.map(layoutKey))).toEqual(new Set(LAYOUT_KEYS));
    expect(truth.files.filter((f) => f.layout === 'web' && f.format === 'pdf')).toEqual([]);
    expect(truth.files.filter((f) => f.oneLine && f.format === 'pdf')).toEqual([]);
    const councils = truth.bodies.filter((b) => b.layout === 'protokoll' || b.layout === 'anteckningar' || b.layout === 'web');
    expect(councils.every((b) => b.municipality !== null)).toBe(true);
    const names = councils.map((b) => b.name);
    for (const kind of ['Kommunala pensionärsrådet', 'Regionala pensionärsrådet', 'Tillgänglighetsrådet', 'Äldrenämnden'])
      expect(names, kind).toContain(kind);
    expect(truth.bodies.map((b) => b.key)).toEqual(BODY_KEYS);
  });

  it('prints the published forms: hyphenation, bullets, page markers, § items, label/value tables, portal lines, one line per page', () => {
    const text = files.map((f) => f.text).join('\n');
    expect(text).toMatch(/\p{Ll}-\s*\n\p{Ll}/u);
    expect(text).toMatch(/hälso-\s*\n\s*och/u);
    expect(text).toMatch(/^• /mu);
    expect(text).toMatch(/^\s*\d+ \(\d+\)\s*$/mu);
    expect(text).toMatch(/\(länk\)/u);
    expect(text).toMatch(/^§ \d+ /mu);
    expect(text).toMatch(/^MÖTESANTECKNINGAR HSN \d{4}-\d{4}/mu);
    // Protokoll: the first-page table, § items with a body prefix, continuations, the posting block.
    expect(text).toMatch(/^Plats och tid {2,}\S/mu);
    expect(text).toMatch(/^Ej tjänstgörande {2,}\S.*\nersättare {2,}\S/mu);
    expect(text).toMatch(/^Justeringens plats {2,}\S.*\noch tid {2,}\S/mu);
    expect(text).toMatch(/^KPR § \d+ {2,}Dnr [A-ZÅÄÖ]+ \d{4}\/\d{4}$/mu);
    expect(text).toMatch(/^RPR § \d+$/mu);
    expect(text).toMatch(/^Forts\. KPR § \d+$/mu);
    expect(text).toMatch(/^ {20,}ANSLAG\/BEVIS$/mu);
    expect(text).toMatch(/Sida \d+ av \d+$/mu);
    expect(text).toMatch(/ersätter /u);
    // Notes: the numbering forms, and the absent who are not attendees.
    expect(text).toMatch(/^Punkt \d+\. \p{Lu}/mu);
    expect(text).toMatch(/^\d+\) \p{Lu}/mu);
    expect(text).toMatch(/^(?:Förhinder|Frånvarande|Anmält förhinder): /mu);
    // Web: bullet, number and title on lines of their own.
    expect(text).toMatch(/^•\n\d+\n\p{Lu}/mu);
    expect(text).toMatch(/^Senast uppdaterad: \d{4}-\d{2}-\d{2}$/mu);
    // One line per page: long lines, pages separated by form feeds.
    const oneLine = truth.files.filter((f) => f.oneLine).map(textOf);
    expect(oneLine.length).toBeGreaterThan(5);
    for (const t of oneLine) {
      for (const page of t.trimEnd().split('\f')) expect(page.includes('\n'), page.slice(0, 80)).toBe(false);
    }
  });

  it('plants only what the renderer wrote: titles, numbers, attendees and their roles, body, municipality, absent members not among them', () => {
    for (const t of truth.files.filter((f) => !isSample(f))) {
      const text = flat(textOf(t));
      // The body, perhaps only in the genitive of a title ("Anteckningar från pensionärsrådets möte").
      expect(text.toLocaleLowerCase('sv-SE'), t.file).toContain(t.body.toLocaleLowerCase('sv-SE'));
      // The municipality as the head prints it, in capitals or not ("LULEÅ KOMMUN").
      expect(text.toLocaleLowerCase('sv-SE'), t.file).toContain(t.municipality!.toLocaleLowerCase('sv-SE'));
      for (const item of t.items) {
        expect(text, `${t.file}: ${item.title}`).toContain(flat(item.title));
        if (!item.numbered) continue;
        const printed =
          t.layout === 'web'
            ? [`• ${item.number} ${item.title}`, `§ ${item.number} ${item.title}`]
            : [`§ ${item.number}`, `${item.number}. ${item.title}`, `${item.number}) ${item.title}`];
        expect(
          printed.some((p) => text.includes(flat(p))),
          `${t.file}: ${item.number}`,
        ).toBe(true);
      }
      for (const a of t.attendees) {
        expect(text, `${t.file}: ${a.name}`).toContain(a.name);
        // A chair's, vice chair's or official's role is printed right after the name (ersättare stand under their own label).
        if (a.role && !a.role.includes('ersättare'))
          expect(
            new RegExp(`${a.name}[^\\n]{0,60}?${flat(a.role).replace(/[()]/g, '.')}`, 'iu').test(text),
            `${t.file}: ${a.name}, ${a.role}`,
          ).toBe(true);
      }
      expect(new Set(t.attendees.map((a) => a.name)).size, t.file).toBe(t.attendees.length);
      // Those with förhinder are named, and are not attendees.
      const absent = t.oneLine ? '' : (/(?:Förhinder|Frånvarande|Anmält förhinder): ([^\n]*)/u.exec(textOf(t))?.[1] ?? '');
      for (const a of t.attendees) expect(absent, `${t.file}: ${a.name}`).not.toContain(a.name);
      if (t.secretary) expect(text).toContain(t.secretary);
      for (const name of t.adjusters) expect(text).toContain(name);
    }
  });

  it('plants statements as written, on pages that do not break them', () => {
    const unbroken = truth.files.filter(
      (f) => f.format === 'txt' && !f.oneLine && (f.layout === 'web' || (f.layout === 'anteckningar' && !textOf(f).includes('\f'))),
    );
    expect(unbroken.length).toBeGreaterThan(10);
    for (const t of unbroken) {
      const text = flat(textOf(t));
      for (const s of t.items.flatMap((i) => i.statements)) expect(text, t.file).toContain(flat(s.text));
    }
  });

  it('puts the date where dateSource says: the text, only the file name, or nowhere', () => {
    const sources = new Set(truth.files.map((f) => f.dateSource));
    for (const s of ['text', 'filename', 'none'] as const) expect(sources, s).toContain(s);
    for (const t of truth.files) {
      const text = textOf(t);
      const inText = dateForms(t.date).some((form) => text.includes(form));
      expect(inText, `${t.file}: ${t.dateSource}`).toBe(t.dateSource === 'text');
      if (t.dateSource === 'filename') expect(t.file).toContain(t.date);
      if (t.dateSource === 'none') expect(t.file).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe('generated PDFs read back through ingest/read', () => {
  it("sets the protokoll's first page as a two-column table: labels at one x, values at another", async () => {
    const pdfs = truth.files.filter((f) => f.layout === 'protokoll' && f.format === 'pdf').slice(0, 3);
    expect(pdfs.length).toBeGreaterThan(0);
    const labelX = PDF_COLUMNS.left;
    const valueX = PDF_COLUMNS.left + VALUE_COLUMN * PDF_COLUMNS.columnWidth;
    for (const t of pdfs) {
      const bytes = new Uint8Array(await readFile(path.join(dir.dir, t.file)));
      const pdf = await getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
      try {
        const content = await (await pdf.getPage(1)).getTextContent();
        const runs = content.items.flatMap((i) =>
          'str' in i && i.str.trim() !== '' ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number }] : [],
        );
        const labels = runs.filter((r) =>
          /^(?:Plats och tid|Tid och plats|Tid|Beslutande|Beslutande ledamöter|Övriga (?:deltagande|närvarande|deltagare)|Justeringens plats|Underskrifter)$/.test(
            r.str,
          ),
        );
        expect(labels.length, t.file).toBeGreaterThanOrEqual(4);
        for (const label of labels) {
          expect(label.x, label.str).toBeCloseTo(labelX, 0);
          const value = runs.find((r) => r !== label && Math.abs(r.y - label.y) < 1 && r.x > label.x);
          expect(value?.x, `${t.file}: ${label.str}`).toBeCloseTo(valueX, 0);
        }
      } finally {
        await pdf.destroy();
      }
      // As text: the label and its value on one line, the value's further lines on their own.
      const first = (await readSource(path.join(dir.dir, t.file))).pages[0]!;
      expect(first, t.file).toMatch(/^(?:Plats och tid|Tid och plats|Tid) \S/mu);
      expect(first, t.file).toMatch(/^Underskrifter Sekreterare /mu);
      for (const a of t.attendees) expect(first, `${t.file}: ${a.name}`).toContain(a.name);
    }
  });

  it('gives each PDF the creation date the truth says: the meeting day when only the metadata dates it, none when nothing does', async () => {
    const sources = new Set(undated.files.map((f) => f.dateSource));
    expect(sources).toContain('metadata');
    expect(sources).toContain('none');
    for (const t of undated.files) {
      const doc = await readSource(path.join(undatedDir.dir, t.file));
      expect(doc.mediaType).toBe('application/pdf');
      const created = doc.info?.created ?? null;
      if (t.dateSource === 'metadata') expect(created, t.file).toBe(t.date);
      else if (t.dateSource === 'none') expect(created, t.file).toBeNull();
      else expect(created, t.file).not.toBe(t.date);
      if (t.dateSource !== 'text')
        expect(
          dateForms(t.date).some((form) => doc.text.includes(form)),
          t.file,
        ).toBe(false);
    }
  });
});

describe("generated minutes of the samples' family through the real parser", () => {
  it('recovers dates, bodies, items, attendees and presenters exactly on 50 text files', async () => {
    const sample = samples.files.filter((f) => f.format === 'txt').slice(0, 50);
    expect(sample).toHaveLength(50);
    for (const t of sample) {
      const minutes = parseMinutes(await readSource(path.join(samplesDir.dir, t.file)));
      expect(parsedFacts(minutes), t.file).toEqual(plantedFacts(t));
      expect(minutes.nextMeeting?.date, t.file).toBe(t.nextMeeting?.date);
      expect(minutes.previousMeeting?.date, t.file).toBe(t.previousMeeting);
    }
  });

  it('reads the PDF share back to the same facts', async () => {
    const pdfs = samples.files.filter((f) => f.format === 'pdf').slice(0, 8);
    expect(pdfs.length).toBeGreaterThan(3);
    for (const t of pdfs) {
      const doc = await readSource(path.join(samplesDir.dir, t.file));
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
  }, 300_000);

  it('scores the pipeline on the corpus with numbers in [0, 1], per layout too', () => {
    const scores = scoreRecovery(truth, meetings);
    console.log(JSON.stringify(scores.layouts.map((l) => [l.layout, l.dateExact, l.body, l.itemCountExact, l.attendees.f1])));
    expect(scores.meetings).toEqual({ expected: OPTIONS.meetings, matched: OPTIONS.meetings });
    for (const key of ['topics', 'speakers', 'concerns', 'echoes', 'followUps', 'resolution'] as const) {
      for (const value of [scores[key].precision, scores[key].recall, scores[key].f1]) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
      expect(scores[key].expected, key).toBeGreaterThan(0);
    }
    expect(scores.layouts.map((l) => l.layout)).toEqual([...LAYOUT_KEYS, 'all']);
    const all = scores.layouts.at(-1)!;
    expect(all.files).toBe(OPTIONS.meetings);
    expect(scores.layouts.slice(0, -1).reduce((n, l) => n + l.files, 0)).toBe(OPTIONS.meetings);
    for (const l of scores.layouts) {
      for (const v of [l.dateExact, l.body, l.municipality, l.itemCountExact, l.attendees.f1, l.speakers.recall, l.topics.recall]) {
        expect(v, l.layout).toBeGreaterThanOrEqual(0);
        expect(v, l.layout).toBeLessThanOrEqual(1);
      }
    }
    // The samples' family parses to the planted date, body and item count: the per-layout measure must say so.
    const family = scores.layouts.find((l) => l.layout === "samples' family · txt")!;
    expect([family.dateExact, family.body, family.itemCountExact]).toEqual([1, 1, 1]);
  });

  it('tells a wrong pipeline from a right one, per layout and overall', () => {
    const blind = meetings.map((m) => ({
      ...m,
      minutes: { ...m.minutes, date: '1900-01-01', body: null, municipality: null, attendees: [], agendaItems: [] },
      passages: m.passages.map((p) => ({ ...p, speaker: { type: 'unknown' as const } })),
      followUps: [],
      concerns: [],
    }));
    const scores = scoreRecovery(truth, blind);
    expect(scores.speakers.recall).toBe(0);
    expect(scores.followUps.recall).toBe(0);
    expect(scores.concerns.recall).toBe(0);
    for (const l of scores.layouts)
      expect([l.layout, l.dateExact, l.body, l.itemCountExact, l.attendees.recall]).toEqual([l.layout, 0, 0, 0, 0]);
    expect(scoreRecovery(truth, meetings).speakers.recall).toBeGreaterThan(0.5);
    // A file the pipeline lost counts against its layout.
    const lost = scoreRecovery(
      truth,
      meetings.filter((m) => !m.minutes.source.path.includes('eskilstuna-kpr')),
    ).layouts;
    const protokoll = lost.find((l) => l.layout === 'protokoll · txt')!;
    expect(protokoll.ingested).toBeLessThan(protokoll.files);
    expect(protokoll.dateExact).toBeLessThanOrEqual(protokoll.ingested / protokoll.files);
  });
});

describe('writeDemoCorpus', () => {
  it('writes the two samples and three councils over five years, in mixed layouts, the same every time', async () => {
    const a = await makeTempDir('radslag-demo-');
    const b = await makeTempDir('radslag-demo-again-');
    try {
      const written = await writeDemoCorpus(a.dir);
      await writeDemoCorpus(b.dir);
      expect(written.files).toBe(2 + DEMO_SERIES.meetings);
      const top = (await readdir(a.dir)).filter((n) => n.endsWith('.txt')).sort();
      expect(top).toEqual((await readdir(path.join(process.cwd(), 'data/minutes'))).sort());
      for (const name of top)
        expect(await readFile(path.join(a.dir, name), 'utf8')).toBe(await readFile(path.join(process.cwd(), 'data/minutes', name), 'utf8'));
      const generated = (await readdir(path.join(a.dir, 'generated'))).filter((n) => n !== 'truth.json');
      expect(generated).toHaveLength(DEMO_SERIES.meetings);
      for (const name of generated) {
        const text = await readFile(path.join(a.dir, 'generated', name), 'utf8');
        expect(text, name).toContain(SYNTHETIC_MARKER);
        expect(text, name).toBe(await readFile(path.join(b.dir, 'generated', name), 'utf8'));
      }
      const demo = CorpusTruthSchema.parse(JSON.parse(await readFile(path.join(a.dir, 'generated', 'truth.json'), 'utf8')));
      expect(new Set(demo.files.map((f) => f.layout))).toEqual(new Set(['protokoll', 'anteckningar', 'web']));
      expect(new Set(demo.files.map((f) => f.municipality)).size).toBe(3);
      expect([...new Set(demo.files.map((f) => f.date.slice(0, 4)))].sort()).toEqual(['2021', '2022', '2023', '2024', '2025']);
      expect(demo.topicTrends.some((t) => t.trend === 'rising')).toBe(true);
    } finally {
      await a.remove();
      await b.remove();
    }
  });
});
