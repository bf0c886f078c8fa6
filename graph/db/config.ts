import path from 'node:path';
import { z } from 'zod';

const BOLT_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The environment variables the graph layer reads; blank values count as unset. */
export const graphEnvSchema = z
  .object({
    NEO4J_URI: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine((uri) => BOLT_SCHEMES.some((scheme) => uri.startsWith(`${scheme}//`)), {
          message: `must start with one of ${BOLT_SCHEMES.map((s) => `${s}//`).join(', ')}`,
        })
        .optional(),
    ),
    NEO4J_USER: z.preprocess(blankToUndefined, z.string().optional()),
    NEO4J_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
    NEO4J_DATABASE: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a valid Neo4j database name')
        .default('neo4j'),
    ),
    RADSLAG_DATA_DIR: z.preprocess(blankToUndefined, z.string().default('.data')),
  })
  .refine((env) => (env.NEO4J_USER === undefined) === (env.NEO4J_PASSWORD === undefined), {
    message: 'set both NEO4J_USER and NEO4J_PASSWORD, or neither',
    path: ['NEO4J_PASSWORD'],
  });

/** Username/password for a server that requires them; absent means no authentication. */
export interface GraphAuth {
  user: string;
  password: string;
}

/**
 * Where the graph lives. `remote`: a server or cluster given by NEO4J_URI. `embedded`: the local
 * Neo4j that graph/embedded starts on `neo4jDir` (`<dataDir>/neo4j`) when no URI is set.
 */
export type GraphConfig =
  | { mode: 'remote'; uri: string; auth?: GraphAuth; database: string; dataDir: string }
  | { mode: 'embedded'; neo4jDir: string; database: string; dataDir: string };

/** A configuration value is missing or malformed; `issues` name the variables. */
export class GraphConfigError extends Error {
  override readonly name = 'GraphConfigError';
  readonly code = 'invalid_graph_config';
  constructor(readonly issues: string[]) {
    super(`invalid graph configuration: ${issues.join('; ')}`);
  }
}

/** Reads and validates the graph settings from `env`; relative directories resolve against `cwd`. */
export function loadGraphConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): GraphConfig {
  const parsed = graphEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new GraphConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'env'}: ${i.message}`));
  }
  const vars = parsed.data;
  const dataDir = path.resolve(cwd, vars.RADSLAG_DATA_DIR);
  if (vars.NEO4J_URI === undefined) {
    return { mode: 'embedded', neo4jDir: path.join(dataDir, 'neo4j'), database: vars.NEO4J_DATABASE, dataDir };
  }
  const auth =
    vars.NEO4J_USER !== undefined && vars.NEO4J_PASSWORD !== undefined
      ? { user: vars.NEO4J_USER, password: vars.NEO4J_PASSWORD }
      : undefined;
  return { mode: 'remote', uri: vars.NEO4J_URI, ...(auth ? { auth } : {}), database: vars.NEO4J_DATABASE, dataDir };
}
