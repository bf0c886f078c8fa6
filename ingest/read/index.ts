export { readSource, readSourceBytes, type ReadOptions } from './read-source.js';
export { ReadError, isReadError, type ReadErrorCode } from './errors.js';
export { DEFAULT_MAX_FILE_MB, resolveMaxBytes, megabytesToBytes } from './limits.js';
export { SourceDocumentSchema, type SourceDocument, type MediaType, type TextEncoding } from '../../shapes/source-document.js';
