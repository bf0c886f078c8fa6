import { describe, expect, it } from 'vitest';
import { bodyFromTitle, findBody, findMunicipality, type CouncilSources } from '../../../ingest/parse/council.js';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import { textDocument } from '../../fixtures/sample-minutes.js';

const none: CouncilSources = { organ: null, title: null, head: [], running: [], site: [], breadcrumb: [], path: 'memory.txt' };

describe('bodyFromTitle', () => {
  it.each([
    ['Kommunala pensionärsrådet (KPR)', 'Kommunala pensionärsrådet'],
    ['Tillgänglighetsrådet, Uddevalla kommun', 'Tillgänglighetsrådet'],
    ['Äldrenämndens sammanträde', 'Äldrenämnden'],
    ['Hälso- och sjukvårdsnämndens sammanträde', 'Hälso- och sjukvårdsnämnden'],
    ['från pensionärsrådets möte', 'Pensionärsrådet'],
    [
      'Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen',
      'Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen',
    ],
  ])('reads %j as %j', (title, body) => {
    expect(bodyFromTitle(title)).toBe(body);
  });

  it.each(['från sammanträde', 'Sammanträde', 'Möte'])('finds no body in %j, which says when and not who', (title) => {
    expect(bodyFromTitle(title)).toBeNull();
  });
});

describe('findBody and findMunicipality', () => {
  it('prefer the ANSLAG/BEVIS organ, then the title, then the head line nearest the title', () => {
    expect(findBody({ ...none, organ: 'Kommunala funktionshinderrådet', title: 'från sammanträde' })).toBe(
      'Kommunala funktionshinderrådet',
    );
    expect(findBody({ ...none, head: ['Gävle kommun', 'Kommunstyrelsen', 'Kommunala funktionshinderrådet'] })).toBe(
      'Kommunala funktionshinderrådet',
    );
    expect(findBody({ ...none, head: ['Tillgänglighetsrådet Möte 2023-01-17'] })).toBe('Tillgänglighetsrådet');
  });

  it('fall back on a web page’s breadcrumb, then on the folder the file is filed in', () => {
    expect(findBody({ ...none, breadcrumb: ['Hem', 'Region Östergötland', 'Regionala pensionärsrådet', 'Sammanträde 2022-09-30'] })).toBe(
      'Regionala pensionärsrådet',
    );
    expect(findBody({ ...none, path: '/arkiv/kommunala-pensionarsradet/2021-03-02.txt' })).toBe('Kommunala pensionarsradet');
    expect(findBody({ ...none, path: '/arkiv/2021/protokoll.txt' })).toBeNull();
    expect(findBody({ ...none, path: '/tmp/radslag-uploads/protokoll.txt' })).toBeNull(); // a word must end in the kind
    expect(findBody({ ...none, path: '/arkiv/socialnamnden/2021-03-02.txt' })).toBe('Socialnamnden');
  });

  it('write a municipality or region the way it is named, whatever the case it is printed in', () => {
    expect(findMunicipality({ ...none, head: ['HUDIKSVALLS KOMMUN'] })).toBe('Hudiksvalls kommun');
    expect(findMunicipality({ ...none, head: ['REGION VÄSTERBOTTEN'] })).toBe('Region Västerbotten');
    expect(findMunicipality({ ...none, head: ['Västerås stad', 'Äldrenämnden'] })).toBe('Västerås stad');
    expect(findMunicipality({ ...none, site: ['Region Kalmar län Politik Kallelser och protokoll'] })).toBe('Region Kalmar län');
    expect(findMunicipality({ ...none, running: ['Ljungby kommun, Olofsgatan 9, 341 83 Ljungby'] })).toBe('Ljungby kommun');
    expect(findMunicipality({ ...none, head: ['Hälso- och sjukvårdsförvaltningen', 'Styrning och stöd'] })).toBeNull();
  });
});

describe('parseMinutes names the body', () => {
  it('from the folder when the text names none', () => {
    const m = parseMinutes(
      textDocument(
        'Anteckningar\n\nMötet diskuterade färdtjänsten och beslutade att återkomma.\n',
        '/arkiv/kommunala-pensionarsradet/2021-03-02.txt',
      ),
    );
    expect(m.body).toBe('Kommunala pensionarsradet');
  });
});
