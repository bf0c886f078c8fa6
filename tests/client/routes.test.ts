import { describe, expect, it } from 'vitest';
import { itemAnchor, matchRoute, ordinalOfKey, passageAnchor, passageLink, paths, sectionOf } from '../../client/src/router/routes.js';

describe('matchRoute', () => {
  it('maps the Swedish paths to their views', () => {
    expect(matchRoute('/')).toEqual({ name: 'overview' });
    expect(matchRoute('/trender')).toEqual({ name: 'trends' });
    expect(matchRoute('/fragor/')).toEqual({ name: 'concerns' });
    expect(matchRoute('/sok')).toEqual({ name: 'search' });
    expect(matchRoute('/graf')).toEqual({ name: 'graph' });
    expect(matchRoute('/moten')).toEqual({ name: 'meetings' });
    expect(matchRoute('/ladda-upp')).toEqual({ name: 'upload' });
    expect(matchRoute(paths.upload())).toEqual({ name: 'upload' });
  });

  it('decodes parameters, so keys with spaces and Swedish letters round-trip through paths', () => {
    const key = 'sven erik wånell';
    expect(paths.person(key)).toBe('/personer/sven%20erik%20w%C3%A5nell');
    expect(matchRoute(paths.person(key))).toEqual({ name: 'person', key });
    expect(matchRoute(paths.organisation('spf seniorerna'))).toEqual({ name: 'organisation', key: 'spf seniorerna' });
    expect(matchRoute(paths.topic('nara-vard'))).toEqual({ name: 'topic', slug: 'nara-vard' });
    expect(matchRoute('/moten/2025-04-10_pensionarsradet')).toEqual({ name: 'meeting', id: '2025-04-10_pensionarsradet' });
  });

  it('refuses nested segments, empty and malformed parameters instead of throwing', () => {
    expect(matchRoute('/moten/a/b').name).toBe('notFound');
    expect(matchRoute('/personer/%E0%A4%A').name).toBe('notFound');
    expect(matchRoute('/amnen/%20').name).toBe('notFound');
    expect(matchRoute('/nowhere')).toEqual({ name: 'notFound', path: '/nowhere' });
  });
});

describe('anchors and links', () => {
  it('anchors items and passages by ordinal', () => {
    expect(paths.meeting('m1', itemAnchor(3))).toBe('/moten/m1#punkt-3');
    expect(paths.meeting('m1', passageAnchor(12))).toBe('/moten/m1#stycke-12');
  });

  it('reads the ordinal at the end of a meeting-owned key', () => {
    expect(ordinalOfKey('2025-04-10_x#7')).toBe(7);
    expect(ordinalOfKey('no-ordinal')).toBeNull();
    expect(ordinalOfKey(null)).toBeNull();
    expect(passageLink('m', 'm#7', 3)).toBe('/moten/m#stycke-7');
    expect(passageLink('m', null, 3)).toBe('/moten/m#punkt-3');
  });

  it('puts a topic page under the trends section and a meeting under meetings', () => {
    expect(sectionOf({ name: 'topic', slug: 'x' })).toBe('trends');
    expect(sectionOf({ name: 'meeting', id: 'x' })).toBe('meetings');
    expect(sectionOf({ name: 'person', key: 'x' })).toBe('person');
  });
});
