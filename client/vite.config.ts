import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The explorer client. `npm run dev` serves it with hot reload and proxies `/api` to the API server,
 * which must be running separately (`npm start` in another terminal, or RADSLAG_API_PORT for another port).
 * `npm run build` writes the static bundle to client/dist, which the API server serves in production.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const apiPort = process.env.RADSLAG_API_PORT ?? '3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: process.env.RADSLAG_CLIENT_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
  preview: { host: '127.0.0.1' },
});
