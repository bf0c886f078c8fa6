import type { BodySpec } from './bodies.js';
import { BodyMemory } from './body-memory.js';
import { addDays } from './calendar.js';
import type { ItemModel, MeetingModel } from './meeting-model.js';
import type { NameSource, PersonSpec } from './people.js';
import type { Random } from './random.js';
import { Roster } from './roster.js';
import { addressingItem, adjusterItem, approvalItem, newsItem, openingItem, otherBusinessItem } from './standard-items.js';
import { drawTopics, type TopicTrend } from './topic-drift.js';
import { topicItem, type ItemContext } from './topic-item.js';

const TIMES: ReadonlyArray<readonly [string, string]> = [['13:00', '14:30'], ['09:30', '11:30'], ['14:00', '16:00'], ['10:00', '12:00'], ['13:00', '15:00']];

export interface BodyPlanInput {
  body: BodySpec;
  /** File stem shared by the body's files: `<date>_<slug>`. */
  slug: string;
  dates: readonly string[];
  startYear: number;
  trends: readonly TopicTrend[];
  pdfShare: number;
  names: NameSource;
  random: Random;
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
    const attendees = roster.attend(r);
    const staff = attendees.filter((a) => a.member.staff && a.member !== roster.secretary).map((a) => a.member.person);
    const members = attendees.filter((a) => !a.member.staff).map((a) => a.member.person);
    const chair = roster.chair;
    const nextDate = dates[index + 1] ?? addDays(date, 7 * r.int(6, 9));
    const file = `${date}_${input.slug}.${r.chance(input.pdfShare) ? 'pdf' : 'txt'}`;
    const ctx: ItemContext = { body, random: r, year, file, index, total: dates.length, date, nextDate, memory, staff: staff.length > 0 ? staff : [chair.person], members, concerns: [], followUps: [] };
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
    const number = (): string => (body.layout === 'council-notes' ? String(items.length + 1) : `§ ${paragraphNo++}`);
    const previous = index > 0 ? dates[index - 1]! : addDays(date, -7 * r.int(6, 9));
    const adjuster = body.layout === 'committee-protocol' ? (attendees.find((a) => !a.member.staff && a.member !== chair)?.member ?? null) : null;
    items.push(openingItem(body, number(), chair.person, r));
    if (adjuster) items.push(adjusterItem(number(), adjuster.person, adjuster.organisation));
    items.push(approvalItem(body, number(), previous, r));
    const yearIndex = year - input.startYear;
    if (body.layout !== 'committee-protocol') items.push(newsItem(ctx, number(), chair.person, drawTopics(input.trends, yearIndex, r.int(1, 2), r)));
    for (const pending of memory.dueAt(index)) {
      const owner = pending.ownerName ? staff.find((p) => p.name === pending.ownerName) : undefined;
      const presenter = owner && !used.has(owner) ? owner : r.pick(freeStaff());
      used.add(presenter);
      const item = addressingItem(ctx, number(), pending, presenter);
      pending.followUp.addressedIn = { file, date, itemNumber: item.number };
      items.push(item);
    }
    const free = presenterPool.filter((p) => !used.has(p)).length;
    for (const topic of drawTopics(input.trends, yearIndex, Math.min(r.int(1, 3), free), r)) items.push(topicItem(ctx, number(), topic, pickPresenters()));
    items.push(otherBusinessItem(ctx, number(), memory));

    meetings.push({
      body,
      file,
      format: file.endsWith('.pdf') ? 'pdf' : 'txt',
      date,
      startTime,
      endTime,
      place: body.places[index % 5 === 4 ? 1 % body.places.length : 0]!,
      diaryNumber: body.diaryPrefix ? `${body.diaryPrefix} ${year}-${String(r.int(10, 1999)).padStart(4, '0')}` : null,
      attendees,
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
