import { Router } from 'express';
import { CandidateTopicsQuery, TopicDetailQuery, TopicSlugParam, TrendPassagesQuery, TrendsQuery } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { parseInput } from '../middleware/validate.js';
import { candidateTopics } from '../services/candidate-topics.service.js';
import { listTopicSummaries, topicDetail, trendPassages, trends } from '../services/topics.service.js';

export function topicRoutes({ executor }: AppDeps): Router {
  const router = Router();
  router.get('/topics', async (_req, res) => {
    res.json(await listTopicSummaries(executor));
  });
  router.get('/topics/:slug', async (req, res) => {
    res.json(await topicDetail(executor, parseInput(TopicSlugParam, req.params).slug, parseInput(TopicDetailQuery, req.query)));
  });
  router.get('/trends', async (req, res) => {
    res.json(await trends(executor, parseInput(TrendsQuery, req.query)));
  });
  router.get('/trends/passages', async (req, res) => {
    res.json(await trendPassages(executor, parseInput(TrendPassagesQuery, req.query)));
  });
  router.get('/candidate-topics', async (req, res) => {
    res.json(await candidateTopics(executor, parseInput(CandidateTopicsQuery, req.query)));
  });
  return router;
}
