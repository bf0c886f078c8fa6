/**
 * The councils and committees a corpus can hold. Each publishes its minutes in one layout: the
 * samples' family (the administration's "MÖTESANTECKNINGAR HSN …" and its municipal relatives), or
 * one of the families of docs/layouts.md — a formal protokoll, minnes-/mötesanteckningar, or a web
 * meeting-platform page — each council with its own habits within the family.
 */
import { slugify } from '../../shapes/keys.js';
import type { LayoutTruth } from './truth.schema.js';

export type BodyLayout = LayoutTruth;

export interface OrganisationSpec {
  /** The label in the attendance list ("PRO", "SPF Seniorerna", "Förvaltningen", or a party "S"). */
  label: string;
  /** How many of its people sit in the body at a time. */
  seats: readonly [number, number];
  /** Staff of the administration: presenters, chair and secretary come from here. */
  staff?: boolean;
  /** A political party: its label is printed as "(S)". */
  party?: boolean;
}

/** A formal protokoll's habits (docs/layouts.md §2). */
export interface ProtokollStyle {
  family: 'protokoll';
  /** Before "§": "KPR" prints "KPR § 7"; "" prints "§ 7". */
  prefix: string;
  /** "§ 7" alone with the title below, or "§ 7 Title" on one line. */
  heading: 'own-line' | 'inline';
  /** Running head: the municipality in capitals with the marker at the right, "Sida N av M" above a stacked head, or a title line. */
  head: 'caps' | 'stacked' | 'title-line';
  marker: 'spaced' | 'tight' | 'sida-av';
  /** "Name (S), ordförande", "Name, S, ordförande" or "S    Name, ordförande". */
  members: 'paren' | 'comma' | 'party-first';
  /** One "Plats och tid" row, or "Tid" and "Plats" rows (the date then only in the head). */
  placeTime: 'together' | 'separate';
  /** pdftotext's form feed between pages, or blank lines (a copy re-hosted as text). */
  pageBreak: 'formfeed' | 'blank';
  /** An "Utses att justera" row (else only the signatures and the § name the adjuster). */
  adjusterRow: boolean;
  /** The ANSLAG/BEVIS block on a page of its own rather than under the table. */
  anslagOwnPage: boolean;
  anslagLabel: 'Organ' | 'Instans' | 'Nämnd';
  /** A table of contents: the items then appear twice. */
  toc: boolean;
  /** A närvarolista that also lists the absent members. */
  attendanceTable: boolean;
  /** "Forts. § 7" at the top of a page an item continues on. */
  continuation: boolean;
  /** "Justerandes sign … Utdragsbestyrkande" at the foot of every page. */
  footer: boolean;
}

/** Minnes- or mötesanteckningar (docs/layouts.md §3). */
export interface AnteckningarStyle {
  family: 'anteckningar';
  title: 'caps' | 'dash' | 'from-meeting' | 'plain';
  /** "1.", "1)", "Punkt 1." or unnumbered headings. */
  numbering: 'dot' | 'paren' | 'punkt' | 'none';
  /** Headings per organisation, one "Name, Org" per line, or one paragraph of "Name (Org)". */
  attendance: 'grouped' | 'lines' | 'paragraph';
  /** "Möte 2024-04-16, kl. …", "Tisdag, 10 juni, 2025", "Datum och tid: 12.3.2024, kl. …", "Datum Tisdagen den 10 juni 2025". */
  dateForm: 'meeting-iso' | 'weekday-comma' | 'numeric-dot' | 'long';
  absentLabel: 'Förhinder' | 'Frånvarande' | 'Anmält förhinder';
  secretaryLabel: 'Vid anteckningarna' | 'Antecknat av' | 'Vid pennan';
  /** "Sida 2 av 3" under each page, or no page marks. */
  pageMarker: 'sida-av' | 'none';
  /** Share of the council's notes that carry no date line. */
  undatedShare: number;
}

