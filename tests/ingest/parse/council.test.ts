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

  it('keep the district that tells sibling councils of one municipality apart', () => {
    expect(findBody({ ...none, breadcrumb: ['Hem', 'Täby kommun', 'Tillgänglighetsrådet, krets 2', 'Sammanträde 2021-04-12'] })).toBe(
      'Tillgänglighetsrådet, krets 2',
    );
    expect(findBody({ ...none, head: ['Kommunala pensionärsrådet, krets 12           Sammanträdesdatum'] })).toBe(
      'Kommunala pensionärsrådet, krets 12',
    );
    expect(findBody({ ...none, head: ['Pensionärsrådet – område Nord'] })).toBe('Pensionärsrådet – område Nord');
    expect(findBody({ ...none, head: ['Kommunala pensionärsrådet, Täby kommun'] })).toBe('Kommunala pensionärsrådet');
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
  // Sibling councils meeting on the same day must not be read as one meeting (one Meeting id).
  const sibling = (district: string, layout: 'web' | 'notes'): string =>
    layout === 'web'
      ? 'Gå direkt till sidans innehåll Täby kommun Meny Sök på webbplatsen Den här webbplatsen använder kakor. OK ' +
        `Din position: Hem > Täby kommun > Tillgänglighetsrådet, ${district} > Sammanträde 2021-04-12 Dela Skriv ut ` +
        'Sammanträde 2021-04-12 Datum 2021-04-12 Klockan 14:00 Plats Stadshuset, Täby Deltagare Ledamöter ' +
        'Karin Ek (S), ordförande Olle Berg, DHR Rut Ström, FUB Tjänstepersoner Anna Lind, sekreterare Ärenden ' +
        '§ 1 Mötets öppnande - Ordföranden öppnar mötet. § 2 Färdtjänst - Rådet frågar om väntetiderna. ' +
        '§ 3 Nästa möte - Nästa möte hålls i maj.\n'
      : `TÄBY KOMMUN Socialförvaltningen MINNESANTECKNINGAR Tillgänglighetsrådet, ${district} Möte 2021-04-12, kl. 10.00–12.00 ` +
        'Plats: Stadshuset, Täby Närvarande Politiker Karin Ek (S), ordförande Olle Berg (M) DHR Rut Ström, vice ordförande ' +
        'FUB Lars Holm Tjänstepersoner Anna Lind, sekreterare 1. Inledning Ordföranden öppnar mötet och hälsar alla välkomna. ' +
        '2. Färdtjänst Rådet frågar om väntetiderna i färdtjänsten. 3. Nästa möte Nästa möte hålls i maj.\n';
  it.each(['web', 'notes'] as const)('with its district, from a %s page run into one line', (layout) => {
    const bodies = ['krets 2', 'krets 13'].map(
      (district) => parseMinutes(textDocument(sibling(district, layout), `/in/${district}.txt`)).body,
    );
    expect(bodies).toEqual(['Tillgänglighetsrådet, krets 2', 'Tillgänglighetsrådet, krets 13']);
  });

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
