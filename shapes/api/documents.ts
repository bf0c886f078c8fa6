import { z } from 'zod';

export const UploadStatus = z.enum(['created', 'replaced', 'unchanged']);
export type UploadStatus = z.infer<typeof UploadStatus>;

/** `POST /api/documents` → 201 (created) or 200 (replaced, unchanged). */
export const UploadResult = z.object({
  status: UploadStatus,
  meetingId: z.string(),
  date: z.string().nullable(),
  title: z.string().nullable(),
  items: z.number().int(),
  attendees: z.number().int(),
  passages: z.number().int(),
  concerns: z.number().int(),
  followUps: z.number().int(),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), line: z.number().int().optional() })),
});
export type UploadResult = z.infer<typeof UploadResult>;
