import { isValidDate, toIso } from '../../language/dates.js';
import type { SourceDocument } from '../../shapes/source-document.js';
import type { PDFDocumentProxy } from './pdfjs.js';

export type PdfInfo = NonNullable<SourceDocument['info']>;

/**
 * A PDF date string (`D:20201207093000+01'00'`) → `2020-12-07`. The calendar date is taken as
 * written, in the writer's own time zone: converted to UTC, a PDF made shortly after midnight
 * would fall on the day before. A date without month and day is no date.
 */
export function pdfDateToIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? toIso(year, month, day) : null;
}

/** An XMP date (`2020-12-07T09:30:00+01:00`, `2020-12-07`) → `2020-12-07`, as written. */
function xmpDateToIso(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? toIso(year, month, day) : null;
}

function cleanTitle(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const title = value.replace(/\s+/g, ' ').trim();
  return title || null;
}

/**
 * What the PDF says about itself: the document information dictionary's Title and CreationDate,
 * else the same in its XMP metadata; null for what neither has. Metadata that cannot be read
 * leaves the fields null: it is a last resort for the parser, never a reason to refuse the file.
 */
export async function readPdfInfo(pdf: PDFDocumentProxy): Promise<PdfInfo> {
  const meta = await pdf.getMetadata().catch(() => null);
  if (!meta) return { title: null, created: null };
  const info = (meta.info ?? {}) as Record<string, unknown>;
  const xmp = (name: string): unknown => {
    try {
      return meta.metadata?.get(name);
    } catch {
      return undefined;
    }
  };
  return {
    title: cleanTitle(info.Title) ?? cleanTitle(xmp('dc:title')),
    created: pdfDateToIso(info.CreationDate) ?? xmpDateToIso(xmp('xmp:createdate')),
  };
}
