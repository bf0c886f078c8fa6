import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

const NOT_BUILT = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Rådslag</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;line-height:1.5">
<h1>Rådslag</h1><p>Webbklienten är inte byggd ännu. Kör <code>npm run build</code> och ladda om sidan.</p>
<p>API:et fungerar redan: <a href="/api/docs">/api/docs</a>, <a href="/api/health">/api/health</a>.</p></body></html>`;

/**
 * The built client: static files, and index.html for every other GET outside /api so client-side
 * routes (/meetings/…, /topics/…) survive a reload. Checked per request, so building the client
 * while the server runs is enough.
 */
export function clientRoutes(clientDir: string): Router {
  const router = Router();
  const root = path.resolve(clientDir);
  const index = path.join(root, 'index.html');
  router.use(express.static(root, { index: false, fallthrough: true, maxAge: '1h' }));
  router.get(/^(?!\/api(?:\/|$)).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(200).type('html').send(NOT_BUILT);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
