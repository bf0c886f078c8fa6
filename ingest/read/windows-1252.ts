/**
 * Windows-1252 decoding. Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
 * C1 controls (fixed only in later Node), which would turn "•" and "–" into control characters,
 * so the 32 bytes where Windows-1252 differs from Latin-1 are mapped here.
 * The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay C1 controls,
 * so the not-text check counts them as such.
 */
const HIGH_CONTROLS: readonly string[] = [
  '€',
  '\u0081',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\u008d',
  'Ž',
  '\u008f',
  '\u0090',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\u009d',
  'ž',
  'Ÿ',
];

const C1_RANGE = /[\u0080-\u009f]/g;

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1_RANGE, (c) => HIGH_CONTROLS[c.charCodeAt(0) - 0x80] ?? c);
}
