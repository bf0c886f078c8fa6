import { Router } from 'express';
import { ConcernsQuery, FollowUpsQuery } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../middleware/validate.js';
import { concernGroups } from '../services/concerns.service.js';
import { councils } from '../services/councils.service.js';
import { followUps } from '../services/follow-ups.service.js';

/** The councils side by side, their concerns and the follow-up tracker. */
export function councilRoutes({ executor }: AppDeps): Router {
  const router = Router();
  router.get('/councils', async (_req, res) => {
    res.json(await councils(executor));
  });
  router.get('/concerns', async (req, res) => {
    res.json(await concernGroups(executor, parseInput(ConcernsQuery, req.query)));
  });
  router.get('/follow-ups', async (req, res) => {
    res.json(await followUps(executor, parseInput(FollowUpsQuery, req.query)));
  });
  return router;
}
