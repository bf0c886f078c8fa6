import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { ApiError } from '../errors.js';

/** A per-client limit on an expensive route (search, upload); over it → 429 with Retry-After. */
export function perMinuteLimit(limit: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new ApiError(429, 'rate_limited', `too many ${what} requests; at most ${limit} per minute`)),
  });
}
