/**
 * How far to trust a passage's speaker, from the basis ingest recorded (shapes/api/meetings.ts,
 * `SpeakerBasis`): `named` and `council_form` are read from the passage's own words; `context` and
 * `presenter` are the pipeline's inferences; `none` means no speaker. Pure, so it is unit-tested.
 */
import { SPEAKER_BASES } from '../../../shapes/api/enums.js';
import type { SpeakerBasis } from '../../../shapes/api/index.js';

export type KnownBasis = SpeakerBasis;

const STATED: ReadonlySet<SpeakerBasis> = new Set(['named', 'council_form']);

export const isKnownBasis = (basis: string | null | undefined): basis is KnownBasis =>
  typeof basis === 'string' && (SPEAKER_BASES as readonly string[]).includes(basis);

/** `stated`: read from the text; `inferred`: the pipeline's guess; `unknown`: no speaker; null: no basis sent. */
export function basisClass(basis: string | null | undefined): 'stated' | 'inferred' | 'unknown' | null {
  if (!isKnownBasis(basis)) return null;
  if (basis === 'none') return 'unknown';
  return STATED.has(basis) ? 'stated' : 'inferred';
}
