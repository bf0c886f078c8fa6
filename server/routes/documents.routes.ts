import { Router } from 'express';
import { UploadFields } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../middleware/validate.js';
import { perMinuteLimit } from '../middleware/rate-limits.js';
import { checkUploadedDocument, singleUpload } from '../middleware/upload.js';
import { uploadAuth } from '../middleware/upload-auth.js';
import { DocumentIngest } from '../services/documents.service.js';

/** Upload: rate limit → who may upload → size limit (multer) → type check → ingest. */
export function documentRoutes({ session, executor, config }: AppDeps): Router {
  const router = Router();
  const ingest = new DocumentIngest(session, executor, config.uploadDir);
  router.post(
    '/documents',
    perMinuteLimit(config.uploadRateLimit, 'upload'),
    uploadAuth(config.apiToken),
    singleUpload(config.maxUploadBytes),
    async (req, res) => {
      // multer has read every form field by now, before or after the file; a bad date is a 400 before anything is stored.
      const result = await ingest.ingest(checkUploadedDocument(req.file), parseInput(UploadFields, req.body ?? {}));
      res.status(result.status === 'created' ? 201 : 200).json(result);
    },
  );
  return router;
}
