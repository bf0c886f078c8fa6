import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import type { Minutes } from '../../../shapes/minutes.schema.js';
import { readSourceBytes } from '../../../ingest/read/read-source.js';
import { minutesToPdf } from '../../fixtures/minutes-pdf.js';
import { sampleText, textDocument } from '../../fixtures/sample-minutes.js';

/** What a reader of the record cares about: everything but line numbers, offsets and provenance. */
function essence(m: Minutes) {
  return {
    kind: m.kind,
    diaryNumber: m.diaryNumber,
    title: m.title,
    administration: m.administration,
    unit: m.unit,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    attendees: m.attendees,
    secretary: m.secretary,
    previousMeeting: m.previousMeeting,
    nextMeeting: m.nextMeeting,
    items: m.agendaItems.map((i) => ({
      number: i.number,
      title: i.title,
      presenters: i.presenters,
      paragraphs: i.paragraphs.map((p) => p.text),
    })),
    warnings: m.warnings.map((w) => w.code),
  };
}

describe.each([2024, 2025] as const)('a PDF of the %i sample', (year) => {
  const fromText = parseMinutes(textDocument(sampleText(year), `sample-${year}.txt`));

  it('with a letterhead and a page marker on every page parses to the same record as the text', async () => {
    const pdf = await minutesToPdf(sampleText(year), { repeatLetterhead: true });
    const doc = await readSourceBytes(new Uint8Array(pdf), `sample-${year}.pdf`);
    expect(doc.pages.length).toBeGreaterThan(1);
    const fromPdf = parseMinutes(doc);
    expect(essence(fromPdf)).toEqual(essence(fromText));
    expect(fromPdf.text).not.toMatch(/^\d+ \(\d+\)$/m);
    expect(fromPdf.agendaItems.at(-1)!.page).toBe(doc.pages.length);
  });
});
