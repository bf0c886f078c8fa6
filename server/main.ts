import type { AddressInfo } from 'node:net';
import type { GraphExecutor } from '../graph/db/executor.js';
import type { Embedder } from '../ingest/embed/embedder.js';
import type { IngestSession } from '../pipeline/ingest-session.js';
import { prepareSearch } from '../graph/search/hybrid-search.js';
import { createApp } from './app.js';
import { loadServerConfig, type ServerConfig } from './config.js';

export interface StartServerOptions {
  executor: GraphExecutor;
  session: IngestSession;
  /** Embeds search queries; defaults to the session's embedder. */
  embedder?: Embedder | null;
  /** Defaults to HOST, else 127.0.0.1. */
  host?: string;
  /** Defaults to PORT, else 3000; 0 picks a free port (tests). */
  port?: number;
  clientDir?: string;
  /** Overrides of the environment's settings (tests set a token or a small upload limit). */
  config?: Partial<ServerConfig>;
}

export interface RunningServer {
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the HTTP server; resolves once it listens. Closing stops accepting and ends idle connections. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const config = loadServerConfig(process.env, {
    ...options.config,
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  const embedder = options.embedder === undefined ? options.session.annotator.embedder : options.embedder;
  const app = createApp({
    executor: options.executor,
    session: options.session,
    embedder,
    ...(options.clientDir !== undefined ? { clientDir: options.clientDir } : {}),
    config,
  });
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // Before any request is read; the planning goes on in the background, and closing waits for it,
  // so no query of it outlives the server.
  const planning = prepareSearch(options.executor, embedder);
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    host: address.address,
    port: address.port,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }).then(() => planning)),
  };
}
