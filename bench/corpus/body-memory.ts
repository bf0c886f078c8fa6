import type { ConcernTruth, FollowUpTruth } from './truth.schema.js';
import { TOPIC_TEXTS } from './topic-texts.js';
import type { Random } from './random.js';

/** A follow-up waiting for the meeting that takes it up. */
export interface PendingFollowUp {
  followUp: FollowUpTruth;
  topic: string;
  /** The meeting (index in the body's series) the matter is addressed in. */
  target: number;
  promisedOn: string;
  ownerName: string | null;
}

/**
 * What a body remembers from meeting to meeting: the last time each standing concern was raised
 * (so a new raising can record which one it echoes), the matters promised and when they are taken
 * up, and which matters are in use (a matter is not promised again while an earlier promise on it
 * could still be found addressed, so "not addressed" stays true).
 */
export class BodyMemory {
  private readonly lastConcern = new Map<string, string>();
  private readonly busyUntil = new Map<string, number>();
  private readonly pending = new Map<number, PendingFollowUp[]>();

  /** A standing concern of `topic`: one raised before when there is one, most of the time. */
  chooseTheme(topic: string, random: Random): { theme: string; np: string } {
    const phrases = TOPIC_TEXTS[topic]!.concerns;
    const raised = phrases.map((_, i) => `${topic}/${i}`).filter((t) => this.lastConcern.has(t));
    const theme = raised.length > 0 && random.chance(0.65) ? random.pick(raised) : `${topic}/${random.int(0, phrases.length - 1)}`;
    return { theme, np: phrases[Number(theme.split('/')[1])]! };
  }

  /** Any concern raised before in the body, for "Övriga frågor". */
  anyRaisedTheme(random: Random): { theme: string; np: string; topic: string } | null {
    const themes = [...this.lastConcern.keys()];
    if (themes.length === 0) return null;
    const theme = random.pick(themes);
    const [topic, i] = theme.split('/') as [string, string];
    return { theme, np: TOPIC_TEXTS[topic]!.concerns[Number(i)]!, topic };
  }

  recordConcern(concern: Omit<ConcernTruth, 'echoes'>): ConcernTruth {
    const echoes = this.lastConcern.get(concern.theme) ?? null;
    this.lastConcern.set(concern.theme, concern.id);
    return { ...concern, echoes };
  }

  /** A matter of `topic` free to be promised at meeting `index`, or null. */
  freeMatter(topic: string, index: number, random: Random): string | null {
    const free = TOPIC_TEXTS[topic]!.matters.filter((m) => (this.busyUntil.get(m) ?? -1) < index);
    return free.length > 0 ? random.pick(free) : null;
  }

  promise(pending: PendingFollowUp | null, matter: string, index: number): void {
    // Unaddressed: keep the matter out of the next dozen meetings (beyond the resolver's horizon).
    this.busyUntil.set(matter, pending ? pending.target + 4 : index + 12);
    if (pending) (this.pending.get(pending.target) ?? this.pending.set(pending.target, []).get(pending.target)!).push(pending);
  }

  dueAt(index: number): PendingFollowUp[] {
    return this.pending.get(index) ?? [];
  }
}
