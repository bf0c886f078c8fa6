import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { pdfDateToIso } from '../../../ingest/read/pdf-info.js';
import { readSourceBytes } from '../../../ingest/read/read-source.js';
import { SourceDocumentSchema } from '../../../shapes/source-document.js';

interface Info {
  Title?: string | null;
  /** `null`: none in the document information dictionary. */
  CreationDate?: Date | null;
  /** Also write XMP metadata (pdfkit does from PDF 1.4 on, with the creation date in it). */
  xmp?: boolean;
}

/** A one-page PDF with the given lines and document information. */
async function pdfWith(lines: readonly string[], info: Info): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: info.xmp ? '1.4' : '1.3',
    info: { Producer: 'radslag test', ...(info.Title ? { Title: info.Title } : {}) },
  });
  if (info.CreationDate !== undefined) {
    // pdfkit writes every enumerable entry into the dictionary but reads CreationDate for its XMP:
    // a hidden one keeps it out of the dictionary only.
    const date = info.CreationDate ?? new Date('2021-03-04T12:00:00Z');
    Object.defineProperty(doc.info, 'CreationDate', {
      value: date,
      enumerable: info.CreationDate !== null,
      configurable: true,
      writable: true,
    });
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.addPage({ size: 'A4', margin: 40 }).font('Helvetica').fontSize(11);
  lines.forEach((line, i) => doc.text(line, 40, 40 + i * 16, { lineBreak: false }));
  doc.end();
  return bytes;
}

const UNDATED = ['MINNESANTECKNINGAR', 'Pensionärsrådet', '', '1. Mötets öppnande', 'Ordföranden öppnar mötet och hälsar alla välkomna.'];

describe("a PDF's document information", () => {
  it('gives the title and the creation date', async () => {
    const bytes = await pdfWith(UNDATED, { Title: 'Protokoll Kommunala pensionärsrådet', CreationDate: new Date('2020-12-09T12:00:00Z') });
    const doc = SourceDocumentSchema.parse(await readSourceBytes(bytes, 'protokoll.pdf'));
    expect(doc.info).toEqual({ title: 'Protokoll Kommunala pensionärsrådet', created: '2020-12-09' });
  });

  it('gives null for what it lacks', async () => {
    const doc = await readSourceBytes(await pdfWith(UNDATED, { Title: null, CreationDate: null }), 'protokoll.pdf');
    expect(doc.info).toEqual({ title: null, created: null });
  });

  it('falls back on the XMP metadata', async () => {
    const doc = await readSourceBytes(await pdfWith(UNDATED, { Title: 'Protokoll', CreationDate: null, xmp: true }), 'protokoll.pdf');
    expect(doc.info).toEqual({ title: 'Protokoll', created: '2021-03-04' });
  });

  it('is absent for a text file', async () => {
    const doc = await readSourceBytes(Buffer.from(UNDATED.join('\n'), 'utf8'), 'protokoll.txt');
    expect(doc.info).toBeUndefined();
  });

  it("dates undated minutes by the PDF's creation date, with a warning", async () => {
    const bytes = await pdfWith(UNDATED, { Title: 'Minnesanteckningar', CreationDate: new Date('2020-12-09T12:00:00Z') });
    const m = parseMinutes(await readSourceBytes(bytes, 'minnesanteckningar.pdf'));
    expect(m).toMatchObject({ date: '2020-12-09', dateSource: 'metadata' });
    expect(m.warnings.map((w) => w.code)).toContain('date_from_metadata');
  });

  it('leaves minutes undated when neither text, name nor metadata has a date', async () => {
    const m = parseMinutes(await readSourceBytes(await pdfWith(UNDATED, { CreationDate: null }), 'minnesanteckningar.pdf'));
    expect(m).toMatchObject({ date: null, dateSource: null });
    expect(m.warnings.map((w) => w.code)).toContain('no_date');
  });
});

describe('pdfDateToIso', () => {
  it.each([
    ["D:20201207093000+01'00'", '2020-12-07'],
    ['D:20201207093000Z', '2020-12-07'],
    ['D:20201207', '2020-12-07'],
    ['20201207093000', '2020-12-07'],
    // The calendar date as the writer's clock had it, not moved to UTC.
    ["D:20201207003000+02'00'", '2020-12-07'],
  ])('%s → %s', (value, iso) => {
    expect(pdfDateToIso(value)).toBe(iso);
  });

  it.each([['D:2020'], ['D:202012'], ['D:20201332'], ['D:20200230'], ['igår'], [''], [null], [20201207]])('%s is no date', (value) => {
    expect(pdfDateToIso(value)).toBeNull();
  });
});
