/**
 * CSV as Excel reads it: a UTF-8 byte order mark (without it Excel shows "Ã¥" for å), CRLF line
 * ends, and RFC 4180 quoting — a field with a comma, quote or line break is quoted, quotes doubled.
 * Fields starting with = + - @ are prefixed with ' so a spreadsheet does not run them as formulas.
 */
export const CSV_BOM = '\uFEFF';

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
