import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * How the mirror answers: `ok` serves the files; `cut` sends an .onnx file's headers with its full
 * content-length, then half the bytes, then destroys the socket (a connection lost mid-download);
 * `stall` sends the same half and then nothing more; `silent` accepts connections and never answers.
 */
export type MirrorMode = 'ok' | 'cut' | 'stall' | 'silent';

export interface HubMirror {
  /** Base URL, for HF_ENDPOINT. */
  url: string;
  /** `METHOD path` of every request so far; empty it to start counting afresh. */
  requests: string[];
  mode: MirrorMode;
  close(): Promise<void>;
}

/**
 * A Hub-shaped HTTP server on 127.0.0.1: `/<owner>/<name>/resolve/main/<file>` is
 * `<hubDir>/<owner>/<name>/<file>`, 404 when there is no such file. No test reaches the real Hub.
 */
export async function startHubMirror(hubDir: string): Promise<HubMirror> {
  const mirror = { url: '', requests: [] as string[], mode: 'ok' as MirrorMode, close: async () => undefined };
  const server: Server = createServer((request, response) => {
    mirror.requests.push(`${request.method} ${request.url ?? ''}`);
    if (mirror.mode === 'silent') return;
    const match = /^\/([^/]+)\/([^/]+)\/resolve\/main\/(.+)$/.exec(request.url ?? '');
    const file = match ? path.join(hubDir, match[1]!, match[2]!, ...match[3]!.split('/')) : '';
    stat(file).then(
      async (info) => {
        response.writeHead(200, { 'content-length': info.size, 'content-type': 'application/octet-stream' });
        if (request.method === 'HEAD') return void response.end();
        if ((mirror.mode === 'cut' || mirror.mode === 'stall') && file.endsWith('.onnx')) {
          const bytes = await readFile(file);
          const cut = mirror.mode === 'cut';
          response.write(bytes.subarray(0, bytes.length >> 1), () => (cut ? setTimeout(() => request.socket.destroy(), 20) : undefined));
          return;
        }
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mirror.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mirror.close = async () => {
    // `silent` and `stall` leave requests hanging: drop them, or close() would wait for them forever.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return mirror;
}

/** A 127.0.0.1 URL nothing listens on: a port taken from the system and given back. */
export async function deadEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
