import { z } from 'zod';
import { DateSource, IsoDate } from './common.js';

export const UploadStatus = z.enum(['created', 'replaced', 'unchanged']);
export type UploadStatus = z.infer<typeof UploadStatus>;

/**
 * `POST /api/documents` form fields beside the file: `date` sets the meeting's date (for minutes
 * whose text has none, or a wrong one); the meeting then records `dateSource: "override"`.
 */
export const UploadFields = z.object({ date: z.union([IsoDate, z.literal('').transform(() => undefined)]).optional() });
export type UploadFields = z.infer<typeof UploadFields>;

/** `POST /api/documents` → 201 (created) or 200 (replaced, unchanged). */
export const UploadResult = z.object({
  status: UploadStatus,
  meetingId: z.string(),
  date: z.string().nullable(),
  dateSource: DateSource.nullable(),
  title: z.string().nullable(),
  items: z.number().int(),
  attendees: z.number().int(),
  passages: z.number().int(),
  concerns: z.number().int(),
  followUps: z.number().int(),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), line: z.number().int().optional() })),
});
export type UploadResult = z.infer<typeof UploadResult>;
