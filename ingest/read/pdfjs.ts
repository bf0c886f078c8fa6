/**
 * pdf.js, loaded without its side effects on the rest of the process. The legacy build (the one
 * that runs on Node 20) and its worker carry core-js polyfills that replace built-ins process-wide
 * whenever Node lacks some newer detail of them: JSON.stringify and JSON.parse (for JSON.rawJSON and
 * parse-with-source, which Node 20 does not have) and Array.prototype.push (for the error a push
 * onto a non-writable length throws). The replacements are JavaScript and several times slower than
 * V8's own, and everything paid for them once the PDF reader was imported: every response the
 * server serialised, every row the Neo4j driver decoded. pdf.js uses none of those details, so the
 * built-ins are put back once both modules have loaded; the worker is loaded here, not on the first
 * PDF, and handed to pdf.js (its in-process "fake worker" looks for `globalThis.pdfjsWorker`).
 * What the polyfills merely add (Promise.withResolvers, Set methods, …) stays: nothing else had it.
 */
const natives = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

JSON.stringify = natives.stringify;
JSON.parse = natives.parse;
Array.prototype.push = natives.push;

export const { getDocument, VerbosityLevel } = pdfjs;
export type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
