import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../../language/topics/taxonomy.js';
import { TopicTagger } from '../../../../ingest/nlp/topics/topic-tagger.js';

// Sentences written for this test in the way municipal councils' minutes put things.
let tagger: TopicTagger;
beforeAll(async () => {
  tagger = await TopicTagger.create(loadTaxonomy());
});
const slugs = (text: string): string[] => tagger.tag(text).map((t) => t.slug);

describe('TopicTagger on municipal wording: the topics councils discuss', () => {
  it.each([
    ['Antalet beviljade hemtjänsttimmar har ökat under året.', 'hemtjanst'],
    ['Biståndsbedömningen görs av en handläggare som träffar den enskilde.', 'hemtjanst'],
    ['Avgiften för trygghetslarm höjs från årsskiftet.', 'hemtjanst'],
    ['Matdistributionen till hemmaboende sköts av kostenheten.', 'hemtjanst'],
    ['Kön till särskilt boende har minskat till tolv personer.', 'sarskilt-boende'],
    ['Två nya vård- och omsorgsboenden öppnar i norra kommundelen.', 'sarskilt-boende'],
    ['Rådet frågar om maten på SÄBO lagas på plats.', 'sarskilt-boende'],
    ['På ÄBO Solgläntan har nattpersonalen utökats.', 'sarskilt-boende'],
    ['Platserna på de särskilda boendena räcker inte till.', 'sarskilt-boende'],
    ['Korttidsplatserna har varit fullbelagda hela hösten.', 'korttidsplatser'],
    ['Växelvården erbjuds nu även under helger.', 'korttidsplatser'],
    ['Efter utskrivning från sjukhus väntar flera på korttidsboende.', 'korttidsplatser'],
    ['Färdtjänstresorna blir dyrare när taxan räknas upp.', 'fardtjanst'],
    ['Seniorkortet gäller på alla busslinjer i länet.', 'fardtjanst'],
    ['Riksfärdtjänst kan sökas för resor utanför länet.', 'fardtjanst'],
    ['Läkemedelsgenomgångar ska göras för alla som flyttar in.', 'lakemedel'],
    ['Dosdispenserade läkemedel levereras varannan vecka.', 'lakemedel'],
    ['Apoteksombudet i byn stänger vid årsskiftet.', 'lakemedel'],
    ['Kommunen planerar ett trygghetsboende med fyrtio lägenheter.', 'bostader'],
    ['Handläggningstiden för bostadsanpassning har blivit längre.', 'bostader'],
    ['Det byggs för få bostäder som äldre har råd med.', 'bostader'],
    ['Rådet vill se en handlingsplan mot ofrivillig ensamhet.', 'ensamhet'],
    ['Fler mötesplatser för seniorer behövs i ytterområdena.', 'ensamhet'],
    ['Träffpunkten har öppet även på lördagar.', 'ensamhet'],
  ])('%s → %s', (text, slug) => {
    expect(slugs(text)).toContain(slug);
  });
});

describe('TopicTagger on municipal wording: the existing topics in other words', () => {
  it.each([
    ['Hemsjukvården tar över ansvaret för insulinet.', 'vard-i-hemmet'],
    ['Trygg hemgång erbjuds den som skrivs ut från sjukhuset.', 'vard-i-hemmet'],
    ['Driftbudgeten visar ett underskott på fyra miljoner kronor.', 'ekonomi'],
    ['Bemanningen nattetid är fortsatt ett problem.', 'kompetensforsorjning'],
    ['Personalförsörjningen är förvaltningens största utmaning.', 'kompetensforsorjning'],
    ['Fler e-tjänster införs under året.', 'digitalisering'],
    ['Välfärdsteknik som nattkameror prövas i två områden.', 'digitalisering'],
    ['Tillgänglighetsanpassningen av simhallen blir klar i maj.', 'tillganglighet'],
    ['Det är svårt att få tid på vårdcentralen.', 'primarvard'],
    ['Hälsocentralen i byn har fått en ny läkare.', 'primarvard'],
    ['Kommunens äldreplan ska revideras under hösten.', 'aldre'],
    ['Anhörigkonsulenten erbjuder samtalsgrupper.', 'anhoriga'],
    ['Påfyllnadsdosen erbjuds alla som fyllt 80 år.', 'vaccination'],
    ['Krisberedskapen vid långa strömavbrott diskuterades.', 'beredskap'],
    ['Samverkan med regionen kring utskrivning har blivit bättre.', 'kommunsamverkan'],
    ['Omställningen till nära vård kräver att kommun och region arbetar tillsammans.', 'nara-vard'],
    ['Överbeläggningarna på sjukhuset har minskat.', 'vardplatser'],
    ['Två händelser har anmälts enligt lex Sarah.', 'patientsakerhet'],
  ])('%s → %s', (text, slug) => {
    expect(slugs(text)).toContain(slug);
  });
});

describe('TopicTagger on municipal wording: what is no topic', () => {
  it.each([
    'Ordföranden hälsar alla välkomna och förklarar mötet öppnat.',
    'Kallelsen skickas ut två veckor före mötet.',
    'Rådet tackar för informationen.',
    'Bussen går varje timme.',
  ])('%s → nothing', (text) => {
    expect(slugs(text)).toEqual([]);
  });

  it('does not read the security of an alarm as patient safety', () => {
    expect(slugs('Trygghetslarmen har fått en ny leverantör.')).not.toContain('patientsakerhet');
  });

  it('does not read home help as health care at home', () => {
    expect(slugs('Hemtjänsten har infört fasta team.')).not.toContain('vard-i-hemmet');
  });
});
