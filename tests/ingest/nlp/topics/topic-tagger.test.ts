import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../../language/topics/taxonomy.js';
import { TopicTagger } from '../../../../ingest/nlp/topics/topic-tagger.js';

let tagger: TopicTagger;
beforeAll(async () => {
  tagger = await TopicTagger.create(loadTaxonomy());
});
const slugs = (text: string): string[] => tagger.tag(text).map((t) => t.slug);

describe('TopicTagger with the default taxonomy', () => {
  it("does not read the council's watch list as a topic", () => {
    expect(slugs('Aktuellt vid förvaltningen/bevakningslista')).toEqual([]);
  });

  it('does not tag a mention of older people as elderly care', () => {
    // A pensioners' council speaks of "äldre" everywhere; the topic needs the care of them named.
    expect(slugs('Vaccinationstäckningen bland de äldsta har ökat jämfört med föregående säsong.')).toEqual(['vaccination']);
    expect(slugs('Frågan lyfts och diskuteras vid nästkommande pensionärsråd.')).toEqual([]);
    expect(slugs('Beställarplanen för vård av äldre lägger tonvikt på geriatrik.')[0]).toBe('aldre');
  });

  it('does not read a mention of the municipalities as working with them', () => {
    expect(slugs('Tillgången till vårdcentral skiljer sig mellan länets kommuner och kommunerna i söder.')).not.toContain(
      'kommunsamverkan',
    );
    expect(slugs('Samverkan med kommunerna sker i länsgemensamma grupper.')).toContain('kommunsamverkan');
  });

  it('finds keywords inside compounds whose last part is inflected with a doubled consonant', () => {
    expect(slugs('Äldrevaccinationsprogrammet')).toContain('vaccination');
  });
});
