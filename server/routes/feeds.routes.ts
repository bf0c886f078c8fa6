import { Router, type Request } from 'express';
import { TopicSlugParam } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../middleware/validate.js';
import { followUpsFeed, topicFeed } from '../services/feeds.service.js';

const ATOM = 'application/atom+xml; charset=utf-8';
const originOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

export function feedRoutes({ executor }: AppDeps): Router {
  const router = Router();
  router.get('/feeds/topics/:slug.atom', async (req, res) => {
    res.type(ATOM).send(await topicFeed(executor, parseInput(TopicSlugParam, req.params).slug, originOf(req)));
  });
  router.get('/feeds/follow-ups.atom', async (req, res) => {
    res.type(ATOM).send(await followUpsFeed(executor, originOf(req)));
  });
  return router;
}
