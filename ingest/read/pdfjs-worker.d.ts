/** pdf.js's worker module ships without types; ingest/read/pdfjs.ts only hands it back to pdf.js. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
