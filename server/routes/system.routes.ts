import { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { openApiDocument } from '../openapi/document.js';
import { renderDocsPage } from '../openapi/docs-page.js';
import { checkHealth, embedderInfo } from '../services/health.service.js';

export function systemRoutes(deps: AppDeps): Router {
  const router = Router();
  const embedder = embedderInfo(deps.embedder, deps.session.annotator.notice);
  router.get('/health', async (_req, res) => {
    const { status, body } = await checkHealth(deps.executor, embedder, deps.config.demo);
    res.status(status).json(body);
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(renderDocsPage(openApiDocument() as Parameters<typeof renderDocsPage>[0]));
  });
  return router;
}
