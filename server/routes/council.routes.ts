import { Router } from 'express';
import { ConcernsQuery, FollowUpsQuery } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../middleware/validate.js';
import { concernGroups } from '../services/concerns.service.js';
import { followUps } from '../services/follow-ups.service.js';

/** The council's concerns and the follow-up tracker. */
export function councilRoutes({ executor }: AppDeps): Router {
  const router = Router();
  router.get('/concerns', async (req, res) => {
    res.json(await concernGroups(executor, parseInput(ConcernsQuery, req.query)));
  });
  router.get('/follow-ups', async (req, res) => {
    res.json(await followUps(executor, parseInput(FollowUpsQuery, req.query)));
  });
  return router;
}
