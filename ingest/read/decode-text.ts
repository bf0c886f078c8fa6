import { ReadError } from './errors.js';
import type { TextEncoding } from '../../shapes/source-document.js';
import { decodeWindows1252 } from './windows-1252.js';

export interface DecodedText {
  text: string;
  encoding: Exclude<TextEncoding, 'pdf'>;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * More than 1 % control characters (and more than one: a stray one in a short file is a typo,
 * not a binary) means the bytes are not prose in any encoding we try.
 * Tab, line feed, carriage return and form feed (a page break) are text; U+FFFD counts as control
 * because it marks a byte sequence that did not decode.
 */
const MAX_CONTROL_RATIO = 0.01;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/g;

/**
 * When strict UTF-8 fails, a file that still holds at least this many well-formed multi-byte
 * characters per broken sequence is UTF-8 with a few bad bytes (a truncated or spliced file),
 * not Windows-1252 prose: decoding it as Windows-1252 would turn every "å" into "Ã¥".
 */
const UTF8_EVIDENCE_PER_ERROR = 4;

const hasPrefix = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the caller has already removed the BOM; a second one is content.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWithBom(bytes: Uint8Array, path: string): DecodedText | null {
  const declared: ReadonlyArray<[readonly number[], DecodedText['encoding']]> = [
    [UTF8_BOM, 'utf-8'],
    [UTF16LE_BOM, 'utf-16le'],
    [UTF16BE_BOM, 'utf-16be'],
  ];
  for (const [bom, encoding] of declared) {
    if (!hasPrefix(bytes, bom)) continue;
    const text = decodeStrict(encoding, bytes.subarray(bom.length));
    if (text === null) throw new ReadError('not_text', path, `File starts with a ${encoding} byte-order mark but is not valid ${encoding}`);
    return { text, encoding };
  }
  return null;
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/** UTF-8 when it decodes strictly or nearly so, Windows-1252 otherwise (a superset of Latin-1 prose). */
function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  const strict = decodeStrict('utf-8', bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8' };
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const errors = countMatches(lenient, /\ufffd/g);
  const wellFormed = countMatches(lenient, /[^\p{ASCII}\ufffd]/gu);
  if (wellFormed >= errors * UTF8_EVIDENCE_PER_ERROR) return { text: lenient, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** Line endings to "\n", composed Unicode (NFC), no BOM: the form the parser's patterns assume. */
export const normaliseText = (text: string): string =>
  text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');

/**
 * Bytes of a text file → normalised text. Throws ReadError `not_text` for binary content:
 * NUL bytes without a UTF-16 BOM, or too many control characters in the best decoding.
 */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  const withBom = decodeWithBom(bytes, path);
  if (withBom === null && bytes.includes(0)) {
    throw new ReadError('not_text', path, 'File contains NUL bytes: a binary file, or UTF-16 without a byte-order mark');
  }
  const decoded = withBom ?? decodeWithoutBom(bytes);
  const controls = countMatches(decoded.text, CONTROL_CHARS);
  if (controls > Math.max(1, decoded.text.length * MAX_CONTROL_RATIO)) {
    throw new ReadError(
      'not_text',
      path,
      `File does not look like text: ${controls} of ${decoded.text.length} characters are control characters (as ${decoded.encoding})`,
    );
  }
  return { text: normaliseText(decoded.text), encoding: decoded.encoding };
}