/** A meeting-platform page saved as text (docs/layouts.md §4). */
export interface WebStyle {
  family: 'web';
  /** An agenda of "•" / number / title lines, then unnumbered "•" blocks; or "§ N" / title lines with "-" bullets. */
  items: 'agenda-bullets' | 'paragraph-lines';
  /** Share of pages whose date is only in the address, so only in the saved file's name. */
  urlDateShare: number;
}

export type LayoutStyle = ProtokollStyle | AnteckningarStyle | WebStyle;

export interface BodySpec {
  /** Stable short name: the file names' stem and what a caller picks a body by. */
  key: string;
  /** The body's name as the parser derives it from the title. */
  name: string;
  /** The municipality or region the minutes name, or null (the administration's own councils). */
  municipality: string | null;
  layout: BodyLayout;
  /** The habits of its family; null for the samples' family (render-minutes.ts). */
  style: LayoutStyle | null;
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
  /** The head official's title ("förvaltningschef"), and the secretary's. */
  headTitle: string;
  secretaryTitle: string;
}

export const SAMPLE_LAYOUTS: readonly BodyLayout[] = ['council-notes', 'council-protocol', 'committee-protocol'];
export const isSampleLayout = (layout: BodyLayout): boolean => SAMPLE_LAYOUTS.includes(layout);
/** Notes rather than a protokoll: items numbered 1, 2, 3 and no § or decisions. */
export const isNotes = (layout: BodyLayout): boolean => layout === 'council-notes' || layout === 'anteckningar';
/** A politician chairs (the councils of docs/layouts.md and the committee); else the head official does. */
export const chairedByMember = (layout: BodyLayout): boolean => layout !== 'council-notes' && layout !== 'council-protocol';

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
  { label: 'S', seats: [2, 3], party: true },
  { label: 'M', seats: [2, 3], party: true },
  { label: 'V', seats: [1, 1], party: true },
  { label: 'C', seats: [1, 1], party: true },
  { label: 'L', seats: [1, 1], party: true },
  { label: 'KD', seats: [1, 1], party: true },
  { label: 'Förvaltningen', seats: [3, 5], staff: true },
];

/** A kommunal or regional pensionärsråd: politicians first (the chair among them), then the pensioners' organisations. */
function pensionersCouncil(local: string | null, extraParty: string, short = false): OrganisationSpec[] {
  // A list that prints the organisation before the name uses the short forms ("SPF").
  const org = (label: string): string => (local ? `${label} ${local}` : short ? label.split(' ')[0]! : label);
  return [
    { label: 'S', seats: [1, 2], party: true },
    { label: 'M', seats: [1, 1], party: true },
    { label: extraParty, seats: [1, 1], party: true },
    { label: org('PRO'), seats: [2, 3] },
    { label: org('SPF Seniorerna'), seats: [1, 2] },
    { label: org('SKPF'), seats: [1, 1] },
    { label: 'RPG', seats: [1, 1] },
    { label: 'Förvaltningen', seats: [3, 4], staff: true },
  ];
}

function accessibilityCouncil(): OrganisationSpec[] {
  return [
    { label: 'S', seats: [1, 1], party: true },
    { label: 'M', seats: [1, 1], party: true },
    { label: 'DHR', seats: [1, 2] },
    { label: 'Synskadades Riksförbund', seats: [1, 1] },
    { label: 'Hörselskadades Riksförbund', seats: [1, 1] },
    { label: 'FUB', seats: [1, 1] },
    { label: 'Neuroförbundet', seats: [1, 1] },
    { label: 'Förvaltningen', seats: [3, 4], staff: true },
  ];
}

function elderlyCommittee(): OrganisationSpec[] {
  return [
    { label: 'S', seats: [3, 3], party: true },
    { label: 'M', seats: [2, 2], party: true },
    { label: 'SD', seats: [1, 1], party: true },
    { label: 'L', seats: [1, 1], party: true },
    { label: 'C', seats: [1, 1], party: true },
    { label: 'KD', seats: [1, 1], party: true },
    { label: 'V', seats: [1, 1], party: true },
    { label: 'Förvaltningen', seats: [3, 4], staff: true },
  ];
}

