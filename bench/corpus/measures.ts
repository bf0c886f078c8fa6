import type { ActorRef } from '../../shapes/annotated-meeting.schema.js';
import { personKey } from '../../shapes/keys.js';
import type { OwnerTruth, SpeakerTruth } from './truth.schema.js';

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

/** True positives, claimed, planted: summed over files before they become a PrecisionRecall. */
export type Counts = [truePositives: number, predicted: number, expected: number];

export const round = (x: number): number => Math.round(x * 1000) / 1000;

export function pr(truePositives: number, predicted: number, expected: number): PrecisionRecall {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = expected === 0 ? 1 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), truePositives, predicted, expected };
}

export const addCounts = (into: Counts, more: Counts): void => {
  into[0] += more[0];
  into[1] += more[1];
  into[2] += more[2];
};

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A found text and a planted one are the same statement when one holds the other's opening. */
export const sameText = (found: string, planted: string): boolean => {
  const f = norm(found);
  const p = norm(planted);
  return f.includes(p.slice(0, 60)) || p.includes(f.slice(0, 60));
};

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
