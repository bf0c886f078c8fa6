/**
 * The councils and committees a corpus can hold. Each writes its minutes in one of the published
 * formats: the administration's "MÖTESANTECKNINGAR HSN …" with numbered items, or a municipal
 * "PROTOKOLL" with §-numbered items.
 */
export type BodyLayout = 'council-notes' | 'council-protocol' | 'committee-protocol';

export interface OrganisationSpec {
  /** The label in the attendance list ("PRO", "SPF Seniorerna", "Förvaltningen", or a party "S"). */
  label: string;
  /** How many of its people sit in the body at a time. */
  seats: readonly [number, number];
  /** Staff of the administration: presenters, chair and secretary come from here. */
  staff?: boolean;
}

export interface BodySpec {
  /** The body's name as the parser derives it from the title. */
  name: string;
  layout: BodyLayout;
  letterhead: readonly [string, string];
  /** Title lines under the kind line, as printed (a long title wraps). */
  titleLines: readonly string[];
  diaryPrefix: string | null;
  organisations: readonly OrganisationSpec[];
  places: readonly string[];
  /** How the council calls its own next meeting: "vid nästkommande pensionärsråd". */
  councilNoun: string;
  /** Weekday the body meets on (0 = Sunday). */
  weekday: number;
  /** The council speaks in its own forms ("Rådets kommentarer"); a committee's members speak by name. */
  councilVoice: boolean;
}

const PENSIONERS: readonly OrganisationSpec[] = [
  { label: 'PRO', seats: [2, 3] },
  { label: 'SKPF', seats: [2, 4] },
  { label: 'SPF Seniorerna', seats: [1, 3] },
  { label: 'Förvaltningen', seats: [5, 7], staff: true },
];
const DISABILITY: readonly OrganisationSpec[] = [
  { label: 'Funktionsrätt Stockholms län', seats: [2, 3] },
  { label: 'DHR', seats: [1, 2] },
  { label: 'FUB', seats: [1, 2] },
  { label: 'Synskadades Riksförbund', seats: [1, 2] },
  { label: 'Förvaltningen', seats: [4, 6], staff: true },
];
const PARTIES: readonly OrganisationSpec[] = [
  { label: 'S', seats: [2, 3] },
  { label: 'M', seats: [2, 3] },
  { label: 'V', seats: [1, 1] },
  { label: 'C', seats: [1, 1] },
  { label: 'L', seats: [1, 1] },
  { label: 'KD', seats: [1, 1] },
  { label: 'Förvaltningen', seats: [3, 5], staff: true },
];
const HSF = ['Hälso- och sjukvårdsförvaltningen', 'Styrning och stöd'] as const;

const FIXED: readonly BodySpec[] = [
  {
    name: 'Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen',
    layout: 'council-notes',
    letterhead: HSF,
    titleLines: ['Samverkan mellan pensionärsorganisationerna och hälso-', 'och sjukvårdsförvaltningen'],
    diaryPrefix: 'HSN',
    organisations: PENSIONERS,
    places: ['Järntorget, Lindhagensgatan 98', 'Regionens hus, Hantverkargatan 45', 'Lindhagensgatan 98, sal Mälaren'],
    councilNoun: 'pensionärsråd',
    weekday: 4,
    councilVoice: true,
  },
  {
    name: 'Samverkan mellan funktionshinderorganisationerna och hälso- och sjukvårdsförvaltningen',
    layout: 'council-notes',
    letterhead: HSF,
    titleLines: ['Samverkan mellan funktionshinderorganisationerna och hälso-', 'och sjukvårdsförvaltningen'],
    diaryPrefix: 'HSN',
    organisations: DISABILITY,
    places: ['Järntorget, Lindhagensgatan 98', 'Regionens hus, Hantverkargatan 45'],
    councilNoun: 'rådsmöte',
    weekday: 2,
    councilVoice: true,
  },
  {
    name: 'Pensionärsrådet vid primärvårdsförvaltningen',
    layout: 'council-notes',
    letterhead: ['Primärvårdsförvaltningen', 'Avdelning vårdval'],
    titleLines: ['Pensionärsrådet vid primärvårdsförvaltningen'],
    diaryPrefix: 'PVN',
    organisations: PENSIONERS,
    places: ['Lindhagensgatan 98, plan 7', 'Digitalt via Teams och Lindhagensgatan 98'],
    councilNoun: 'pensionärsråd',
    weekday: 3,
    councilVoice: true,
  },
  {
    name: 'Kommunala pensionärsrådet i Solna stad',
    layout: 'council-protocol',
    letterhead: ['Solna stad', 'Omvårdnadsförvaltningen'],
    titleLines: ['Kommunala pensionärsrådet i Solna stad'],
    diaryPrefix: 'OMN',
    organisations: PENSIONERS,
    places: ['Stadshuset, Solna, sal Råsunda', 'Solna stadshus, rum Ulriksdal'],
    councilNoun: 'pensionärsråd',
    weekday: 1,
    councilVoice: true,
  },
  {
    name: 'Äldrenämnden',
    layout: 'committee-protocol',
    letterhead: ['Nacka kommun', 'Äldreförvaltningen'],
    titleLines: ['Äldrenämndens sammanträde'],
    diaryPrefix: 'ÄLN',
    organisations: PARTIES,
    places: ['Stadshuset, Nacka, sal B', 'Nacka stadshus, Granitsalen'],
    councilNoun: 'sammanträde',
    weekday: 1,
    councilVoice: false,
  },
];

const MUNICIPALITIES = ['Sundbybergs stad', 'Huddinge kommun', 'Täby kommun', 'Järfälla kommun', 'Lidingö stad', 'Botkyrka kommun', 'Sollentuna kommun', 'Haninge kommun', 'Danderyds kommun', 'Tyresö kommun'];

/** The first `count` bodies: the five fixed ones, then municipal councils of further municipalities. */
export function bodySpecs(count: number): BodySpec[] {
  const out = FIXED.slice(0, count);
  for (let i = 0; out.length < count; i++) {
    const municipality = MUNICIPALITIES[i % MUNICIPALITIES.length]!;
    const round = Math.floor(i / MUNICIPALITIES.length);
    const disability = i % 2 === 1;
    const base = disability ? `Kommunala funktionshinderrådet i ${municipality}` : `Kommunala pensionärsrådet i ${municipality}`;
    // Beyond the list, further councils of the same municipality are told apart by district.
    const name = round === 0 ? base : `${base}, krets ${round + 1}`;
    const town = municipality.split(' ')[0]!.replace(/s$/, '');
    out.push({
      name,
      layout: 'council-protocol',
      letterhead: [municipality, disability ? 'Socialförvaltningen' : 'Äldreförvaltningen'],
      titleLines: [name],
      diaryPrefix: disability ? 'SOC' : 'ÄLF',
      organisations: disability ? DISABILITY : PENSIONERS,
      places: [`Stadshuset, ${town}`, `Kommunhuset, ${town}, sal 2`],
      councilNoun: disability ? 'rådsmöte' : 'pensionärsråd',
      weekday: 1 + (i % 4),
      councilVoice: true,
    });
  }
  return out;
}
