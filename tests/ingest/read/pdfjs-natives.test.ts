import { describe, expect, it } from 'vitest';
import { readSourceBytes } from '../../../ingest/read/read-source.js';
import { minutesToPdf } from '../../fixtures/minutes-pdf.js';
import { sampleText } from '../../fixtures/sample-minutes.js';

/**
 * pdf.js's bundled polyfills replace JSON.stringify, JSON.parse and Array.prototype.push with
 * slower JavaScript for the whole process; ingest/read/pdfjs.ts puts V8's own back. They must stay
 * V8's own after the reader is loaded and after it has read a PDF (pdf.js's worker carries the same
 * polyfills), and reading must still work. core-js disguises its functions' source as native code,
 * so each is told apart by a behaviour where Node 20 and the polyfill differ.
 */
function builtIns(): { stringify: boolean; parse: boolean; push: boolean } {
  let stack = '';
  JSON.stringify({
    toJSON() {
      stack = new Error().stack ?? '';
      return 1;
    },
  });
  let context: unknown;
  JSON.parse('1', function (this: unknown, _key: string, value: unknown, ...rest: unknown[]) {
    context = rest[0];
    return value;
  });
  let pushThrew = false;
  try {
    Object.defineProperty([], 'length', { writable: false }).push();
  } catch {
    pushThrew = true;
  }
  return {
    stringify: !/pdf(\.worker)?\.mjs/.test(stack), // the polyfill calls V8's stringify from pdf.js's bundle
    parse: context === undefined, // the polyfill hands a reviver the source text
    push: !pushThrew, // V8 lets an empty push past a read-only length; the polyfill throws
  };
}
const native = { stringify: true, parse: true, push: true };

describe('pdf.js loaded without replacing built-ins', () => {
  it('keeps JSON and Array.prototype.push native, before and after reading a PDF', async () => {
    expect(builtIns()).toEqual(native);
    const doc = await readSourceBytes(await minutesToPdf(sampleText(2025)), 'sample.pdf');
    expect(doc.text).toMatch(/vårdplats/);
    expect(builtIns()).toEqual(native);
    expect(JSON.parse(JSON.stringify({ a: [1, 'å'] }))).toEqual({ a: [1, 'å'] });
  });
});
