import { isNotes, type BodySpec } from './bodies.js';
import type { BodyMemory, PendingFollowUp } from './body-memory.js';
import { dayMonth } from './calendar.js';
import { COUNCIL, paragraph, person, segment, subheading, type Block, type ItemModel } from './meeting-model.js';
import type { PersonSpec } from './people.js';
import { ANSWER_VERBS, cap, clause, councilForm, varyFact } from './phrases.js';
import type { Random } from './random.js';
import type { ItemContext } from './topic-item.js';
import { TOPIC_TEXTS } from './topic-texts.js';

/** The items every meeting opens and closes with, and the ones that take up earlier promises. */

export function openingItem(body: BodySpec, number: string, chair: PersonSpec, random: Random): ItemModel {
  const title = body.headTitle;
  const text =
    body.layout !== 'council-notes'
      ? `Ordförande ${chair.name} öppnar mötet och hälsar alla välkomna.`
      : random.pick([
          `${cap(title)} ${chair.name} öppnar mötet och hälsar alla deltagare välkomna.`,
          `${chair.name}, ${title}, öppnar mötet och hälsar alla deltagare välkomna.`,
          `${chair.name} öppnar mötet och hälsar särskilt nya deltagare välkomna.`,
        ]);
  const titleText =
    body.layout === 'council-notes'
      ? 'Inledning'
      : body.layout === 'anteckningar'
        ? random.pick(['Mötets öppnande', 'Välkommen och dagordning', 'Inledning'])
        : 'Mötets öppnande';
  return { number, title: titleText, presenters: [], topics: [], blocks: [paragraph(segment(text, person(chair), 'information'))] };
}

/** Approval of the previous minutes; the date is written with its year about half of the time. */
export function approvalItem(body: BodySpec, number: string, previous: string, random: Random): ItemModel {
  const withYear = random.chance(0.5);
  const when = dayMonth(previous, withYear);
  if (body.layout === 'anteckningar') {
    return {
      number,
      title: random.pick(['Föregående minnesanteckningar', 'Föregående anteckningar', 'Anteckningar från föregående möte']),
      presenters: [],
      topics: [],
      blocks: [
        paragraph(
          segment(
            `Anteckningarna från mötet den ${when} ${random.pick(['godkänns.', 'läggs till handlingarna.', 'gås igenom och godkänns.'])}`,
            null,
            'decision',
          ),
        ),
      ],
    };
  }
  if (body.layout === 'council-notes') {
    return {
      number,
      title: `Mötesanteckningar från sammanträdet den ${when}`,
      presenters: [],
      topics: [],
      blocks: [
        paragraph(segment(`Mötesanteckningar från föregående möte den ${when} godkänns och läggs till handlingarna.`, null, 'decision')),
      ],
    };
  }
  return {
    number,
    title:
      body.layout === 'committee-protocol' || (body.layout !== 'council-protocol' && !body.councilVoice)
        ? 'Godkännande av föregående protokoll'
        : 'Föregående protokoll',
    presenters: [],
    topics: [],
    blocks: [
      paragraph(
        segment(
          `Protokollet från sammanträdet den ${when} ${random.pick(['godkänns.', 'godkänns och läggs till handlingarna.'])}`,
          null,
          'decision',
        ),
      ),
    ],
  };
}

export function adjusterItem(number: string, adjuster: PersonSpec, organisation: string): ItemModel {
  return {
    number,
    title: 'Val av justerare',
    presenters: [],
    topics: [],
    blocks: [paragraph(segment(`Till att justera protokollet utses ${adjuster.name} (${organisation}).`, null, 'decision'))],
  };
}

