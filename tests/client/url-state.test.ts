import { describe, expect, it } from 'vitest';
import {
  COUNCIL_PARAM,
  COUNCIL_STATE,
  councilQuery,
  flag,
  isoDate,
  list,
  oneOf,
  optional,
  positiveInt,
  readState,
  text,
  writeState,
} from '../../client/src/router/url-state.js';
import { paths } from '../../client/src/router/routes.js';

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
    const state = {
      q: 'vårdplatser',
      mode: 'fulltext' as const,
      from: '2025-01-01',
      topics: ['nara-vard', 'vardplatser'],
      types: ['Person'],
      page: 3,
      node: 'Topic:nara-vard',
    };
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

  it('keeps the council in one parameter, `organ`, whatever view spreads it in', () => {
    const meetings = { ...COUNCIL_STATE, sida: positiveInt(1) };
    const trends = { amnen: list(), ...COUNCIL_STATE, jamfor: flag() };
    expect(COUNCIL_PARAM).toBe('organ');
    const key = 'kommunala-pensionarsradet-norrtalje-kommun';
    expect(readState(meetings, `?organ=${key}&sida=2`)).toEqual({ organ: key, sida: 2 });
    expect(readState(trends, `?organ=${key}&jamfor=1`)).toEqual({ amnen: [], organ: key, jamfor: true });
    expect(writeState(meetings, { organ: key, sida: 1 })).toBe(`?organ=${key}`);
    expect(writeState(trends, { amnen: ['vardplatser'], organ: null, jamfor: false })).toBe('?amnen=vardplatser');
    expect(readState(meetings, '?organ=%20%20').organ).toBeNull();
  });

  it('builds a link into the meetings list filtered to one council', () => {
    const key = 'pensionärsrådet-region-stockholm';
    const link = paths.meetings(councilQuery(key));
    expect(link).toBe(`/moten?organ=${encodeURIComponent(key)}`);
    expect(readState(COUNCIL_STATE, new URL(link, 'http://x').search).organ).toBe(key);
    expect(paths.meetings(councilQuery(null))).toBe('/moten');
  });

  it('reads a switch as on only for `1` and writes nothing when off', () => {
    expect(readState({ f: flag() }, '?f=1').f).toBe(true);
    expect(readState({ f: flag() }, '?f=yes').f).toBe(false);
    expect(readState({ f: flag() }, '').f).toBe(false);
    expect(writeState({ f: flag() }, { f: true })).toBe('?f=1');
    expect(writeState({ f: flag() }, { f: false })).toBe('');
  });
});
