import type { GraphInput } from '../../client/src/graph/force-layout.js';

/**
 * A synthetic explorer graph of exactly `count` nodes, shaped like the overview of a large archive:
 * meetings with their agenda items and passages, people who attend and speak, topics passages are
 * about, a few organisations, concerns and follow-ups. Deterministic for a seed, so every frame-time
 * run lays out the same picture.
 */
const SHARES: ReadonlyArray<readonly [label: string, share: number]> = [
  ['Meeting', 0.05],
  ['AgendaItem', 0.15],
  ['Person', 0.15],
  ['Organisation', 0.03],
  ['Topic', 0.01],
  ['Concern', 0.06],
  ['FollowUp', 0.04],
  ['Passage', 0.51], // last: takes the rounding remainder, so the total is exact
];

export function syntheticGraph(count: number, seed = 1): GraphInput {
  if (!Number.isInteger(count) || count < 0) throw new Error(`node count must be a non-negative integer, got ${count}`);
  let s = seed >>> 0 || 1;
  const random = (): number => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const counts = new Map(SHARES.map(([label, share]) => [label, Math.floor(count * share)]));
  const assigned = [...counts.values()].reduce((a, b) => a + b, 0);
  counts.set('Passage', counts.get('Passage')! + count - assigned);

  const nodes: GraphInput['nodes'][number][] = [];
  const ids = new Map<string, string[]>();
  for (const [label] of SHARES) {
    const list: string[] = [];
    for (let i = 0; i < counts.get(label)!; i++) {
      const id = `${label}:${label.toLowerCase()}-${i}`;
      list.push(id);
      nodes.push({ id, label, caption: `${label} ${i + 1}` });
    }
    ids.set(label, list);
  }

  const edges = new Map<string, GraphInput['edges'][number]>();
  const pick = (label: string): string | undefined => {
    const list = ids.get(label)!;
    return list.length === 0 ? undefined : list[Math.floor(random() * list.length)];
  };
  const link = (source: string | undefined, type: string, target: string | undefined) => {
    if (!source || !target || source === target) return;
    const id = `${source}|${type}|${target}`;
    if (!edges.has(id)) edges.set(id, { id, type, source, target });
  };
  const meetings = ids.get('Meeting')!;
  meetings.forEach((m, i) => link(m, 'FOLLOWS', meetings[i - 1]));
  ids.get('AgendaItem')!.forEach((item, i) => link(meetings[i % Math.max(1, meetings.length)], 'HAS_ITEM', item));
  for (const passage of ids.get('Passage')!) {
    link(pick('AgendaItem'), 'HAS_PASSAGE', passage);
    link(passage, 'ABOUT', pick('Topic'));
    if (random() < 0.5) link(passage, 'SPOKEN_BY', pick('Person'));
  }
  for (const person of ids.get('Person')!) {
    link(person, 'ATTENDED', pick('Meeting'));
    link(person, 'ATTENDED', pick('Meeting'));
    link(person, 'REPRESENTS', pick('Organisation'));
  }
  for (const concern of ids.get('Concern')!) {
    link(concern, 'RAISED_IN', pick('AgendaItem'));
    link(concern, 'ABOUT', pick('Topic'));
  }
  for (const followUp of ids.get('FollowUp')!) {
    link(followUp, 'PROMISED_IN', pick('AgendaItem'));
    link(followUp, 'OWNED_BY', pick('Person'));
  }
  return { nodes, edges: [...edges.values()] };
}
