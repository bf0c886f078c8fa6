import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, normaliseText } from '../../../ingest/read/decode-text.js';
import { ReadError } from '../../../ingest/read/errors.js';
import { readSourceBytes } from '../../../ingest/read/read-source.js';
import { SAMPLES, sampleText } from '../../fixtures/sample-minutes.js';
import { encodeUtf16be, encodeUtf16le, encodeUtf8, encodeWindows1252, withCrlf } from '../../fixtures/text-encodings.js';

const years = Object.keys(SAMPLES).map(Number) as Array<keyof typeof SAMPLES>;

describe('decoding a sample in every encoding Swedish minutes arrive in', () => {
  for (const year of years) {
    const text = sampleText(year);
    const variants = [
      ['utf-8', encodeUtf8(text)],
      ['utf-8', encodeUtf8(text, { bom: true })],
      ['utf-8', encodeUtf8(withCrlf(text), { bom: true })],
      ['utf-16le', encodeUtf16le(text)],
      ['utf-16le', encodeUtf16le(withCrlf(text))],
      ['utf-16be', encodeUtf16be(text)],
      ['windows-1252', encodeWindows1252(text)],
      ['windows-1252', encodeWindows1252(withCrlf(text))],
    ] as const;

    it(`${year}: all ${variants.length} byte forms give the identical text, å ä ö intact`, async () => {
      const texts = new Set<string>();
      for (const [encoding, bytes] of variants) {
        const doc = await readSourceBytes(bytes, `minutes-${year}.txt`);
        expect(doc.encoding).toBe(encoding);
        expect(doc.text.startsWith('\ufeff')).toBe(false);
        expect(doc.text).not.toContain('\r');
        texts.add(doc.text);
      }
      expect(texts.size).toBe(1);
      const [decoded] = texts;
      expect(decoded).toBe(text);
      expect(decoded).toMatch(/å/);
      expect(decoded).toMatch(/ä/);
      expect(decoded).toMatch(/ö/);
    });
  }

  it('keeps the Windows-1252 punctuation Node 20 would turn into C1 controls', () => {
    const { text, encoding } = decodeText(encodeWindows1252('Punkt • ett – ”citat” …'), 'p.txt');
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('Punkt • ett – ”citat” …');
  });

  it('composes decomposed letters (NFC), as macOS file names and some editors write them', () => {
    const decomposed = 'va\u0308rdplats a\u030angest';
    expect(decodeText(encodeUtf8(decomposed), 'nfd.txt').text).toBe('vårdplats ångest'.replace('vå', 'vä').normalize('NFC'));
  });

  it('reads UTF-8 with one broken byte (a spliced file) as UTF-8, not as mojibake', () => {
    const bytes = Buffer.concat([
      encodeUtf8('Hälso- och sjukvårdsförvaltningen öppnar mötet '),
      Buffer.from([0xff]),
      encodeUtf8(' och går vidare.'),
    ]);
    const { text, encoding } = decodeText(bytes, 'spliced.txt');
    expect(encoding).toBe('utf-8');
    expect(text).toContain('Hälso- och sjukvårdsförvaltningen');
  });

  it('normalises old Mac line endings too', () => {
    expect(normaliseText('a\rb\r\nc\n')).toBe('a\nb\nc\n');
  });
});

const asciiChar = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const swedishChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöÅÄÖéÉ ,.:;-()\n'.split(''));
const swedishText = fc.string({ unit: fc.oneof(asciiChar, swedishChar), minLength: 1, maxLength: 300 });
/** Windows-1252 letters only: none of their bytes is a UTF-8 continuation byte, so no sequence is valid UTF-8. */
const latinText = fc.string({ unit: fc.oneof(asciiChar, fc.constantFrom(...'åäöÅÄÖéÉü\n'.split(''))), minLength: 1, maxLength: 300 });

describe('decodeText properties', () => {
  it('round-trips printable Swedish text through UTF-8 and UTF-16 (with BOM)', () => {
    fc.assert(
      fc.property(swedishText, (text) => {
        for (const bytes of [encodeUtf8(text), encodeUtf8(text, { bom: true }), encodeUtf16le(text), encodeUtf16be(text)]) {
          expect(decodeText(bytes, 'p.txt').text).toBe(normaliseText(text));
        }
      }),
    );
  });

  it('round-trips Latin-1 Swedish text through Windows-1252', () => {
    fc.assert(
      fc.property(latinText, (text) => {
        expect(decodeText(encodeWindows1252(text), 'p.txt').text).toBe(text);
      }),
    );
  });

  it('never throws anything but ReadError not_text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        try {
          decodeText(bytes, 'random.txt');
        } catch (e) {
          expect(e).toBeInstanceOf(ReadError);
          expect((e as ReadError).code).toBe('not_text');
        }
      }),
      { numRuns: 300 },
    );
  });
});
