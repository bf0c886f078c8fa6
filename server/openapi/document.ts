import { z } from 'zod';
import { ErrorBody } from '../../shapes/api/index.js';
import { OPERATIONS, type Operation } from './operations.js';

/** The OpenAPI 3.1 document, generated from the contract's zod schemas (JSON Schema 2020-12 is OpenAPI 3.1's dialect). */

const STATUS_TEXT: Record<number, string> = {
  400: 'Ogiltig parameter (bad parameter)',
  401: 'Token saknas eller fel (missing or wrong token)',
  403: 'Inte tillåtet (forbidden)',
  404: 'Finns inte (not found)',
  413: 'För stor fil (too large)',
  415: 'Fel filtyp (unsupported type)',
  422: 'Kunde inte läsas (could not be read or parsed)',
  429: 'För många anrop (rate limited)',
  503: 'Grafdatabasen nås inte (graph unavailable)',
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return rest;
};

function parameters(op: Operation) {
  const list: object[] = [];
  for (const [where, schema] of [
    ['path', op.params],
    ['query', op.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      const fieldSchema = jsonSchema(field as z.ZodType, 'input');
      const optional = (field as z.ZodType).safeParse(undefined).success;
      list.push({
        name,
        in: where,
        required: where === 'path' || !optional,
        schema: fieldSchema,
        ...(typeof fieldSchema.description === 'string' ? { description: fieldSchema.description } : {}),
      });
    }
  }
  return list;
}

function responses(op: Operation) {
  const success = op.response
    ? { description: 'OK', content: { 'application/json': { schema: jsonSchema(op.response, 'output') } } }
    : { description: 'OK', content: { [op.produces ?? 'application/octet-stream']: {} } };
  const out: Record<string, object> = { [String(op.successStatus ?? 200)]: success };
  for (const status of [...op.errors, 500]) {
    out[String(status)] = {
      description: STATUS_TEXT[status] ?? 'Internt fel (internal error)',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }
  return out;
}

let cached: object | undefined;

export function openApiDocument(): object {
  if (cached) return cached;
  const paths: Record<string, Record<string, object>> = {};
  for (const op of OPERATIONS) {
    const upload =
      op.path === '/api/documents'
        ? {
            requestBody: {
              required: true,
              content: {
                'multipart/form-data': {
                  schema: {
                    type: 'object',
                    required: ['file'],
                    properties: { file: { type: 'string', contentMediaType: 'application/octet-stream', description: '.pdf eller .txt' } },
                  },
                },
              },
            },
            security: [{ bearer: [] }, {}],
          }
        : {};
    (paths[op.path] ??= {})[op.method] = {
      tags: [op.tag],
      summary: op.summary,
      operationId: operationId(op),
      parameters: parameters(op),
      ...upload,
      responses: responses(op),
    };
  }
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Rådslag API',
      version: '1.0.0',
      description:
        'Mötesprotokoll som kunskapsgraf: möten, ämnen, personer, rådets frågor och uppföljningar. (Council minutes as a knowledge graph.)',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { ErrorBody: jsonSchema(ErrorBody, 'output') },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Krävs för uppladdning när API_TOKEN är satt (required for uploads when API_TOKEN is set)',
        },
      },
    },
  };
  return cached;
}

const operationId = (op: Operation) =>
  op.method +
  op.path
    .replace(/^\/api/, '')
    .split(/[/.{}-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