/** "Aktuellt vid förvaltningen": the chair's news on a few topics, and sometimes a question from the council. */
export function newsItem(ctx: ItemContext, number: string, chair: PersonSpec, topics: readonly string[]): ItemModel {
  const { random } = ctx;
  const blocks: Block[] = [];
  for (const topic of topics) {
    blocks.push(subheading(random.pick(TOPIC_TEXTS[topic]!.titles)));
    blocks.push(
      paragraph(segment(varyFact(random.pick(TOPIC_TEXTS[topic]!.facts), ctx.year, random), person(chair), 'presentation', [topic])),
    );
  }
  if (ctx.body.councilVoice && random.chance(0.4)) {
    const topic = topics[0]!;
    const { theme, np } = ctx.memory.chooseTheme(topic, random);
    const c = councilForm('angaende', np, random);
    ctx.concerns.push(
      ctx.memory.recordConcern({
        id: `${ctx.file}#c${ctx.concerns.length + 1}`,
        itemNumber: number,
        itemOrdinal: ctx.ordinal,
        text: c.text,
        topic,
        theme,
      }),
    );
    blocks.push(paragraph(segment(c.text, COUNCIL, 'council_question', [topic])));
    blocks.push(
      paragraph(
        segment(
          `${chair.firstName} ${random.pick(ANSWER_VERBS)} att ${clause(random.pick(TOPIC_TEXTS[topic]!.facts))}`,
          person(chair),
          'answer',
          [topic],
        ),
      ),
    );
  }
  const title =
    ctx.body.layout === 'council-notes'
      ? random.pick(['Aktuellt vid förvaltningen/bevakningslista', 'Dialog/bevakningslista', 'Aktuellt vid förvaltningen'])
      : isNotes(ctx.body.layout)
        ? random.pick(['Aktuellt från förvaltningen', 'Information från förvaltningen'])
        : 'Information från förvaltningen';
  return { number, title, presenters: [chair], topics: [...topics], blocks };
}

/** An item that takes up a matter promised at an earlier meeting. */
export function addressingItem(ctx: ItemContext, number: string, pending: PendingFollowUp, presenter: PersonSpec): ItemModel {
  const { random } = ctx;
  const matter = pending.followUp.matter;
  const title = random.pick([`Återkoppling: ${cap(matter)}`, `Uppföljning av ${matter}`, `Lägesrapport om ${matter}`]);
  const blocks: Block[] = [
    paragraph(
      segment(
        `${presenter.firstName} ${random.pick(['redogör för', 'presenterar', 'berättar om'])} ${matter}, som ${random.pick(['rådet tog upp', 'togs upp', 'diskuterades'])} vid mötet den ${dayMonth(pending.promisedOn, false)}.`,
        person(presenter),
        'presentation',
        [pending.topic],
      ),
    ),
    paragraph(
      segment(varyFact(random.pick(TOPIC_TEXTS[pending.topic]!.facts), ctx.year, random), person(presenter), 'presentation', [
        pending.topic,
      ]),
    ),
  ];
  return { number, title, presenters: [presenter], topics: [pending.topic], blocks };
}

export function otherBusinessItem(ctx: ItemContext, number: string, memory: BodyMemory): ItemModel {
  const { random } = ctx;
  const raised = ctx.body.councilVoice && random.chance(0.25) ? memory.anyRaisedTheme(random) : null;
  const blocks: Block[] = [];
  const topics: string[] = [];
  if (raised) {
    const c = councilForm('lyfter', raised.np, random);
    ctx.concerns.push(
      memory.recordConcern({
        id: `${ctx.file}#c${ctx.concerns.length + 1}`,
        itemNumber: number,
        itemOrdinal: ctx.ordinal,
        text: c.text,
        topic: raised.topic,
        theme: raised.theme,
      }),
    );
    blocks.push(paragraph(segment(c.text, COUNCIL, 'council_question', [raised.topic])));
    topics.push(raised.topic);
  } else {
    blocks.push(
      paragraph(
        segment(random.pick(['Inga övriga frågor anmäls.', 'Inga övriga frågor.', 'Inga övriga frågor togs upp.']), null, 'information'),
      ),
    );
  }
  return { number, title: 'Övriga frågor', presenters: [], topics, blocks };
}
