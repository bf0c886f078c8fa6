/**
 * Okabe–Ito: eight colours that stay distinct for the common forms of colour blindness. Series get
 * colours in a stable order (by their position in the user's choice), and node types have fixed ones.
 */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Yellow (#F0E442) is hard to read as a thin line on white, so series use it last. */
const SERIES_ORDER = [0, 1, 2, 3, 5, 4, 7, 6] as const;

export function seriesColor(index: number): string {
  return OKABE_ITO[SERIES_ORDER[index % SERIES_ORDER.length]!]!;
}

/** Node colours by label; shapes differ too (see graph/draw.ts), so colour is never the only cue. */
export const NODE_COLORS: Record<string, string> = {
  Meeting: '#0072B2',
  Person: '#E69F00',
  Organisation: '#009E73',
  Topic: '#CC79A7',
  AgendaItem: '#56B4E9',
  Body: '#000000',
  Concern: '#D55E00',
  FollowUp: '#D55E00',
  Passage: '#999999',
};

export const nodeColor = (label: string): string => NODE_COLORS[label] ?? '#777777';
