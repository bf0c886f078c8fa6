import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers. The CSP allows exactly what the built client (Vite, same origin) needs: its
 * own scripts and styles, inline style attributes (React/D3 set `style=`), data:/blob: images
 * (canvas exports), and fetches to this origin. No CDN, no inline scripts, no framing by others.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'self'"],
        frameSrc: ["'self'"],
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // The source PDF opens in the browser's viewer from the client; same-origin framing is fine.
    frameguard: { action: 'sameorigin' },
    crossOriginEmbedderPolicy: false,
  });
}
