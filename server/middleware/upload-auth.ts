import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether a socket address is this machine (IPv4 127/8, IPv6 ::1, IPv4-mapped loopback). */
export const isLoopback = (address: string | undefined): boolean =>
  address !== undefined && (LOOPBACK.has(address) || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address));

// Fixed-length digests: the comparison takes the same time whatever the token's length or content.
const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Who may upload: with API_TOKEN set, whoever sends `Authorization: Bearer <token>`; without it,
 * only clients on this machine. The client is `req.ip`: the socket's address, unless
 * RADSLAG_TRUST_PROXY names the peer as a trusted proxy — then the address that proxy forwarded,
 * so a reverse proxy on this machine does not make every internet client look local. A client
 * that is not a trusted proxy cannot forge it with X-Forwarded-For.
 */
export function uploadAuth(apiToken: string | undefined): RequestHandler {
  const expected = apiToken === undefined ? null : digest(apiToken);
  return (req, _res, next) => {
    if (expected === null) {
      if (!isLoopback(req.ip)) throw new ForbiddenError('uploads are only accepted from this machine unless API_TOKEN is set');
      next();
      return;
    }
    const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
    const given = match?.[1]?.trim();
    if (given === undefined || !timingSafeEqual(digest(given), expected)) throw new UnauthorizedError();
    next();
  };
}
