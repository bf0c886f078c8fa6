import path from 'node:path';
import { findEchoes, resolveFollowUps, type Echo, type FollowUpResolution } from '../../graph/analysis/cross-meeting.js';
import type { ActorRef, AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { personKey } from '../../shapes/keys.js';
import type { CorpusTruth, FileTruth, OwnerTruth, SpeakerTruth } from './truth.schema.js';

/** Precision and recall of one kind of fact; 1 when there was nothing to find (or nothing claimed). */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
  /** Found and right. */
  truePositives: number;
  /** What the pipeline claimed (the precision's denominator). */
  predicted: number;
  /** What was planted (the recall's denominator). */
  expected: number;
}

export interface RecoveryScores {
  meetings: { expected: number; matched: number };
  /** Topic slugs per agenda item against the planted ones. */
  topics: PrecisionRecall;
  /** Planted statements whose passage has the planted speaker. */
  speakers: PrecisionRecall;
  concerns: PrecisionRecall;
  /** Concerns linked to an earlier concern of the same standing theme. */
  echoes: PrecisionRecall;
  followUps: PrecisionRecall;
  /** Of the follow-ups found: "addressed" against the planted resolution, and whether the right later meeting was named. */
  resolution: PrecisionRecall & { accuracy: number; locatedInPlantedMeeting: number };
  /** Follow-up owners right, of the follow-ups found. */
  owners: { correct: number; of: number };
}

export interface RecoveryOptions {
  /** Item topics below this score do not count as tags (default 0.3). */
  topicMinScore?: number;
  /** Cross-meeting results, when the caller has them (else computed here from the meetings). */
  resolutions?: readonly FollowUpResolution[];
  echoes?: readonly Echo[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** A found text and a planted one are the same statement when one holds the other's opening. */
export const sameText = (found: string, planted: string): boolean => {
  const f = norm(found);
  const p = norm(planted);
  return f.includes(p.slice(0, 60)) || p.includes(f.slice(0, 60));
};

function pr(truePositives: number, predicted: number, expected: number): PrecisionRecall {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), truePositives, predicted, expected };
}
const round = (x: number): number => Math.round(x * 1000) / 1000;

export function sameSpeaker(found: ActorRef, planted: SpeakerTruth | OwnerTruth): boolean {
  switch (planted.type) {
    case 'person':
      return found.type === 'person' && found.key === personKey(planted.name);
    case 'people':
      return found.type === 'group' && planted.names.every((n) => found.name.includes(n));
    case 'council':
      return found.type === 'body';
    case 'group':
      return found.type === 'group' && found.name === planted.name;
    case 'administration':
      return found.type === 'organisation';
  }
}

/**
 * Compares what ingest produced with the planted truth. Meetings are matched to truth files by
 * file name (else by date and body), agenda items by position and number, statements, concerns
 * and follow-ups by their text within the item.
 */
