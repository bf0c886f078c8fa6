import { z } from 'zod';
import { IsoDate } from './common.js';

/**
 * A council (the graph's Body): the forum whose meetings the minutes record, kept apart from a
 * council of the same name elsewhere by its municipality or region.
 */
export const Council = z.object({
  key: z.string(),
  /** As the minutes name it: "Kommunala pensionärsrådet". */
  name: z.string(),
  /** "Norrtälje kommun", "Region Västerbotten"; null when the minutes do not say. */
  municipality: z.string().nullable(),
  /** What the app shows: "Kommunala pensionärsrådet, Norrtälje kommun". */
  displayName: z.string(),
  meetings: z.number().int(),
  /** Meetings whose date could not be found ("odaterat"); counted in `meetings`. */
  undated: z.number().int(),
  /** First and last date among the dated meetings; null when none is dated. */
  firstDate: IsoDate.nullable(),
  lastDate: IsoDate.nullable(),
});
export type Council = z.infer<typeof Council>;

/** `GET /api/councils`: every council, most meetings first. */
export const CouncilsResponse = z.array(Council);
export type CouncilsResponse = z.infer<typeof CouncilsResponse>;
