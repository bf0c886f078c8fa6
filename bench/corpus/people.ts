import type { Random } from './random.js';

/**
 * Swedish first and last names for the generated attendees. First names that are also ordinary
 * capitalised words at a sentence start ("Per", "Maj", "Bo", "Vera") are left out: the text refers
 * to people by first name, and a name must not be read into a sentence that does not name anyone.
 */
const FIRST_NAMES = [
  'Anders',
  'Anna',
  'Birgitta',
  'Berit',
  'Christina',
  'Claes',
  'Dan',
  'Elisabeth',
  'Eva',
  'Ewa',
  'Fanny',
  'Gudrun',
  'Gunnar',
  'Hans',
  'Helena',
  'Ingrid',
  'Inger',
  'Janne',
  'Jan',
  'Johan',
  'Karin',
  'Kerstin',
  'Lars',
  'Leif',
  'Lena',
  'Magnus',
  'Malin',
  'Margareta',
  'Maria',
  'Marie',
  'Matilda',
  'Mikael',
  'Monica',
  'Nils',
  'Olle',
  'Owe',
  'Pär',
  'Ritva',
  'Rolf',
  'Sara',
  'Siv',
  'Stefan',
  'Sven',
  'Torbjörn',
  'Ulla',
  'Ulf',
  'William',
  'Åsa',
  'Örjan',
  'Agneta',
  'Bengt',
  'Britt',
  'Göran',
  'Hassan',
  'Leila',
  'Mats',
  'Mona',
  'Reza',
  'Tomas',
  'Yvonne',
  'Kristina',
  'Gunilla',
  'Lennart',
  'Rut',
  'Sonja',
  'Tord',
  'Viveka',
  'Ylva',
  'Åke',
  'Barbro',
  'Conny',
  'Dragan',
  'Eila',
];
const DOUBLE_FIRST = ['Sven Erik', 'Karl Johan', 'Ann Marie', 'Lars Olof', 'Anna Karin'];
const LAST_NAMES = [
  'Ahlsson',
  'Andersson',
  'Bergström',
  'Dahlberg',
  'Ekman',
  'Elg',
  'Eriksson',
  'Falk',
  'Forsberg',
  'Gabrielsson',
  'Gran',
  'Hammar',
  'Hjalmarson',
  'Holm',
  'Hultgren',
  'Håkansson',
  'Isaksson',
  'Jönsson',
  'Kardell',
  'Kautto',
  'Landgren',
  'Lindqvist',
  'Lundberg',
  'Mattsson',
  'Nilsson',
  'Nordin',
  'Nyström',
  'Örnevall',
  'Persson',
  'Raczko',
  'Reuter',
  'Sandberg',
  'Sjöberg',
  'Stampe',
  'Strandfeldt',
  'Sundqvist',
  'Söderlund',
  'Wånell',
  'Wikström',
  'Zaunders',
  'Åberg',
  'Öberg',
  'Blom',
  'Engström',
  'Fransson',
  'Grönlund',
  'Hedlund',
  'Jakobsson',
  'Karlsson',
  'Lindgren',
  'Malmberg',
  'Nordqvist',
  'Olofsson',
  'Pettersson',
  'Rydberg',
  'Sjögren',
  'Törnqvist',
  'Vikström',
  'Ahmadi',
  'Nieminen',
  'Virtanen',
  'Berglund-Sten',
  'Hallberg',
  'Lövgren',
  'Ström',
  'Wallin',
  'Ågren',
];

/** Tries with a plain surname before double-barrelled ones are allowed. */
const PLAIN_ATTEMPTS = 200;

export interface PersonSpec {
  /** The full name as the attendance list writes it. */
  name: string;
  /** How the text refers to the person: the first name ("Anders", "Sven Erik"). */
  firstName: string;
}

/**
 * Hands out people with names that are unique in the corpus and first names that are unique among
 * the people of one body at any time, so "Anders berättar …" always has exactly one referent.
 */
export class NameSource {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  person(avoidFirstNames: ReadonlySet<string>): PersonSpec {
    for (let attempt = 0; attempt < 500; attempt++) {
      const firstName = this.random.chance(0.06) ? this.random.pick(DOUBLE_FIRST) : this.random.pick(FIRST_NAMES);
      if (avoidFirstNames.has(firstName) || [...avoidFirstNames].some((f) => f.split(' ')[0] === firstName.split(' ')[0])) continue;
      // About 5,000 plain names: a corpus of hundreds of bodies uses them up, so once they crowd,
      // double-barrelled surnames ("Holm-Wallin", as Swedish families have them) widen the pool.
      // Small corpora never get here, so they stay the same for a seed.
      const surname =
        attempt < PLAIN_ATTEMPTS ? this.random.pick(LAST_NAMES) : `${this.random.pick(LAST_NAMES)}-${this.random.pick(LAST_NAMES)}`;
      const name = `${firstName} ${surname}`;
      if (this.used.has(name)) continue;
      this.used.add(name);
      return { name, firstName };
    }
    throw new Error('name_pool_exhausted: too many people for one body');
  }
}