export function scoreRecovery(truth: CorpusTruth, meetings: readonly AnnotatedMeeting[], options: RecoveryOptions = {}): RecoveryScores {
  const minScore = options.topicMinScore ?? 0.3;
  const byFile = new Map(truth.files.map((f) => [f.file, f]));
  const pairs: Array<[FileTruth, AnnotatedMeeting]> = [];
  for (const m of meetings) {
    const t = byFile.get(path.basename(m.minutes.source.path)) ?? truth.files.find((f) => f.date === m.minutes.date && f.body === m.minutes.body);
    if (t) pairs.push([t, m]);
  }
  const counts = { topic: [0, 0, 0], speaker: [0, 0, 0], concern: [0, 0, 0], echo: [0, 0, 0], followUp: [0, 0, 0], resolution: [0, 0, 0] };
  const add = (k: keyof typeof counts, tp: number, predicted: number, expected: number): void => {
    counts[k][0]! += tp;
    counts[k][1]! += predicted;
    counts[k][2]! += expected;
  };
  // Found concern (meeting id, ordinal) → planted concern; found follow-up → planted follow-up.
  const concernOf = new Map<string, FileTruth['concerns'][number]>();
  const followUpOf = new Map<string, FileTruth['followUps'][number]>();
  const owners = { correct: 0, of: 0 };

  for (const [t, m] of pairs) {
    const itemOrdinal = (number: string): number => m.minutes.agendaItems.find((i) => i.number === number)?.ordinal ?? -1;
    t.items.forEach((item) => {
      const ordinal = itemOrdinal(item.number);
      const found = (m.itemTopics.find((x) => x.itemOrdinal === ordinal)?.topics ?? []).filter((x) => x.score >= minScore).map((x) => x.slug);
      add('topic', found.filter((s) => item.topics.includes(s)).length, found.length, item.topics.length);
      for (const statement of item.statements) {
        const passage = m.passages.find((p) => p.itemOrdinal === ordinal && sameText(p.text, statement.text));
        const claimed = passage !== undefined && passage.speaker.type !== 'unknown';
        add('speaker', claimed && sameSpeaker(passage.speaker, statement.speaker) ? 1 : 0, claimed ? 1 : 0, 1);
      }
    });
    for (const c of m.concerns) {
      const planted = t.concerns.find((p) => itemOrdinal(p.itemNumber) === c.itemOrdinal && sameText(c.text, p.text));
      if (planted) {
        concernOf.set(`${m.id}#${c.ordinal}`, planted);
      }
    }
    add('concern', [...concernOf.entries()].filter(([k]) => k.startsWith(`${m.id}#`)).length, m.concerns.length, t.concerns.length);
    let matchedFollowUps = 0;
    for (const f of m.followUps) {
      const planted = t.followUps.find((p) => itemOrdinal(p.itemNumber) === f.itemOrdinal && sameText(f.text, p.text));
      if (!planted) continue;
      matchedFollowUps++;
      followUpOf.set(`${m.id}#${f.ordinal}`, planted);
      owners.of++;
      if (sameSpeaker(f.owner, planted.owner)) owners.correct++;
    }
    add('followUp', matchedFollowUps, m.followUps.length, t.followUps.length);
  }

  const echoes = options.echoes ?? findEchoes(meetings);
  let echoHits = 0;
  for (const e of echoes) {
    const from = concernOf.get(`${e.from.meetingId}#${e.from.ordinal}`);
    const to = concernOf.get(`${e.to.meetingId}#${e.to.ordinal}`);
    if (from && to && from.theme === to.theme) echoHits++;
  }
  const matchedFiles = new Set(pairs.map(([t]) => t.file));
  const plantedEchoes = truth.files.filter((f) => matchedFiles.has(f.file)).flatMap((f) => f.concerns).filter((c) => c.echoes !== null).length;
  add('echo', echoHits, echoes.length, plantedEchoes);

  const resolutions = options.resolutions ?? resolveFollowUps(meetings);
  const fileOfMeeting = new Map(pairs.map(([t, m]) => [m.id, t.file]));
  let correct = 0;
  let located = 0;
  let judged = 0;
  for (const r of resolutions) {
    const planted = followUpOf.get(`${r.meetingId}#${r.ordinal}`);
    if (!planted) continue;
    judged++;
    const saysAddressed = r.status === 'addressed';
    const wasAddressed = planted.addressedIn !== null && matchedFiles.has(planted.addressedIn.file);
    if (saysAddressed === wasAddressed) correct++;
    if (saysAddressed && wasAddressed && r.evidence && fileOfMeeting.get(r.evidence.meetingId) === planted.addressedIn!.file) located++;
    add('resolution', saysAddressed && wasAddressed ? 1 : 0, saysAddressed ? 1 : 0, wasAddressed ? 1 : 0);
  }
  const [rtp, rpred, rexp] = counts.resolution;
  return {
    meetings: { expected: truth.files.length, matched: pairs.length },
    topics: pr(...(counts.topic as [number, number, number])),
    speakers: pr(...(counts.speaker as [number, number, number])),
    concerns: pr(...(counts.concern as [number, number, number])),
    echoes: pr(...(counts.echo as [number, number, number])),
    followUps: pr(...(counts.followUp as [number, number, number])),
    resolution: { ...pr(rtp!, rpred!, rexp!), accuracy: judged === 0 ? 1 : round(correct / judged), locatedInPlantedMeeting: rtp === 0 ? 1 : round(located / rtp!) },
    owners,
  };
}