const HSF = ['Hälso- och sjukvårdsförvaltningen', 'Styrning och stöd'] as const;

const SAMPLE_FAMILY = {
  hsnPensioners: {
    key: 'hsn-pensionarsradet',
    name: 'Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen',
    municipality: null,
    layout: 'council-notes',
    style: null,
    letterhead: HSF,
    titleLines: ['Samverkan mellan pensionärsorganisationerna och hälso-', 'och sjukvårdsförvaltningen'],
    diaryPrefix: 'HSN',
    organisations: PENSIONERS,
    places: ['Järntorget, Lindhagensgatan 98', 'Regionens hus, Hantverkargatan 45', 'Lindhagensgatan 98, sal Mälaren'],
    councilNoun: 'pensionärsråd',
    weekday: 4,
    councilVoice: true,
    headTitle: 'hälso- och sjukvårdsdirektör',
    secretaryTitle: 'sekreterare',
  },
  hsnDisability: {
    key: 'hsn-funktionshinderradet',
    name: 'Samverkan mellan funktionshinderorganisationerna och hälso- och sjukvårdsförvaltningen',
    municipality: null,
    layout: 'council-notes',
    style: null,
    letterhead: HSF,
    titleLines: ['Samverkan mellan funktionshinderorganisationerna och hälso-', 'och sjukvårdsförvaltningen'],
    diaryPrefix: 'HSN',
    organisations: DISABILITY,
    places: ['Järntorget, Lindhagensgatan 98', 'Regionens hus, Hantverkargatan 45'],
    councilNoun: 'rådsmöte',
    weekday: 2,
    councilVoice: true,
    headTitle: 'hälso- och sjukvårdsdirektör',
    secretaryTitle: 'sekreterare',
  },
  primaryCare: {
    key: 'pvf-pensionarsradet',
    name: 'Pensionärsrådet vid primärvårdsförvaltningen',
    municipality: null,
    layout: 'council-notes',
    style: null,
    letterhead: ['Primärvårdsförvaltningen', 'Avdelning vårdval'],
    titleLines: ['Pensionärsrådet vid primärvårdsförvaltningen'],
    diaryPrefix: 'PVN',
    organisations: PENSIONERS,
    places: ['Lindhagensgatan 98, plan 7', 'Digitalt via Teams och Lindhagensgatan 98'],
    councilNoun: 'pensionärsråd',
    weekday: 3,
    councilVoice: true,
    headTitle: 'primärvårdsdirektör',
    secretaryTitle: 'sekreterare',
  },
  solna: {
    key: 'solna-kpr',
    name: 'Kommunala pensionärsrådet i Solna stad',
    municipality: 'Solna stad',
    layout: 'council-protocol',
    style: null,
    letterhead: ['Solna stad', 'Omvårdnadsförvaltningen'],
    titleLines: ['Kommunala pensionärsrådet i Solna stad'],
    diaryPrefix: 'OMN',
    organisations: PENSIONERS,
    places: ['Stadshuset, Solna, sal Råsunda', 'Solna stadshus, rum Ulriksdal'],
    councilNoun: 'pensionärsråd',
    weekday: 1,
    councilVoice: true,
    headTitle: 'förvaltningschef',
    secretaryTitle: 'sekreterare',
  },
  nacka: {
    key: 'nacka-aldrenamnden',
    name: 'Äldrenämnden',
    municipality: 'Nacka kommun',
    layout: 'committee-protocol',
    style: null,
    letterhead: ['Nacka kommun', 'Äldreförvaltningen'],
    titleLines: ['Äldrenämndens sammanträde'],
    diaryPrefix: 'ÄLN',
    organisations: PARTIES,
    places: ['Stadshuset, Nacka, sal B', 'Nacka stadshus, Granitsalen'],
    councilNoun: 'sammanträde',
    weekday: 1,
    councilVoice: false,
    headTitle: 'förvaltningschef',
    secretaryTitle: 'sekreterare',
  },
} satisfies Record<string, BodySpec>;

