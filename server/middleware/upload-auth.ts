import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether a socket address is this machine (IPv4 127/8, IPv6 ::1, IPv4-mapped loopback). */
export const isLoopback = (address: string | undefined): boolean =>
  address !== undefined && (LOOPBACK.has(address) || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address));

/**
 * Who may upload: with API_TOKEN set, whoever sends `Authorization: Bearer <token>`; without it,
 * only clients on this machine (the socket's address, not a header a client could forge).
 */
export function uploadAuth(apiToken: string | undefined): RequestHandler {
  const expected = apiToken === undefined ? null : Buffer.from(apiToken, 'utf8');
  return (req, _res, next) => {
    if (expected === null) {
      if (!isLoopback(req.socket.remoteAddress)) throw new ForbiddenError('uploads are only accepted from this machine unless API_TOKEN is set');
      next();
      return;
    }
    const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
    const given = Buffer.from(match?.[1]?.trim() ?? '', 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthorizedError();
    next();
  };
}
