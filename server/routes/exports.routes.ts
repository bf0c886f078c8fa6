import { Router, type Response } from 'express';
import { ExportPassagesQuery, GraphQuery, TrendsQuery } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { toGraphml } from '../format/graphml.js';
import { parseInput } from '../middleware/validate.js';
import { allMeetings, meetingsCsv, passagesCsv, passagesFor, trendsCsv, trendsFor } from '../services/exports.service.js';
import { explore } from '../services/graph.service.js';

/** Downloads: CSV (Excel-friendly), JSON, GraphML. */
export function exportRoutes({ executor }: AppDeps): Router {
  const router = Router();
  const send = (res: Response, name: string, type: string, body: string) => {
    res.type(type);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.send(body);
  };
  router.get('/export/meetings.csv', async (_req, res) =>
    send(res, 'meetings.csv', 'text/csv; charset=utf-8', meetingsCsv(await allMeetings(executor))),
  );
  router.get('/export/meetings.json', async (_req, res) =>
    send(res, 'meetings.json', 'application/json; charset=utf-8', JSON.stringify(await allMeetings(executor))),
  );
  router.get('/export/passages.csv', async (req, res) =>
    send(
      res,
      'passages.csv',
      'text/csv; charset=utf-8',
      passagesCsv(await passagesFor(executor, parseInput(ExportPassagesQuery, req.query))),
    ),
  );
  router.get('/export/passages.json', async (req, res) =>
    send(
      res,
      'passages.json',
      'application/json; charset=utf-8',
      JSON.stringify(await passagesFor(executor, parseInput(ExportPassagesQuery, req.query))),
    ),
  );
  router.get('/export/trends.csv', async (req, res) =>
    send(res, 'trends.csv', 'text/csv; charset=utf-8', trendsCsv(await trendsFor(executor, parseInput(TrendsQuery, req.query)))),
  );
  router.get('/export/trends.json', async (req, res) =>
    send(
      res,
      'trends.json',
      'application/json; charset=utf-8',
      JSON.stringify(await trendsFor(executor, parseInput(TrendsQuery, req.query))),
    ),
  );
  router.get('/export/graph.graphml', async (req, res) =>
    send(
      res,
      'graph.graphml',
      'application/graphml+xml; charset=utf-8',
      toGraphml(await explore(executor, parseInput(GraphQuery, req.query))),
    ),
  );
  return router;
}