/** A council of docs/layouts.md in a named municipality or region. */
function council(spec: Omit<BodySpec, 'letterhead' | 'titleLines'> & { administration: string }): BodySpec {
  const { administration, ...rest } = spec;
  return { ...rest, letterhead: [spec.municipality ?? administration, administration], titleLines: [spec.name] };
}

const COUNCILS = {
  eskilstunaKpr: council({
    key: 'eskilstuna-kpr',
    name: 'Kommunala pensionärsrådet',
    municipality: 'Eskilstuna kommun',
    administration: 'Vård- och omsorgsförvaltningen',
    layout: 'protokoll',
    style: {
      family: 'protokoll',
      prefix: 'KPR',
      heading: 'own-line',
      head: 'caps',
      marker: 'spaced',
      members: 'paren',
      placeTime: 'together',
      pageBreak: 'formfeed',
      adjusterRow: true,
      anslagOwnPage: false,
      anslagLabel: 'Organ',
      toc: true,
      attendanceTable: true,
      continuation: true,
      footer: true,
    },
    diaryPrefix: 'VON',
    organisations: pensionersCouncil(null, 'C'),
    places: ['Stadshuset, sal Eskil, Fristadstorget 2, Eskilstuna', 'Rosenforsgården, sammanträdesrum Ekeby, Eskilstuna'],
    councilNoun: 'sammanträde',
    weekday: 2,
    councilVoice: true,
    headTitle: 'förvaltningschef',
    secretaryTitle: 'sekreterare',
  }),
  borasTr: council({
    key: 'boras-tillganglighetsradet',
    name: 'Tillgänglighetsrådet',
    municipality: 'Borås stad',
    administration: 'Sociala omsorgsförvaltningen',
    layout: 'anteckningar',
    style: {
      family: 'anteckningar',
      title: 'plain',
      numbering: 'punkt',
      attendance: 'paragraph',
      dateForm: 'numeric-dot',
      absentLabel: 'Anmält förhinder',
      secretaryLabel: 'Vid anteckningarna',
      pageMarker: 'none',
      undatedShare: 0,
    },
    diaryPrefix: null,
    organisations: accessibilityCouncil(),
    places: ['Stadshuset, rum Viskan, samt digitalt via Teams', 'Kulturhuset, Borås, lokal Druvefors'],
    councilNoun: 'rådsmöte',
    weekday: 4,
    councilVoice: true,
    headTitle: 'tillgänglighetsstrateg',
    secretaryTitle: 'sekreterare',
  }),
  jonkopingRpr: council({
    key: 'jonkoping-rpr',
    name: 'Regionala pensionärsrådet',
    municipality: 'Region Jönköpings län',
    administration: 'Regionledningskontoret',
    layout: 'web',
    style: { family: 'web', items: 'agenda-bullets', urlDateShare: 0.5 },
    diaryPrefix: 'RJL',
    organisations: pensionersCouncil(null, 'KD'),
    places: ['Regionens hus, sal A, Jönköping', 'Digitalt via Teams'],
    councilNoun: 'sammanträde',
    weekday: 5,
    councilVoice: true,
    headTitle: 'regiondirektör',
    secretaryTitle: 'sekreterare',
  }),
  orebroAn: council({
    key: 'orebro-aldrenamnden',
    name: 'Äldrenämnden',
    municipality: 'Örebro kommun',
    administration: 'Förvaltningen för funktionsstöd och äldreomsorg',
    layout: 'protokoll',
    style: {
      family: 'protokoll',
      prefix: '',
      heading: 'own-line',
      head: 'stacked',
      marker: 'sida-av',
      members: 'paren',
      placeTime: 'together',
      pageBreak: 'blank',
      adjusterRow: true,
      anslagOwnPage: true,
      anslagLabel: 'Organ',
      toc: true,
      attendanceTable: true,
      continuation: false,
      footer: false,
    },
    diaryPrefix: 'ÄN',
    organisations: elderlyCommittee(),
    places: ['Örebro rådhus, sammanträdesrum Kilsbergen', 'Medborgarhuset, Örebro, sal Svartån'],
    councilNoun: 'sammanträde',
    weekday: 3,
    councilVoice: false,
    headTitle: 'förvaltningsdirektör',
    secretaryTitle: 'nämndsekreterare',
  }),
  vastervikPr: council({
    key: 'vastervik-pensionarsradet',
    name: 'Pensionärsrådet',
    municipality: 'Västerviks kommun',
    administration: 'Socialförvaltningen',
    layout: 'anteckningar',
    style: {
      family: 'anteckningar',
      title: 'dash',
      numbering: 'paren',
      attendance: 'lines',
      dateForm: 'weekday-comma',
      absentLabel: 'Frånvarande',
      secretaryLabel: 'Antecknat av',
      pageMarker: 'none',
      undatedShare: 0.1,
    },
    diaryPrefix: null,
    organisations: pensionersCouncil('Västervik', 'L'),
    places: ['Stadshuset, Västervik, sal Gamleby', 'Träffpunkt Båtsmansgatan, Västervik'],
    councilNoun: 'möte',
    weekday: 2,
    councilVoice: true,
    headTitle: 'socialchef',
    secretaryTitle: 'sekreterare',
  }),
  gotlandTr: council({
    key: 'gotland-tillganglighetsradet',
    name: 'Tillgänglighetsrådet',
    municipality: 'Region Gotland',
    administration: 'Socialförvaltningen',
    layout: 'web',
    style: { family: 'web', items: 'paragraph-lines', urlDateShare: 0.3 },
    diaryPrefix: 'RS',
    organisations: accessibilityCouncil(),
    places: ['Visborgsallén 19, Visby, sal Tofta', 'Digitalt via Teams'],
    councilNoun: 'rådsmöte',
    weekday: 1,
    councilVoice: true,
    headTitle: 'socialdirektör',
    secretaryTitle: 'sekreterare',
  }),
  vastmanlandRpr: council({
    key: 'vastmanland-rpr',
    name: 'Regionala pensionärsrådet',
    municipality: 'Region Västmanland',
    administration: 'Regionkansliet',
    layout: 'protokoll',
    style: {
      family: 'protokoll',
      prefix: 'RPR',
      heading: 'own-line',
      head: 'caps',
      marker: 'spaced',
      members: 'party-first',
      placeTime: 'separate',
      pageBreak: 'blank',
      adjusterRow: false,
      anslagOwnPage: false,
      anslagLabel: 'Instans',
      toc: false,
      attendanceTable: false,
      continuation: false,
      footer: false,
    },
    diaryPrefix: 'RV',
    organisations: pensionersCouncil(null, 'C', true),
    places: ['Regionhuset, sal Mälaren, Västerås', 'Regionhuset, Västerås, samt via Teams'],
    councilNoun: 'sammanträde',
    weekday: 4,
    councilVoice: true,
    headTitle: 'hälso- och sjukvårdsdirektör',
    secretaryTitle: 'regionsekreterare',
  }),
  luleaKpr: council({
    key: 'lulea-kpr',
    name: 'Kommunala pensionärsrådet',
    municipality: 'Luleå kommun',
    administration: 'Socialförvaltningen',
    layout: 'anteckningar',
    style: {
      family: 'anteckningar',
      title: 'caps',
      numbering: 'dot',
      attendance: 'grouped',
      dateForm: 'meeting-iso',
      absentLabel: 'Förhinder',
      secretaryLabel: 'Vid anteckningarna',
      pageMarker: 'sida-av',
      undatedShare: 0,
    },
    diaryPrefix: null,
    organisations: pensionersCouncil('Luleå', 'V'),
    places: ['Stadshuset, Luleå, sal Norrbotten', 'Kulturens hus, Luleå, rum Malmen'],
    councilNoun: 'möte',
    weekday: 1,
    councilVoice: true,
    headTitle: 'socialchef',
    secretaryTitle: 'sekreterare',
  }),
  karlstadFhr: council({
    key: 'karlstad-funktionshinderradet',
    name: 'Kommunala funktionshinderrådet',
    municipality: 'Karlstads kommun',
    administration: 'Vård- och omsorgsförvaltningen',
    layout: 'protokoll',
    style: {
      family: 'protokoll',
      prefix: '',
      heading: 'inline',
      head: 'title-line',
      marker: 'tight',
      members: 'comma',
      placeTime: 'together',
      pageBreak: 'blank',
      adjusterRow: true,
      anslagOwnPage: false,
      anslagLabel: 'Organ',
      toc: false,
      attendanceTable: false,
      continuation: false,
      footer: false,
    },
    diaryPrefix: 'VO',
    organisations: accessibilityCouncil(),
    places: ['Karlstads rådhus, sal Klarälven', 'Stadshuset, Karlstad, rum Vänern'],
    councilNoun: 'sammanträde',
    weekday: 3,
    councilVoice: true,
    headTitle: 'verksamhetschef',
    secretaryTitle: 'sekreterare',
  }),
  ludvikaPr: council({
    key: 'ludvika-pensionarsradet',
    name: 'Pensionärsrådet',
    municipality: 'Ludvika kommun',
    administration: 'Vård och omsorg',
    layout: 'anteckningar',
    style: {
      family: 'anteckningar',
      title: 'from-meeting',
      numbering: 'none',
      attendance: 'lines',
      dateForm: 'long',
      absentLabel: 'Förhinder',
      secretaryLabel: 'Vid pennan',
      pageMarker: 'none',
      undatedShare: 0.35,
    },
    diaryPrefix: null,
    organisations: pensionersCouncil('Ludvika', 'C'),
    places: ['Kommunhuset, Ludvika, sammanträdesrum Väsman', 'Träffpunkten, Ludvika'],
    councilNoun: 'möte',
    weekday: 5,
    councilVoice: true,
    headTitle: 'enhetschef äldreomsorg',
    secretaryTitle: 'sekreterare',
  }),
} satisfies Record<string, BodySpec>;

