/**
 * The Rådslag HTTP API contract (see /api/openapi.json). The client imports TYPES from here:
 *   import type { MeetingSummary } from './index.js';
 */
export * from './common.js';
export * from './enums.js';
export * from './health.js';
export * from './councils.js';
export * from './meetings.js';
export * from './passages.js';
export * from './topics.js';
export * from './people.js';
export * from './organisations.js';
export * from './concerns.js';
export * from './follow-ups.js';
export * from './graph.js';
export * from './search.js';
export * from './documents.js';
export * from './exports.js';
