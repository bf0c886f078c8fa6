import { xmlEscape as esc } from '../format/xml.js';

/**
 * A readable API reference rendered on the server from the OpenAPI document: one section per
 * operation with its parameters and statuses, and the response schema folded away. Plain HTML with
 * a small inline stylesheet, no scripts, no CDN.
 */

interface Param {
  name: string;
  in: string;
  required: boolean;
  schema: Record<string, unknown>;
}
interface Op {
  tags: string[];
  summary: string;
  parameters: Param[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d2330}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d8dce3}
section{margin:1rem 0;padding:.6rem .9rem;border:1px solid #e2e5ea;border-radius:6px}
code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f5f6f8;padding:.6rem;overflow:auto;max-height:28rem}
.m{display:inline-block;min-width:3.2rem;font-weight:700;color:#fff;border-radius:4px;padding:0 .4rem;text-align:center}
.get{background:#2b6cb0}.post{background:#2f855a}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eee;padding:.25rem .4rem;text-align:left;vertical-align:top}`;

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (typeof schema.pattern === 'string') return `${String(schema.type ?? 'string')} (${schema.pattern})`;
  const parts = [
    schema.type,
    schema.maxLength !== undefined ? `≤ ${String(schema.maxLength)} tecken` : null,
    schema.maximum !== undefined ? `≤ ${String(schema.maximum)}` : null,
    schema.default !== undefined ? `standard ${JSON.stringify(schema.default)}` : null,
  ];
  return (
    parts
      .filter((p) => p !== null && p !== undefined)
      .map(String)
      .join(', ') || 'any'
  );
}

export function renderDocsPage(doc: { info: { title: string; description: string }; paths: Record<string, Record<string, Op>> }): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters.length
        ? `<table><tr><th>Parameter</th><th>Var (in)</th><th>Typ (type)</th><th>Krävs (required)</th></tr>${op.parameters
            .map(
              (p) =>
                `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${esc(typeOf(p.schema))}</td><td>${p.required ? 'ja (yes)' : 'nej (no)'}</td></tr>`,
            )
            .join('')}</table>`
        : '';
      const statuses = Object.entries(op.responses)
        .map(([status, r]) => `<li><code>${esc(status)}</code> ${esc(r.description)}</li>`)
        .join('');
      const ok = Object.values(op.responses)[0]?.content?.['application/json']?.schema;
      const schema = ok
        ? `<details><summary>Svarsschema (response schema)</summary><pre>${esc(JSON.stringify(ok, null, 2))}</pre></details>`
        : '';
      const html = `<section><div><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></div><p>${esc(op.summary)}</p>${params}<ul>${statuses}</ul>${schema}</section>`;
      const tag = op.tags[0] ?? 'Övrigt';
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const body = [...byTag].map(([tag, ops]) => `<h2>${esc(tag)}</h2>${ops.join('')}`).join('');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(doc.info.title)} – referens (reference)</title><style>${STYLE}</style></head><body><h1>${esc(doc.info.title)} – referens (reference)</h1><p>${esc(doc.info.description)}</p><p>Fel ges som <code>{ error: { code, message, details? } }</code> (errors). Maskinläsbart: <a href="/api/openapi.json">/api/openapi.json</a>.</p>${body}</body></html>`;
}