/**
 * The fixed bodies, in the order a corpus of `count` takes them: the first seven cover the
 * samples' family and each layout family with two protokoll, anteckningar and web habits, so the
 * quick bench measures every layout.
 */
const FIXED: readonly BodySpec[] = [
  SAMPLE_FAMILY.hsnPensioners,
  COUNCILS.eskilstunaKpr,
  COUNCILS.borasTr,
  COUNCILS.jonkopingRpr,
  COUNCILS.orebroAn,
  COUNCILS.vastervikPr,
  COUNCILS.gotlandTr,
  SAMPLE_FAMILY.solna,
  SAMPLE_FAMILY.nacka,
  SAMPLE_FAMILY.hsnDisability,
  SAMPLE_FAMILY.primaryCare,
  COUNCILS.vastmanlandRpr,
  COUNCILS.luleaKpr,
  COUNCILS.karlstadFhr,
  COUNCILS.ludvikaPr,
];

/** Every fixed body by key. */
export const BODY_KEYS: readonly string[] = FIXED.map((b) => b.key);

const MUNICIPALITIES = [
  'Sundbybergs stad',
  'Huddinge kommun',
  'Täby kommun',
  'Järfälla kommun',
  'Lidingö stad',
  'Botkyrka kommun',
  'Sollentuna kommun',
  'Haninge kommun',
  'Danderyds kommun',
  'Tyresö kommun',
  'Uppsala kommun',
  'Gävle kommun',
  'Sundsvalls kommun',
  'Kalmar kommun',
  'Trelleborgs kommun',
];

