import path from 'node:path';
import { findEchoes, resolveFollowUps, type Echo, type FollowUpResolution } from '../../graph/analysis/cross-meeting.js';
import type { AnnotatedMeeting } from '../../shapes/annotated-meeting.schema.js';
import { matchItems, speakerCounts, topicCounts } from './item-match.js';
import { scoreLayouts, type LayoutRecovery } from './layout-recovery.js';
import { pr, round, sameSpeaker, sameText, type PrecisionRecall } from './measures.js';
import type { CorpusTruth, FileTruth } from './truth.schema.js';

export { sameSpeaker, sameText, type PrecisionRecall };

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
  /** Date, body, item count, attendees, speakers and topics per layout, and for all files ("all", last). */
  layouts: LayoutRecovery[];
}

export interface RecoveryOptions {
  /** Item topics below this score do not count as tags (default 0.3). */
  topicMinScore?: number;
  /** Cross-meeting results, when the caller has them (else computed here from the meetings). */
  resolutions?: readonly FollowUpResolution[];
  echoes?: readonly Echo[];
}

/**
 * Compares what ingest produced with the planted truth. Meetings are matched to truth files by
 * file name (else by date and body), agenda items by title and number (item-match.ts), statements,
 * concerns and follow-ups by their text within the item.
 */
export function scoreRecovery(truth: CorpusTruth, meetings: readonly AnnotatedMeeting[], options: RecoveryOptions = {}): RecoveryScores {
  const minScore = options.topicMinScore ?? 0.3;
  const byFile = new Map(truth.files.map((f) => [f.file, f]));
  const pairs: Array<[FileTruth, AnnotatedMeeting]> = [];
  for (const m of meetings) {
    const t =
      byFile.get(path.basename(m.minutes.source.path)) ?? truth.files.find((f) => f.date === m.minutes.date && f.body === m.minutes.body);
    if (t) pairs.push([t, m]);
  }
  const meetingOfFile = new Map(pairs.map(([t, m]) => [t.file, m]));
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
    const items = matchItems(t.items, m.minutes.agendaItems);
    const itemOrdinal = (plantedOrdinal: number): number => items.get(plantedOrdinal) ?? -1;
    add('topic', ...topicCounts(t, m, items, minScore));
    add('speaker', ...speakerCounts(t, m, items));
    for (const c of m.concerns) {
      const planted = t.concerns.find((p) => itemOrdinal(p.itemOrdinal) === c.itemOrdinal && sameText(c.text, p.text));
      if (planted) {
        concernOf.set(`${m.id}#${c.ordinal}`, planted);
      }
    }
    add('concern', [...concernOf.entries()].filter(([k]) => k.startsWith(`${m.id}#`)).length, m.concerns.length, t.concerns.length);
    let matchedFollowUps = 0;
    for (const f of m.followUps) {
      const planted = t.followUps.find((p) => itemOrdinal(p.itemOrdinal) === f.itemOrdinal && sameText(f.text, p.text));
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
  const plantedEchoes = truth.files
    .filter((f) => matchedFiles.has(f.file))
    .flatMap((f) => f.concerns)
    .filter((c) => c.echoes !== null).length;
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
    resolution: {
      ...pr(rtp!, rpred!, rexp!),
      accuracy: judged === 0 ? 1 : round(correct / judged),
      locatedInPlantedMeeting: rtp === 0 ? 1 : round(located / rtp!),
    },
    owners,
    layouts: scoreLayouts(truth.files, (t) => meetingOfFile.get(t.file), minScore),
  };
}
