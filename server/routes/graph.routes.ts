import { Router } from 'express';
import { GraphQuery } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../middleware/validate.js';
import { explore } from '../services/graph.service.js';

export function graphRoutes({ executor }: AppDeps): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    res.json(await explore(executor, parseInput(GraphQuery, req.query)));
  });
  return router;
}
