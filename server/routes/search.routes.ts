import { Router } from 'express';
import { SearchQuery } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { perMinuteLimit } from '../middleware/rate-limits.js';
import { parseInput } from '../middleware/validate.js';
import { search } from '../services/search.service.js';

export function searchRoutes({ executor, embedder, config }: AppDeps): Router {
  const router = Router();
  router.get('/search', perMinuteLimit(config.searchRateLimit, 'search'), async (req, res) => {
    res.json(await search(executor, embedder, parseInput(SearchQuery, req.query)));
  });
  return router;
}
