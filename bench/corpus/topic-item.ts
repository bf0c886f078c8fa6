import type { BodySpec } from './bodies.js';
import type { BodyMemory } from './body-memory.js';
import { addDays, dayMonth } from './calendar.js';
import { bullet, COUNCIL, paragraph, person, presentersSpeaker, segment, subheading, type Block, type ItemModel } from './meeting-model.js';
import type { PersonSpec } from './people.js';
import { ANSWER_VERBS, clause, COUNCIL_LABELS, councilForm, ROLES, scopedComment, UNITS, varyFact, type ConcernForm } from './phrases.js';
import type { Random } from './random.js';
import { TOPIC_TEXTS } from './topic-texts.js';
import type { ConcernTruth, FollowUpTruth, OwnerTruth } from './truth.schema.js';

/** What writing one agenda item needs to know about its meeting. */
export interface ItemContext {
  body: BodySpec;
  random: Random;
  year: number;
  file: string;
  /** The position (1-based) of the item being written: concerns and follow-ups point at it. */
  ordinal: number;
  /** Index of the meeting in its body's series, and the series' length. */
  index: number;
  total: number;
  date: string;
  nextDate: string;
  memory: BodyMemory;
  /** Staff present who can answer, and members present (a committee's members ask). */
  staff: PersonSpec[];
  members: PersonSpec[];
  concerns: ConcernTruth[];
  followUps: FollowUpTruth[];
}

const firstNames = (people: readonly PersonSpec[]): string =>
  people.length === 1
    ? people[0]!.firstName
    : `${people
        .slice(0, -1)
        .map((p) => p.firstName)
        .join(', ')} och ${people.at(-1)!.firstName}`;

/** An agenda item about `topic`, presented by `presenters`: statements, the council's concerns and answers, maybe a promise. */
export function topicItem(ctx: ItemContext, number: string, topic: string, presenters: PersonSpec[]): ItemModel {
  const { random } = ctx;
  const texts = TOPIC_TEXTS[topic]!;
  const by = presentersSpeaker(presenters);
  const blocks: Block[] = [];
  const facts = random.shuffle(texts.facts);
  const nextFact = (): string => varyFact(facts.length > 1 ? facts.pop()! : facts[0]!, ctx.year, random);

  if (random.chance(0.45)) {
    const intro =
      presenters.length === 1
        ? `${presenters[0]!.firstName} arbetar som ${random.pick(ROLES)} vid ${random.pick(UNITS)}.`
        : `${firstNames(presenters)} arbetar vid ${random.pick(UNITS)} och leder arbetet tillsammans.`;
    blocks.push(paragraph(segment(intro, by, 'presentation', [])));
  }
  if (random.chance(0.3))
    blocks.push(
      paragraph(
        segment(
          random.pick([
            'Genomgång av på förhand utsänd presentation.',
            'Genomgång av till anteckningarna bilagd presentation.',
            'Presentationen bifogas anteckningarna.',
          ]),
          by,
          'presentation',
        ),
      ),
    );
  const paragraphs = random.int(1, 3);
  for (let i = 0; i < paragraphs; i++) {
    const text = random.chance(0.4) ? `${nextFact()} ${nextFact()}` : nextFact();
    blocks.push(paragraph(segment(text, by, 'presentation', [topic])));
  }
  if (random.chance(0.3)) {
    blocks.push(subheading(random.pick(['Särskilt noterat:', 'Några punkter från presentationen:', 'Följande lyftes särskilt:'])));
    for (let i = random.int(2, 3); i > 0; i--) blocks.push(bullet(segment(nextFact(), by, 'presentation', [topic])));
  }

  const answerer = (): PersonSpec => (random.chance(0.75) || ctx.staff.length === 0 ? random.pick(presenters) : random.pick(ctx.staff));
  const answer = (who: PersonSpec): Block['segments'][number] =>
    segment(`${who.firstName} ${random.pick(ANSWER_VERBS)} att ${clause(nextFact())}`, person(who), 'answer', [topic]);

  if (ctx.body.councilVoice && random.chance(0.85)) blocks.push(...councilExchange(ctx, number, topic, answer, answerer));
  if (!ctx.body.councilVoice) blocks.push(...committeeExchange(ctx, topic, presenters, answer));
  if (random.chance(0.12)) {
    const group = random.pick(['Projektgruppen', 'Arbetsgruppen', 'Styrgruppen']);
    blocks.push(
      paragraph(
        segment(
          `${group} ${random.pick(['menar', 'understryker', 'konstaterar'])} att ${clause(nextFact())}`,
          { type: 'group', name: group },
          'information',
          [topic],
        ),
      ),
    );
  }
  if (random.chance(ctx.body.councilVoice ? 0.45 : 0.35)) {
    const promise = followUp(ctx, number, topic, presenters);
    if (promise) blocks.push(promise);
  }
  return { number, title: random.pick(texts.titles), presenters, topics: [topic], blocks };
}

