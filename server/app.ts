import express, { Router, type Express } from 'express';
import { fileURLToPath } from 'node:url';
import type { AppDeps } from './deps.js';
import { apiNotFound, errorHandler } from './middleware/error-handler.js';
import { securityHeaders } from './middleware/security.js';
import { actorRoutes } from './routes/actors.routes.js';
import { clientRoutes } from './routes/client.routes.js';
import { councilRoutes } from './routes/council.routes.js';
import { documentRoutes } from './routes/documents.routes.js';
import { exportRoutes } from './routes/exports.routes.js';
import { feedRoutes } from './routes/feeds.routes.js';
import { graphRoutes } from './routes/graph.routes.js';
import { meetingRoutes } from './routes/meetings.routes.js';
import { searchRoutes } from './routes/search.routes.js';
import { systemRoutes } from './routes/system.routes.js';
import { topicRoutes } from './routes/topics.routes.js';

export type { AppDeps } from './deps.js';

export const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../client/dist', import.meta.url));

/** The Express app: security headers, the JSON API under /api, the built client for everything else. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple'); // no nested objects from `a[b]=c`: every parameter is a string (or repeated → array → 400)
  if (deps.config.trustProxy) app.set('trust proxy', deps.config.trustProxy);
  app.use(securityHeaders());

  const api = Router();
  api.use(express.json({ limit: '100kb' }));
  for (const routes of [
    systemRoutes,
    meetingRoutes,
    topicRoutes,
    actorRoutes,
    councilRoutes,
    graphRoutes,
    searchRoutes,
    exportRoutes,
    feedRoutes,
    documentRoutes,
  ]) {
    api.use(routes(deps));
  }
  api.use(apiNotFound);
  app.use('/api', api);
  app.use(clientRoutes(deps.clientDir ?? DEFAULT_CLIENT_DIR));
  app.use(errorHandler({ maxUploadBytes: deps.config.maxUploadBytes }));
  return app;
}
