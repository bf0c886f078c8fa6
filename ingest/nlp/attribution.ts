import type { SpeakerBasis } from '../../shapes/api/meetings.js';
import type { AgendaItem } from '../../shapes/minutes.schema.js';
import type { ActorRef, PassageKind } from '../../shapes/annotated-meeting.schema.js';
import type { PassageDraft } from './passages.js';
import type { PeopleIndex } from './people-index.js';
import { isCouncilLabel, isQuestion, soundsLikeCouncil, speakerCue, type Cue } from './speech-cues.js';

export interface Attribution {
  speaker: ActorRef;
  basis: SpeakerBasis;
  kind: PassageKind;
}

const DECISION =
  /(?<![\p{L}\p{N}])(?:godkänns|godkändes|godkänner|läggs\s+till\s+handlingarna|beslutar|beslutade|beslöt|fastställs|fastställde|antas|antogs|lyfts\s+och\s+diskuteras\s+vid|tas\s+upp\s+vid|bordläggs|återremitteras)(?![\p{L}\p{N}])/iu;

interface Context {
  council: ActorRef;
  people: PeopleIndex;
}

/**
 * Gives every passage of one agenda item a speaker and a kind, reading the item in order:
 * 1. a speaker named in the passage ("Janne menar", "Projektgruppen menar", "Rådet anser") is taken;
 * 2. a council heading ("Rådets kommentarer", "Synpunkter från rådet:") opens a council section —
 *    over the bullets that follow it, or to the next heading — in which unattributed passages are
 *    the council's, unless they continue a named answer without the council's evaluative voice;
 * 3. an unattributed question is the council's; after a council passage, an unattributed one is the
 *    presenter's answer unless it still sounds like the council;
 * 4. otherwise the passage continues the previous named speaker, or is the presenter's (a sole
 *    presenter; several presenters as a group), or has no known speaker.
 */
export function attributeItem(item: AgendaItem, drafts: readonly PassageDraft[], ctx: Context): Attribution[] {
  const presenterRef = presenterOf(item, ctx.people);
  const out: Attribution[] = [];
  let scope: { bulletsOnly: boolean } | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    const prev = out.at(-1);
    const kindOfParagraph = draft.paragraph.kind;
    const firstOfParagraph = i === 0 || drafts[i - 1]!.paragraph !== draft.paragraph;
    if (scope?.bulletsOnly && kindOfParagraph !== 'bullet' && firstOfParagraph) scope = null;

    // A council label opens its section whether printed as a heading or as a bullet ("• Rådets kommentarer").
    if (kindOfParagraph === 'subheading' || (firstOfParagraph && isCouncilLabel(draft.text))) {
      const council = isCouncilLabel(draft.text) || speakerCue(draft.text, ctx.people)?.type === 'council';
      scope = council ? { bulletsOnly: drafts[i + 1]?.paragraph.kind === 'bullet' } : null;
      if (council)
        out.push({
          speaker: ctx.council,
          basis: 'council_form',
          kind: isCouncilLabel(draft.text) ? 'information' : isQuestion(draft.text) ? 'council_question' : 'council_comment',
        });
      else out.push({ speaker: presenterRef ?? { type: 'unknown' }, basis: presenterRef ? 'presenter' : 'none', kind: 'information' });
      continue;
    }

    const cue = speakerCue(draft.text, ctx.people);
    let attribution: Attribution;
    if (cue) {
      attribution = fromCue(cue, draft.text, ctx, prev, presenterRef, scope !== null);
    } else if (isQuestion(draft.text)) {
      attribution = { speaker: ctx.council, basis: 'context', kind: 'council_question' };
    } else if (scope) {
      const afterQuestion = prev?.kind === 'council_question';
      const continuesAnswer = prev && prev.speaker.type !== 'body' && prev.speaker.type !== 'unknown';
      if (afterQuestion && !soundsLikeCouncil(draft.text)) attribution = answerBy(presenterRef);
      else if (continuesAnswer && !soundsLikeCouncil(draft.text)) attribution = { speaker: prev.speaker, basis: 'context', kind: 'answer' };
      else attribution = { speaker: ctx.council, basis: 'context', kind: 'council_comment' };
    } else if (prev && isCouncil(prev.kind)) {
      attribution = soundsLikeCouncil(draft.text)
        ? { speaker: ctx.council, basis: 'context', kind: 'council_comment' }
        : answerBy(presenterRef);
    } else if (prev && continuesSpeaker(prev)) {
      const presenting = presenterRef !== null && sameActor(presenterRef, prev.speaker);
      attribution = {
        speaker: prev.speaker,
        basis: 'context',
        kind: presenting ? 'presentation' : prev.kind === 'answer' ? 'answer' : 'information',
      };
    } else {
      attribution = {
        speaker: presenterRef ?? { type: 'unknown' },
        basis: presenterRef ? 'presenter' : 'none',
        kind: presenterRef ? 'presentation' : 'information',
      };
    }
    if (!isCouncil(attribution.kind) && DECISION.test(draft.text)) attribution = { ...attribution, kind: 'decision' };
    out.push(attribution);
  }
  return out;
}

function fromCue(
  cue: Cue,
  text: string,
  ctx: Context,
  prev: Attribution | undefined,
  presenter: ActorRef | null,
  inCouncilScope: boolean,
): Attribution {
  if (cue.type === 'council')
    return { speaker: ctx.council, basis: 'council_form', kind: isQuestion(text) ? 'council_question' : 'council_comment' };
  const speaker: ActorRef =
    cue.type === 'group'
      ? { type: 'group', name: cue.name }
      : cue.keys.length === 1
        ? { type: 'person', key: cue.keys[0]!, name: cue.names[0]! }
        : { type: 'group', name: joinNames(cue.names) };
  const answering = inCouncilScope || (prev !== undefined && isCouncil(prev.kind));
  const presenting = presenter !== null && sameActor(presenter, speaker);
  return { speaker, basis: 'named', kind: answering ? 'answer' : presenting ? 'presentation' : 'information' };
}

function answerBy(presenter: ActorRef | null): Attribution {
  return presenter
    ? { speaker: presenter, basis: 'presenter', kind: 'answer' }
    : { speaker: { type: 'unknown' }, basis: 'none', kind: 'answer' };
}

function presenterOf(item: AgendaItem, people: PeopleIndex): ActorRef | null {
  const resolved = item.presenters.map((name) => people.resolve(name)).filter((e) => e !== undefined);
  if (resolved.length === 1) return { type: 'person', key: resolved[0]!.key, name: resolved[0]!.name };
  if (item.presenters.length > 1) return { type: 'group', name: joinNames(item.presenters) };
  return null;
}

/** A named (or carried-over) speaker other than the council goes on until someone else is named. */
const continuesSpeaker = (prev: Attribution): boolean =>
  (prev.basis === 'named' || prev.basis === 'context') && prev.speaker.type !== 'body' && prev.speaker.type !== 'unknown';

const isCouncil = (kind: PassageKind): boolean => kind === 'council_comment' || kind === 'council_question';

function sameActor(a: ActorRef, b: ActorRef): boolean {
  if (a.type === 'person' && b.type === 'person') return a.key === b.key;
  if (a.type === 'group' && b.type === 'group') return a.name === b.name;
  return false;
}

/** "A, B och C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
}
