import { Router } from 'express';
import { MeetingIdParam, MeetingsQuery } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../middleware/validate.js';
import { listMeetingSummaries, meetingDetail, meetingSource } from '../services/meetings.service.js';

export function meetingRoutes({ executor }: AppDeps): Router {
  const router = Router();
  router.get('/meetings', async (req, res) => {
    res.json(await listMeetingSummaries(executor, parseInput(MeetingsQuery, req.query)));
  });
  router.get('/meetings/:id', async (req, res) => {
    res.json(await meetingDetail(executor, parseInput(MeetingIdParam, req.params).id));
  });
  router.get('/meetings/:id/source', async (req, res) => {
    const source = await meetingSource(executor, parseInput(MeetingIdParam, req.params).id);
    res.type(source.mediaType);
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(source.fileName)}`);
    res.send(source.bytes);
  });
  return router;
}
