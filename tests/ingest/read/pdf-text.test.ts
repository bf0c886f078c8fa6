import { describe, expect, it } from 'vitest';
import { readSourceBytes } from '../../../ingest/read/read-source.js';
import { LETTERHEAD, LINE_HEIGHT, PAGE, printedText, type PrintedPage } from '../../fixtures/minutes-layout.js';
import { minutesPdfLayout, minutesToPdf, type MinutesPdfOptions } from '../../fixtures/minutes-pdf.js';
import { addA4Page, createPdf } from '../../fixtures/pdf-document.js';
import { SAMPLES, sampleText } from '../../fixtures/sample-minutes.js';

/**
 * What a reader should give back for each typeset page: the page marker, the letterhead on
 * page 1, then every printed line in order with one empty line at each paragraph gap.
 * Runs of spaces in the source come back as one space (PDF text has no space characters to count).
 * A line printed at a bullet's hanging indent comes back with one leading space.
 */
function expectedPages(layout: readonly PrintedPage[], opts: MinutesPdfOptions): string[] {
  return layout.map((page, i) => {
    const lines: string[] = [];
    if (opts.pageNumbers ?? true) lines.push(`${i + 1} (${layout.length})`, '');
    if (i === 0 && (opts.letterhead ?? true)) lines.push(...LETTERHEAD, '');
    page.lines.forEach((line, j) => {
      const above = page.lines[j - 1];
      if (above !== undefined && line.top - above.top > LINE_HEIGHT * 1.01) lines.push('');
      // A line printed at a bullet's hanging indent reads back with one leading space.
      const indent = (line.segments[0]?.x ?? PAGE.left) - PAGE.left > 0.9 * PAGE.fontSize ? ' ' : '';
      lines.push(indent + printedText(line).replace(/\s+/g, ' '));
    });
    while (lines.at(-1) === '') lines.pop();
    return lines.join('\n');
  });
}

const years = Object.keys(SAMPLES).map(Number) as Array<keyof typeof SAMPLES>;

describe('PDF text extraction keeps pages, page markers, lines and paragraph gaps', () => {
  for (const year of years) {
    it(`${year} sample: every page reads back exactly as typeset`, async () => {
      const text = sampleText(year);
      const layout = await minutesPdfLayout(text);
      const doc = await readSourceBytes(await minutesToPdf(text), `minutes-${year}.pdf`);
      expect(layout.length).toBeGreaterThanOrEqual(3);
      expect(doc.pages).toEqual(expectedPages(layout, {}));
      expect(doc.text).toBe(doc.pages.join('\f'));
      expect(doc.pages[0]?.split('\n').slice(0, 4)).toEqual([`1 (${layout.length})`, '', ...LETTERHEAD]);
      expect(doc.text).toMatch(/å/);
      expect(doc.text).toMatch(/Ö/);
    });
  }

  it('without letterhead and page numbers, only the body comes back', async () => {
    const opts = { letterhead: false, pageNumbers: false };
    const text = sampleText(2024);
    const doc = await readSourceBytes(await minutesToPdf(text, opts), 'plain.pdf');
    expect(doc.pages).toEqual(expectedPages(await minutesPdfLayout(text, opts), opts));
    // The sample's own letterhead lines are kept as body text when no letterhead is printed.
    expect(doc.pages[0]?.split('\n').slice(0, 2)).toEqual([...LETTERHEAD]);
  });

  it('label and value columns, and bullets with a hanging indent, read as one line each', async () => {
    const doc = await readSourceBytes(
      await minutesToPdf('Datum Torsdagen den 10 april 2025\n\n• Hospital at home\n• Avancerad sjukvård i hemmet (ASIH)\n'),
      'columns.pdf',
    );
    expect(doc.pages).toEqual([
      [
        '1 (1)',
        '',
        ...LETTERHEAD,
        '',
        'Datum Torsdagen den 10 april 2025',
        '',
        '• Hospital at home',
        '• Avancerad sjukvård i hemmet (ASIH)',
      ].join('\n'),
    ]);
  });

  it('wraps an over-long line, hyphenating long words, so that joining the printed lines restores it', async () => {
    const sentence =
      'Rådet efterfrågar en redovisning av slutenvårdsplatserna, kompetensförsörjningsplanen och vårdvalsutredningarna ' +
      'samt hur förvaltningsövergripande omställningsarbete påverkar tillgängligheten inom akutsjukvården och primärvården ' +
      'under budgetperioden, särskilt beträffande hemsjukvårdsuppdragen och kommunsamverkansavtalen.';
    const doc = await readSourceBytes(await minutesToPdf(`Rubrik\n\n${sentence}\n`, { letterhead: false, pageNumbers: false }), 'wrap.pdf');
    const [, body] = (doc.pages[0] ?? '').split('\n\n');
    const printed = (body ?? '').split('\n');
    expect(printed.length).toBeGreaterThan(2);
    expect(printed.some((l) => /\p{L}-$/u.test(l))).toBe(true);
    expect(
      printed
        .join('\n')
        .replace(/(\p{L})-\n/gu, '$1')
        .replace(/\n/g, ' '),
    ).toBe(sentence);
  });

  it('reads a page drawn sideways and shown upright with /Rotate like any other page', async () => {
    const { doc, bytes } = createPdf();
    addA4Page(doc);
    (doc.page.dictionary.data as { Rotate?: number }).Rotate = 90;
    doc
      .rotate(90, { origin: [300, 400] })
      .font('Helvetica')
      .fontSize(11);
    doc.text('Bilaga 1', 70, 100, { lineBreak: false });
    doc.text('Plats', 70, 113, { lineBreak: false }).text('Järntorget', 200, 113, { lineBreak: false });
    doc.text('Nästa möte', 70, 150, { lineBreak: false });
    doc.end();
    const read = await readSourceBytes(await bytes, 'landscape.pdf');
    expect(read.pages).toEqual(['Bilaga 1\nPlats Järntorget\n\nNästa möte']);
  });
});
