import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError, parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { MinutesSchema } from '../../../shapes/minutes.schema.js';
import { sampleText, textDocument } from '../../fixtures/sample-minutes.js';

/** The contract: any text gives a valid record (with warnings) or a typed ParseError; nothing else escapes. */
function parsesOrFailsTyped(text: string): void {
  try {
    const m = parseMinutes(textDocument(text));
    expect(MinutesSchema.safeParse(m).success).toBe(true);
    for (const item of m.agendaItems) for (const p of item.paragraphs) expect(m.text.slice(p.start, p.end)).toBe(p.text);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
  }
}

const samples = [sampleText(2024), sampleText(2025)];
const sampleArb = fc.constantFrom(...samples);

describe('parseMinutes never throws untyped errors', () => {
  it('on arbitrary unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), parsesOrFailsTyped), { numRuns: 300 });
  });

  it('on truncated samples', () => {
    fc.assert(
      fc.property(sampleArb, fc.double({ min: 0, max: 1, noNaN: true }), (text, cut) =>
        parsesOrFailsTyped(text.slice(0, Math.floor(text.length * cut))),
      ),
      { numRuns: 200 },
    );
  });

  it('on samples with shuffled lines', () => {
    fc.assert(
      fc.property(sampleArb, fc.integer(), (text, seed) => {
        const lines = text.split('\n');
        let s = seed >>> 0;
        for (let i = lines.length - 1; i > 0; i--) {
          s = (s * 1664525 + 1013904223) >>> 0;
          const j = s % (i + 1);
          [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        }
        parsesOrFailsTyped(lines.join('\n'));
      }),
      { numRuns: 100 },
    );
  });

  it('on samples with lines of random junk inserted', () => {
    fc.assert(
      fc.property(sampleArb, fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 200 })), { maxLength: 20 }), (text, inserts) => {
        const lines = text.split('\n');
        for (const [at, junk] of inserts) lines.splice(at % (lines.length + 1), 0, junk);
        parsesOrFailsTyped(lines.join('\n'));
      }),
      { numRuns: 100 },
    );
  });

  it('on very long lines (a super-linear regular expression would hit the test timeout)', () => {
    const long = 'Rådet lyfter frågan om vårdplatser '.repeat(30_000);
    parsesOrFailsTyped(`MÖTESANTECKNINGAR HSN 2025-0001\n\n1 Inledning\n${long}\n2 ${long}\n§ ${long}`);
    parsesOrFailsTyped('1'.repeat(500_000));
    parsesOrFailsTyped('Datum '.concat('den 1 april '.repeat(20_000)));
  });
});
