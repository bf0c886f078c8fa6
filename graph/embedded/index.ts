export { startEmbeddedNeo4j } from './embedded-neo4j.js';
export type { EmbeddedNeo4j, EmbeddedNeo4jOptions } from './embedded-neo4j.js';
export { EmbeddedNeo4jError, isEmbeddedNeo4jError } from './errors.js';
export type { EmbeddedNeo4jErrorCode } from './errors.js';
export { prepareEmbeddedNeo4j } from './prepare.js';
export type { MemorySettings } from './jvm-options.js';
