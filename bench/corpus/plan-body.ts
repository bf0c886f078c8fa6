import { isSampleLayout, type BodySpec } from './bodies.js';
import { BodyMemory } from './body-memory.js';
import { addDays } from './calendar.js';
import type { ItemModel, MeetingModel } from './meeting-model.js';
import type { NameSource, PersonSpec } from './people.js';
import type { Random } from './random.js';
import { Roster, type Member, type Turnout } from './roster.js';
import { addressingItem, adjusterItem, approvalItem, newsItem, openingItem, otherBusinessItem } from './standard-items.js';
import { drawTopics, type TopicTrend } from './topic-drift.js';
import { topicItem, type ItemContext } from './topic-item.js';
import type { DateSourceTruth } from './truth.schema.js';

const TIMES: ReadonlyArray<readonly [string, string]> = [
  ['13:00', '14:30'],
  ['09:30', '11:30'],
  ['14:00', '16:00'],
  ['10:00', '12:00'],
  ['13:00', '15:00'],
];

export interface BodyPlanInput {
  body: BodySpec;
  /** File stem shared by the samples' family's files: `<date>_<slug>`. */
  slug: string;
  dates: readonly string[];
  startYear: number;
  trends: readonly TopicTrend[];
  pdfShare: number;
  /** Share of the text files of the docs/layouts.md families written one line per page. */
  oneLineShare: number;
  names: NameSource;
  random: Random;
}

interface FileVariant {
  file: string;
  format: 'txt' | 'pdf';
  oneLine: boolean;
  dateSource: DateSourceTruth;
}

/**
 * How one meeting's minutes reach the reader. The samples' family: dated text or PDF named
 * `<date>_<slug>`. The other families: a PDF (never a web page), a text copy that lost its line
 * breaks, and the date where the council's habit puts it — the text, only the page's address
 * (the saved file's name), a PDF's creation date, or nowhere; files whose names carry no date are
 * numbered in the council's series instead.
 */
function fileVariant(input: BodyPlanInput, index: number, date: string, r: Random): FileVariant {
  const { body } = input;
  const style = body.style;
  if (style === null) {
    const format = r.chance(input.pdfShare) ? 'pdf' : 'txt';
    return { file: `${date}_${input.slug}.${format}`, format, oneLine: false, dateSource: 'text' };
  }
  const format = style.family !== 'web' && r.chance(input.pdfShare) ? 'pdf' : 'txt';
  const oneLine = format === 'txt' && r.chance(input.oneLineShare);
  let dateSource: DateSourceTruth = 'text';
  if (style.family === 'web' && r.chance(style.urlDateShare)) dateSource = 'filename';
  if (style.family === 'anteckningar' && r.chance(style.undatedShare)) {
    dateSource = format === 'pdf' ? r.pick(['metadata', 'none'] as const) : r.pick(['filename', 'none'] as const);
  }
  const word = style.family === 'protokoll' ? 'protokoll' : style.family === 'web' ? 'mote' : 'anteckningar';
  const numbered = `${body.key}-${word}-${String(index + 1).padStart(3, '0')}.${format}`;
  const file =
    dateSource === 'filename'
      ? `${body.key}-${word}-${date}.${format}`
      : dateSource === 'text' && r.chance(0.5)
        ? `${date}_${body.key}.${format}`
        : numbered;
  return { file, format, oneLine, dateSource };
}

