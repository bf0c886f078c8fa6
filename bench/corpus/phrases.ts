import type { Random } from './random.js';

/**
 * Sentence templates: the council's forms, answers, connectors. Many alternatives per slot, so
 * that thousands of meetings do not repeat one another's passages.
 */

export const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);
/** A statement made into a clause after "att": lower-case first letter unless it starts a name or an acronym. */
export function clause(sentence: string): string {
  if (/^(?:\p{Lu}{2}|\d|Myndigheten|Hospital|Region|Storsthlm|Vårdval husläkarmottagning|Långtidsutredningen)/u.test(sentence))
    return sentence;
  return sentence.charAt(0).toLocaleLowerCase('sv-SE') + sentence.slice(1);
}

export type ConcernForm = 'lyfter' | 'anser' | 'hur' | 'vad' | 'efterlyses' | 'synpunkter' | 'inspel' | 'angaende' | 'menar';

/** The council raising `np` (a definite noun phrase) in one of its published forms. */
export function councilForm(form: ConcernForm, np: string, random: Random): { text: string; question: boolean } {
  switch (form) {
    case 'lyfter':
      return {
        text: `Rådet lyfter frågan om ${np}${random.pick(['.', ' och hur den ska hanteras framöver.', ' i relation till de senaste årens utveckling.'])}`,
        question: true,
      };
    case 'anser':
      return {
        text: `Rådet anser att ${np} ${random.pick(['behöver få större uppmärksamhet i det fortsatta arbetet.', 'måste prioriteras under året.', 'är en fråga som berör många äldre.', 'inte får glömmas bort i planeringen.'])}`,
        question: false,
      };
    case 'menar':
      return {
        text: `Rådet menar att ${np} ${random.pick(['fortfarande är ett problem för många patienter.', 'behöver tydliggöras gentemot invånarna.', 'bör redovisas mer utförligt.'])}`,
        question: false,
      };
    case 'hur':
      return {
        text: `${random.pick(['Hur arbetar förvaltningen med', 'Hur ser förvaltningen på', 'Vilken plan finns för', 'Hur hanteras'])} ${np}?`,
        question: true,
      };
    case 'vad':
      return {
        text: `${random.pick(['Vad görs för att komma till rätta med', 'Vad är orsaken till', 'Vad kan rådet göra för att påverka'])} ${np}?`,
        question: true,
      };
    case 'efterlyses':
      return {
        text: `${random.pick(['En tydligare plan för', 'Mer information om', 'En samlad bild av', 'Ett större fokus på'])} ${np} efterlyses av rådet.`,
        question: false,
      };
    case 'synpunkter':
      return {
        text: `Synpunkter från rådet: ${cap(np)} ${random.pick(['behöver lyftas tydligare i planeringen.', 'bör få ett eget avsnitt i underlaget.', 'är en återkommande fråga från medlemmarna.'])}`,
        question: false,
      };
    case 'inspel':
      return {
        text: `Inspel från rådet: Förvaltningen bör ${random.pick(['se över', 'ställa krav på verksamheterna kring', 'redovisa'])} ${np}.`,
        question: false,
      };
    case 'angaende':
      return { text: `Rådets fråga angående ${np}`, question: true };
  }
}

/** Sentences in the council's voice under a "Rådets kommentarer" heading. */
export function scopedComment(np: string, random: Random): { text: string; question: boolean } {
  return random.pick([
    { text: `Det är oroande att ${np} inte har förbättrats.`, question: false },
    { text: `Det är viktigt att ${np} får en långsiktig lösning.`, question: false },
    { text: `Kan ${np} hanteras bättre i samarbete med andra aktörer?`, question: true },
    { text: `Är ${np} tillräckligt belyst i underlaget?`, question: true },
    { text: `Medlemmarna hör ofta av sig om ${np}, och det behövs tydligare information.`, question: false },
  ]);
}

export const ANSWER_VERBS = ['berättar', 'menar', 'förklarar', 'svarar', 'konstaterar', 'understryker', 'tror', 'påpekar'];
export const COUNCIL_LABELS = ['Rådets kommentarer', 'Rådets kommentarer', 'Synpunkter från rådet:', 'Rådets synpunkter'];

const PREFIXES = [
  'Vidare gäller att',
  'Enligt den senaste uppföljningen gäller att',
  'Sammanfattningsvis konstateras att',
  'Det kan noteras att',
  'Som tidigare redovisats gäller att',
];

/** A topic statement, sometimes framed and sometimes given a dated detail, so repeats differ. */
export function varyFact(fact: string, year: number, random: Random): string {
  let text = fact;
  if (random.chance(0.3)) text = `${random.pick(PREFIXES)} ${clause(fact)}`;
  if (random.chance(0.45)) {
    text += random.pick([
      ` Uppgifterna avser perioden januari till ${random.pick(['mars', 'maj', 'augusti', 'oktober'])} ${year}.`,
      ` Jämfört med ${year - 1} är det en förändring med omkring ${random.int(3, 19)} procent.`,
      ` En fördjupad analys görs under ${random.pick(['våren', 'hösten'])} ${year}.`,
      ` Arbetet sker i dialog med berörda verksamheter.`,
      ` Underlaget har tagits fram av ${random.pick(['planeringsenheten', 'analysenheten', 'avdelningen för specialiserad vård', 'enheten för uppföljning'])}.`,
      ` Det gäller särskilt ${random.pick(['de äldsta patienterna', 'patienter med kroniska sjukdomar', 'länets ytterkommuner', 'de mest sjuka'])}.`,
    ]);
  }
  return text;
}

export const ROLES = [
  'projektledare',
  'strategisk koordinator',
  'enhetschef',
  'utredare',
  'medicinskt sakkunnig',
  'verksamhetsutvecklare',
  'handläggare',
];
export const UNITS = [
  'planeringsenheten',
  'enheten för geriatrik och ASIH',
  'avdelningen för specialiserad vård',
  'enheten för individuella vårdärenden',
  'utredning och beställarstöd',
  'enheten för primärvårdsstyrning',
  'analysenheten',
];