/** The styles generated councils take in turn, one family after another. */
const GENERATED_STYLES: readonly LayoutStyle[] = [
  COUNCILS.eskilstunaKpr.style,
  COUNCILS.luleaKpr.style,
  COUNCILS.jonkopingRpr.style,
  COUNCILS.karlstadFhr.style,
  COUNCILS.vastervikPr.style,
  COUNCILS.gotlandTr.style,
  // Generated councils' organisations have long names: the party-first list is the region's own.
  { ...COUNCILS.vastmanlandRpr.style, members: 'comma' },
  COUNCILS.borasTr.style,
] as LayoutStyle[];

/** The `i`-th council beyond the fixed list: every fourth in the samples' municipal form, the rest in a family of docs/layouts.md. */
function generatedBody(i: number): BodySpec {
  const municipality = MUNICIPALITIES[i % MUNICIPALITIES.length]!;
  const round = Math.floor(i / MUNICIPALITIES.length);
  const disability = i % 2 === 1;
  const town = municipality.split(' ')[0]!.replace(/s$/, '');
  const places = [`Stadshuset, ${town}`, `Kommunhuset, ${town}, sal 2`];
  const weekday = 1 + (i % 4);
  // Beyond the list, further councils of the same municipality are told apart by district.
  const district = round === 0 ? '' : `, krets ${round + 1}`;
  if (i % 4 === 3) {
    const name = `${disability ? 'Kommunala funktionshinderrådet' : 'Kommunala pensionärsrådet'} i ${municipality}${district}`;
    return {
      key: `${slugify(town)}-${disability ? 'khr' : 'kpr'}-${i + 1}`,
      name,
      municipality,
      layout: 'council-protocol',
      style: null,
      letterhead: [municipality, disability ? 'Socialförvaltningen' : 'Äldreförvaltningen'],
      titleLines: [name],
      diaryPrefix: disability ? 'SOC' : 'ÄLF',
      organisations: disability ? DISABILITY : PENSIONERS,
      places,
      councilNoun: disability ? 'rådsmöte' : 'pensionärsråd',
      weekday,
      councilVoice: true,
      headTitle: 'förvaltningschef',
      secretaryTitle: 'sekreterare',
    };
  }
  const style = GENERATED_STYLES[(i - Math.floor(i / 4)) % GENERATED_STYLES.length]!;
  const name = `${disability ? 'Tillgänglighetsrådet' : 'Kommunala pensionärsrådet'}${district}`;
  return council({
    key: `${slugify(town)}-${disability ? 'tillganglighetsradet' : 'kpr'}-${i + 1}`,
    name,
    municipality,
    administration: disability ? 'Socialförvaltningen' : 'Äldreförvaltningen',
    layout: style.family,
    style,
    diaryPrefix: style.family === 'anteckningar' ? null : disability ? 'SOC' : 'ÄLF',
    organisations: disability ? accessibilityCouncil() : pensionersCouncil(null, ['C', 'L', 'KD', 'V'][i % 4]!),
    places,
    councilNoun: disability ? 'rådsmöte' : 'sammanträde',
    weekday,
    councilVoice: true,
    headTitle: 'förvaltningschef',
    secretaryTitle: 'sekreterare',
  });
}

/** The first `count` bodies: the fixed ones, then councils of further municipalities. */
export function bodySpecs(count: number): BodySpec[] {
  const out = FIXED.slice(0, count);
  for (let i = 0; out.length < count; i++) out.push(generatedBody(i));
  return out;
}

/** The fixed bodies named by `keys`, in that order; an unknown key throws. */
export function bodySpecsByKey(keys: readonly string[]): BodySpec[] {
  return keys.map((key) => {
    const spec = FIXED.find((b) => b.key === key);
    if (!spec) throw new RangeError(`unknown body key "${key}"; known: ${BODY_KEYS.join(', ')}`);
    return spec;
  });
}