/** Every meeting of one body, in date order, with the people, items, concerns and promises planted in it. */
export function planBody(input: BodyPlanInput): MeetingModel[] {
  const { body, dates, random } = input;
  const roster = new Roster(body, input.names, random);
  const memory = new BodyMemory();
  const [startTime, endTime] = random.pick(TIMES);
  const meetings: MeetingModel[] = [];
  let paragraphNo = 0;
  for (let index = 0; index < dates.length; index++) {
    const date = dates[index]!;
    const year = Number(date.slice(0, 4));
    const newYear = index > 0 && year !== Number(dates[index - 1]!.slice(0, 4));
    if (newYear) roster.turnover();
    if (index === 0 || newYear) paragraphNo = random.int(1, 9);
    const r = random;
    const { attendees, absent }: Turnout = isSampleLayout(body.layout) ? { attendees: roster.attend(r), absent: [] } : roster.turnout(r);
    const staff = attendees.filter((a) => a.member.staff && a.member !== roster.secretary).map((a) => a.member.person);
    const members = attendees.filter((a) => !a.member.staff).map((a) => a.member.person);
    const chair = roster.chair;
    const nextDate = dates[index + 1] ?? addDays(date, 7 * r.int(6, 9));
    const variant = fileVariant(input, index, date, r);
    const file = variant.file;
    const ctx: ItemContext = {
      body,
      random: r,
      year,
      file,
      ordinal: 1,
      index,
      total: dates.length,
      date,
      nextDate,
      memory,
      staff: staff.length > 0 ? staff : [chair.person],
      members,
      concerns: [],
      followUps: [],
    };
    const presenterPool = staff.filter((p) => p !== chair.person);
    // A presenter presents one item per meeting while others are free: the same short name line
    // at the foot of one page and the head of the next reads as a running header to a parser.
    const used = new Set<PersonSpec>();
    const freeStaff = (): PersonSpec[] => {
      const free = presenterPool.filter((p) => !used.has(p));
      return free.length > 0 ? free : presenterPool.length > 0 ? presenterPool : [chair.person];
    };
    const pickPresenters = (): PersonSpec[] => {
      const pool = freeStaff();
      const chosen = r.sample(pool, Math.min(pool.length, r.chance(0.6) ? 1 : r.chance(0.75) ? 2 : 3));
      for (const p of chosen) used.add(p);
      return chosen;
    };

    const items: ItemModel[] = [];
    const number = (): string => {
      if (body.layout === 'council-protocol' || body.layout === 'committee-protocol') return `§ ${paragraphNo++}`;
      // A protokoll and a portal that prints "§ N" number by paragraph through the year; the rest count items.
      const byParagraph = body.layout === 'protokoll' || (body.style?.family === 'web' && body.style.items === 'paragraph-lines');
      return byParagraph ? String(paragraphNo++) : String(items.length + 1);
    };
    /** Builds the next item with the context pointing at its position. */
    const add = (build: (n: string) => ItemModel): ItemModel => {
      ctx.ordinal = items.length + 1;
      const item = build(number());
      items.push(item);
      return item;
    };
    const previous = index > 0 ? dates[index - 1]! : addDays(date, -7 * r.int(6, 9));
    const adjuster = pickAdjuster(body, roster, attendees, index, r);
    add((n) => openingItem(body, n, chair.person, r));
    if (adjuster && body.layout !== 'anteckningar') add((n) => adjusterItem(n, adjuster.person, adjuster.organisation));
    add((n) => approvalItem(body, n, previous, r));
    const yearIndex = year - input.startYear;
    if (body.councilVoice) {
      // The samples' director presents the news and chairs; a council's head official presents it.
      const head = chair.staff ? chair.person : (staff[0] ?? chair.person);
      used.add(head);
      add((n) => newsItem(ctx, n, head, drawTopics(input.trends, yearIndex, r.int(1, 2), r)));
    }
    for (const pending of memory.dueAt(index)) {
      const owner = pending.ownerName ? staff.find((p) => p.name === pending.ownerName) : undefined;
      const presenter = owner && !used.has(owner) ? owner : r.pick(freeStaff());
      used.add(presenter);
      const item = add((n) => addressingItem(ctx, n, pending, presenter));
      pending.followUp.addressedIn = { file, date, itemNumber: item.number, itemOrdinal: items.length };
    }
    const free = presenterPool.filter((p) => !used.has(p)).length;
    for (const topic of drawTopics(input.trends, yearIndex, Math.min(r.int(1, 3), free), r))
      add((n) => topicItem(ctx, n, topic, pickPresenters()));
    add((n) => otherBusinessItem(ctx, n, memory));

    meetings.push({
      body,
      file,
      format: variant.format,
      oneLine: variant.oneLine,
      dateSource: variant.dateSource,
      date,
      startTime,
      endTime,
      place: body.places[index % 5 === 4 ? 1 % body.places.length : 0]!,
      diaryNumber: body.diaryPrefix ? `${body.diaryPrefix} ${year}-${String(r.int(10, 1999)).padStart(4, '0')}` : null,
      attendees,
      absent,
      chair,
      secretary: roster.secretary,
      adjuster,
      previousDate: previous,
      nextDate,
      nextTime: startTime,
      items,
      concerns: ctx.concerns,
      followUps: ctx.followUps,
    });
  }
  return meetings;
}

/**
 * Who adjusts the minutes with the chair: a committee's first member present; a council's
 * members take turns; notes name one about half of the time; the samples' councils none.
 */
function pickAdjuster(body: BodySpec, roster: Roster, attendees: Turnout['attendees'], index: number, r: Random): Member | null {
  const candidates = attendees
    .filter((a) => !a.member.staff && a.member !== roster.chair && a.replaces === null && a.role !== 'ersättare')
    .map((a) => a.member);
  if (body.layout === 'committee-protocol') return candidates[0] ?? null;
  if (isSampleLayout(body.layout) || candidates.length === 0) return null;
  if (body.layout === 'anteckningar' && !r.chance(0.5)) return null;
  return candidates[index % candidates.length]!;
}