function councilExchange(
  ctx: ItemContext,
  number: string,
  topic: string,
  answer: (p: PersonSpec) => Block['segments'][number],
  answerer: () => PersonSpec,
): Block[] {
  const { random } = ctx;
  const concern = (text: string, question: boolean, theme: string): Block['segments'][number] => {
    ctx.concerns.push(
      ctx.memory.recordConcern({
        id: `${ctx.file}#c${ctx.concerns.length + 1}`,
        itemNumber: number,
        itemOrdinal: ctx.ordinal,
        text,
        topic,
        theme,
      }),
    );
    return segment(text, COUNCIL, question ? 'council_question' : 'council_comment', [topic]);
  };
  const style = random.int(0, 3);
  if (style === 0) {
    const blocks: Block[] = [subheading(random.pick(COUNCIL_LABELS))];
    const asBullets = random.chance(0.4);
    for (let i = random.int(1, 2); i > 0; i--) {
      const { theme, np } = ctx.memory.chooseTheme(topic, random);
      const c = random.chance(0.6) ? scopedComment(np, random) : councilForm(random.pick(['hur', 'vad'] as const), np, random);
      const s = concern(c.text, c.question, theme);
      blocks.push(asBullets ? bullet(s) : paragraph(s));
    }
    blocks.push(paragraph(answer(answerer())));
    return blocks;
  }
  const { theme, np } = ctx.memory.chooseTheme(topic, random);
  if (style === 1) {
    const c = councilForm('lyfter', np, random);
    return [paragraph(concern(c.text, c.question, theme), answer(answerer()))];
  }
  if (style === 2) {
    const c = councilForm(random.pick(['hur', 'vad', 'angaende'] as const), np, random);
    return [paragraph(concern(c.text, c.question, theme)), paragraph(answer(answerer()))];
  }
  const form = random.pick<ConcernForm>(['anser', 'menar', 'efterlyses', 'synpunkter', 'inspel']);
  const c = councilForm(form, np, random);
  return random.chance(0.5)
    ? [paragraph(concern(c.text, c.question, theme))]
    : [paragraph(concern(c.text, c.question, theme)), paragraph(answer(answerer()))];
}

function committeeExchange(
  ctx: ItemContext,
  topic: string,
  presenters: PersonSpec[],
  answer: (p: PersonSpec) => Block['segments'][number],
): Block[] {
  const { random } = ctx;
  const blocks: Block[] = [];
  if (ctx.members.length > 0 && random.chance(0.7)) {
    const asker = random.pick(ctx.members);
    const np = random.pick(TOPIC_TEXTS[topic]!.concerns);
    blocks.push(
      paragraph(
        segment(
          `${asker.firstName} ${random.pick(['frågar om', 'undrar hur förvaltningen ser på', 'tar upp'])} ${np}.`,
          person(asker),
          'information',
          [topic],
        ),
      ),
    );
    blocks.push(paragraph(answer(random.pick(presenters))));
  }
  blocks.push(subheading('Beslut'));
  blocks.push(
    paragraph(
      segment(
        `Nämnden beslutar att ${random.pick(['lägga informationen till handlingarna.', 'godkänna förvaltningens förslag.', 'ge förvaltningen i uppdrag att fortsätta arbetet.', 'överlämna ärendet till kommunstyrelsen.'])}`,
        { type: 'group', name: 'Nämnden' },
        'decision',
      ),
    ),
  );
  return blocks;
}

/** A promise about a matter of `topic`; registered in the truth and, most of the time, taken up later. */
function followUp(ctx: ItemContext, number: string, topic: string, presenters: PersonSpec[]): Block | null {
  const { random } = ctx;
  const matter = ctx.memory.freeMatter(topic, ctx.index, random);
  if (!matter) return null;
  const owner1 = random.pick(presenters);
  let text: string;
  let owner: OwnerTruth;
  let due: string | null = null;
  let speaker: Block['segments'][number]['speaker'] = null;
  let soon = false;
  const form = ctx.body.councilVoice ? random.int(0, 5) : 6;
  if (form === 0 || (form === 1 && presenters.length < 2)) {
    text = `${owner1.firstName} återkommer till rådet med ${random.pick(['besked om', 'en lägesrapport om', 'mer information om'])} ${matter}.`;
    owner = speaker = person(owner1);
  } else if (form === 1) {
    const two = presenters.slice(0, 2);
    text = `${two[0]!.firstName} och ${two[1]!.firstName} återkommer till rådet för en statusuppdatering om ${matter}.`;
    owner = speaker = { type: 'people', names: two.map((p) => p.name) };
  } else if (form === 2) {
    text = `Frågan om ${matter} lyfts och diskuteras vid nästkommande ${ctx.body.councilNoun}.`;
    owner = { type: 'administration' };
    due = ctx.nextDate;
    soon = true;
  } else if (form === 3) {
    text = `Information om ${matter} lyfts vid rådets möte den ${dayMonth(ctx.nextDate, false)}.`;
    owner = { type: 'administration' };
    due = ctx.nextDate;
    soon = true;
  } else if (form === 4) {
    due = addDays(ctx.date, random.int(30, 75));
    text = `${owner1.firstName} återkopplar till rådet om ${matter} senast den ${dayMonth(due, false)}.`;
    owner = speaker = person(owner1);
  } else if (form === 5) {
    text = `Rådet återkopplar till sekreteraren om ${matter}.`;
    owner = speaker = COUNCIL;
  } else {
    text = `Förvaltningen återkommer med en redovisning av ${matter} vid ett senare sammanträde.`;
    owner = speaker = { type: 'group', name: 'Förvaltningen' };
  }
  const followUp: FollowUpTruth = {
    id: `${ctx.file}#f${ctx.followUps.length + 1}`,
    itemNumber: number,
    itemOrdinal: ctx.ordinal,
    text,
    matter,
    owner,
    due,
    addressedIn: null,
  };
  ctx.followUps.push(followUp);
  const target = ctx.index + (soon ? 1 : random.int(1, 2));
  const addressed = random.chance(0.6) && target < ctx.total;
  ctx.memory.promise(
    addressed ? { followUp, topic, target, promisedOn: ctx.date, ownerName: speaker?.type === 'person' ? speaker.name : null } : null,
    matter,
    ctx.index,
  );
  const kind = speaker?.type === 'council' ? 'council_comment' : 'information';
  return paragraph(segment(text, speaker, kind, []));
}
