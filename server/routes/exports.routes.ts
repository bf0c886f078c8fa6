import { Router, type Request, type Response } from 'express';
import { ExportMeetingsQuery, ExportPassagesQuery, GraphQuery, TrendsQuery } from '../../shapes/api/index.js';
import type { AppDeps } from '../deps.js';
import { toGraphml } from '../format/graphml.js';
import { parseInput } from '../middleware/validate.js';
import { allMeetings, meetingsCsv, passagesCsv, passagesFor, trendsCsv, trendsFor } from '../services/exports.service.js';
import { explore } from '../services/graph.service.js';

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** Downloads: CSV (Excel-friendly), JSON, GraphML. */
export function exportRoutes({ executor }: AppDeps): Router {
  const router = Router();
  const send = (res: Response, name: string, type: string, body: string) => {
    res.type(type);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.send(body);
  };
  /** One data set, as `<name>.csv` and `<name>.json`. */
  const dataset = <T>(name: string, load: (req: Request) => Promise<T>, csv: (data: T) => string) => {
    router.get(`/export/${name}.csv`, async (req, res) => send(res, `${name}.csv`, CSV, csv(await load(req))));
    router.get(`/export/${name}.json`, async (req, res) => send(res, `${name}.json`, JSON_TYPE, JSON.stringify(await load(req))));
  };
  dataset('meetings', (req) => allMeetings(executor, parseInput(ExportMeetingsQuery, req.query)), meetingsCsv);
  dataset('passages', (req) => passagesFor(executor, parseInput(ExportPassagesQuery, req.query)), passagesCsv);
  dataset('trends', (req) => trendsFor(executor, parseInput(TrendsQuery, req.query)), trendsCsv);
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
