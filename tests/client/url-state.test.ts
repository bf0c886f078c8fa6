import { describe, expect, it } from 'vitest';
import { isoDate, list, oneOf, optional, positiveInt, readState, text, writeState } from '../../client/src/router/url-state.js';

const SCHEMA = {
  q: text(),
  mode: oneOf(['hybrid', 'fulltext', 'vector'] as const, 'hybrid'),
  from: isoDate(),
  topics: list(),
  types: list(['Meeting', 'Topic']),
  page: positiveInt(1),
  node: optional(),
};

describe('URL state', () => {
  it('fills defaults for an empty query and writes nothing back for them', () => {
    const state = readState(SCHEMA, '');
    expect(state).toEqual({ q: '', mode: 'hybrid', from: null, topics: [], types: ['Meeting', 'Topic'], page: 1, node: null });
    expect(writeState(SCHEMA, state)).toBe('');
  });

  it('round-trips a full state, Swedish letters included', () => {
    const state = { q: 'vårdplatser', mode: 'fulltext' as const, from: '2025-01-01', topics: ['nara-vard', 'vardplatser'], types: ['Person'], page: 3, node: 'Topic:nara-vard' };
    const query = writeState(SCHEMA, state);
    expect(query.startsWith('?q=v%C3%A5rdplatser&mode=fulltext')).toBe(true);
    expect(readState(SCHEMA, query)).toEqual(state);
  });

  it('falls back to the default for values it does not understand', () => {
    const state = readState(SCHEMA, '?mode=magic&from=2025-13-45&page=-2&topics=,a,,a,b&node=%20');
    expect(state.mode).toBe('hybrid');
    expect(state.from).toBeNull();
    expect(state.page).toBe(1);
    expect(state.topics).toEqual(['a', 'b']);
    expect(state.node).toBeNull();
  });

  it('trims and caps free text', () => {
    expect(readState({ q: text(5) }, `?q=${encodeURIComponent('  abcdefgh ')}`).q).toBe('abcde');
  });
});
