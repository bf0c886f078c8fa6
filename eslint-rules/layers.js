// @ts-check
/**
 * `layers/one-way`: a top-level folder imports only from its own layer and the layers below it.
 *
 *   shapes → language → ingest | graph → pipeline → server → scripts;  client → shapes
 *
 * Specifiers are resolved against the importing file, so `../graph/draw.js` inside
 * client/src/ (the explorer's own graph folder) is not mistaken for the top-level graph/.
 * tests/ and bench/ may import anything; bare specifiers (packages) are not this rule's business.
 */
import path from 'node:path';

/** What each layer may import, besides itself. */
export const LAYERS = {
  shapes: [],
  language: ['shapes'],
  ingest: ['shapes', 'language'],
  graph: ['shapes', 'language'],
  pipeline: ['shapes', 'language', 'ingest', 'graph'],
  server: ['shapes', 'language', 'ingest', 'graph', 'pipeline'],
  scripts: ['shapes', 'language', 'ingest', 'graph', 'pipeline', 'server'],
  client: ['shapes'],
};

/** @param {string} root @param {string} file */
function layerOf(root, file) {
  const top = path.relative(root, file).split(path.sep)[0];
  return top && Object.hasOwn(LAYERS, top) ? top : null;
}

/** @type {import('eslint').Rule.RuleModule} */
const oneWay = {
  meta: {
    type: 'problem',
    docs: { description: 'imports run one way between the top-level folders' },
    schema: [],
    messages: { backImport: "{{from}}/ may not import from {{to}}/ ('{{spec}}'): {{from}} may use {{allowed}}" },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = layerOf(root, file);
    if (!from) return {};
    /** @param {import('estree').Node & { source?: unknown }} node */
    const check = (node) => {
      const source = /** @type {{ value?: unknown } | null | undefined} */ (node.source);
      const spec = source && typeof source.value === 'string' ? source.value : null;
      if (!spec || !spec.startsWith('.')) return;
      const to = layerOf(root, path.resolve(path.dirname(file), spec));
      if (!to || to === from || LAYERS[from].includes(to)) return;
      const allowed = LAYERS[from].length ? LAYERS[from].join(', ') : 'nothing outside itself';
      context.report({ node, messageId: 'backImport', data: { from, to, spec, allowed } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { 'one-way': oneWay } };
