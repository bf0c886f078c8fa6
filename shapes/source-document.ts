import { z } from 'zod';

/** How the bytes of a source file were turned into text. */
export const TextEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'pdf']);
export type TextEncoding = z.infer<typeof TextEncodingSchema>;

export const MediaTypeSchema = z.enum(['application/pdf', 'text/plain']);
export type MediaType = z.infer<typeof MediaTypeSchema>;

/**
 * The output of the read stage: a file's text, page by page.
 * Invariant: `text === pages.join('\f')` — a form feed separates pages, as pdftotext does,
 * so the parser can give every paragraph the page it starts on. Text files are one page.
 */
export const SourceDocumentSchema = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: MediaTypeSchema,
  encoding: TextEncodingSchema,
  bytes: z.number().int().nonnegative(),
  text: z.string(),
  pages: z.array(z.string()).min(1),
  /** What a PDF's document information says (title, creation date), the parser's last resort. */
  info: z
    .object({
      title: z.string().nullable(),
      created: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .nullable(),
    })
    .optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
