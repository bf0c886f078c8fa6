import path from 'node:path';
import { z } from 'zod';

/** The server's settings, read from the environment once at start-up. */
export const ServerConfigSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** When set, uploads need `Authorization: Bearer <API_TOKEN>`; when not, only loopback clients may upload. */
  API_TOKEN: z.string().min(1).optional(),
  RADSLAG_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(20),
  /** Requests per client per minute on /api/search. */
  RADSLAG_SEARCH_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  /** Uploads per client per minute. */
  RADSLAG_UPLOAD_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Where uploaded documents are kept (so /api/meetings/:id/source can serve them); default <RADSLAG_DATA_DIR>/uploads. */
  RADSLAG_UPLOAD_DIR: z.string().min(1).optional(),
  RADSLAG_DATA_DIR: z.string().min(1).default('.data'),
  /** Behind a reverse proxy: Express's `trust proxy` setting (e.g. `1`, `loopback`). */
  RADSLAG_TRUST_PROXY: z.string().min(1).optional(),
  /** `1` when the server runs on the demo corpus (`npm start -- --demo` sets it): /api/health says so. */
  RADSLAG_DEMO: z.enum(['0', '1']).optional(),
});

export interface ServerConfig {
  host: string;
  port: number;
  apiToken: string | undefined;
  maxUploadBytes: number;
  searchRateLimit: number;
  uploadRateLimit: number;
  trustProxy: string | undefined;
  uploadDir: string;
  demo: boolean;
}

/** Reads the config; an empty variable counts as unset. Throws a ZodError naming the bad variable. */
export function loadServerConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ServerConfigSchema.parse(present);
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    apiToken: parsed.API_TOKEN,
    maxUploadBytes: Math.round(parsed.RADSLAG_MAX_UPLOAD_MB * 1024 * 1024),
    searchRateLimit: parsed.RADSLAG_SEARCH_RATE_LIMIT,
    uploadRateLimit: parsed.RADSLAG_UPLOAD_RATE_LIMIT,
    trustProxy: parsed.RADSLAG_TRUST_PROXY,
    uploadDir: path.resolve(parsed.RADSLAG_UPLOAD_DIR ?? path.join(parsed.RADSLAG_DATA_DIR, 'uploads')),
    demo: parsed.RADSLAG_DEMO === '1',
    ...overrides,
  };
}
