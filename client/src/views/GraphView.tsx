import { useEffect, useMemo, useRef, useState } from 'react';
import type { GraphResponse, NodeLabel } from '../../../shapes/api/index.js';
import { api } from '../api/endpoints.js';
import { ApiError, getJson } from '../api/http.js';
import { ErrorState, Loading } from '../components/Async.js';
import { CouncilFilter } from '../components/CouncilFilter.js';
import { nodeColor } from '../charts/palette.js';
import { shapeName } from '../graph/draw.js';
import { GraphCanvas, type GraphCanvasHandle } from '../graph/GraphCanvas.js';
import { mergeGraphs, neighboursOf } from '../graph/merge-graphs.js';
import { pageOfNode } from '../graph/node-links.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';
import { Link, useUrlState } from '../router/router.js';
import { COUNCIL_STATE, isoDate, list, oneOf, optional } from '../router/url-state.js';

const TYPES: NodeLabel[] = ['Meeting', 'Person', 'Organisation', 'Topic', 'AgendaItem', 'Body', 'Concern', 'FollowUp'];
const DEFAULT_TYPES: NodeLabel[] = ['Meeting', 'Person', 'Organisation', 'Topic', 'AgendaItem'];

/** `/graf?fokus=Topic:vardplatser&typer=Meeting,Topic&fran=…&till=…&nod=Person:…&oppna=Meeting:…,Topic:…` */
export const GRAPH_STATE = {
  fokus: optional(),
  typer: list(DEFAULT_TYPES),
  fran: isoDate(),
  till: isoDate(),
  ...COUNCIL_STATE,
  nod: optional(),
  oppna: list(),
  max: oneOf(['200', '800', '2000'] as const, '800'),
};

type Loaded = { status: 'loading' | 'ok'; graphs: GraphResponse[] } | { status: 'error'; error: ApiError; graphs: GraphResponse[] };
const responses = new Map<string, GraphResponse>();

/** Fetches the base graph and every expanded neighbourhood; keeps what is already loaded while more comes. */
function useGraphs(urls: readonly string[], attempt: number): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading', graphs: [] });
  const key = urls.join('\n');
  useEffect(() => {
    const controller = new AbortController();
    const known = urls.filter((u) => responses.has(u)).map((u) => responses.get(u)!);
    setLoaded({ status: known.length === urls.length ? 'ok' : 'loading', graphs: known });
    if (known.length === urls.length) return;
    Promise.all(
      urls.map((u) =>
        responses.has(u) ? responses.get(u)! : getJson<GraphResponse>(u, controller.signal).then((g) => (responses.set(u, g), g)),
      ),
    ).then(
      (graphs) => setLoaded({ status: 'ok', graphs }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({
          status: 'error',
          error: error instanceof ApiError ? error : new ApiError('client_error', String(error), 0),
          graphs: known,
        });
      },
    );
    return () => controller.abort();
    // `key` stands for `urls` (a new array each render)
  }, [key, attempt]);
  return loaded;
}

export function GraphView() {
  const { t, number } = useI18n();
  const [state, setState] = useUrlState(GRAPH_STATE);
  const [attempt, setAttempt] = useState(0);
  const [filter, setFilter] = useState('');
  const canvas = useRef<GraphCanvasHandle | null>(null);
  const types = state.typer.filter((x): x is NodeLabel => (TYPES as string[]).includes(x));
  const urls = useMemo(() => {
    const common = { types, from: state.fran, to: state.till, body: state.organ };
    // A neighbourhood is capped at 500 by the API, the overview at 2,000.
    const limit = state.fokus ? Math.min(500, Number(state.max)) : Number(state.max);
    return [
      api.graph({ ...common, focus: state.fokus, limit }),
      ...state.oppna.map((id) => api.graph({ ...common, focus: id, limit: 150 })),
    ];
  }, [types.join(','), state.fran, state.till, state.organ, state.fokus, state.oppna.join(','), state.max]);
  const loaded = useGraphs(urls, attempt);
  const graph = useMemo(() => mergeGraphs(loaded.graphs, new Set(types)), [loaded.graphs, types.join(',')]);
  const layoutInput = useMemo(() => ({ nodes: graph.nodes, edges: graph.edges }), [graph]);
  const selected = state.nod ? graph.nodes.find((n) => n.id === state.nod) : undefined;
  const neighbours = useMemo(() => (selected ? neighboursOf(graph, selected.id) : []), [graph, selected]);

  /** Clicking a node selects it and expands its neighbourhood (once). */
  const activate = (id: string) => {
    setState({ nod: id, oppna: state.oppna.includes(id) || id === state.fokus ? state.oppna : [...state.oppna, id] }, { replace: true });
  };
  const toggleType = (label: NodeLabel) => {
    const next = types.includes(label) ? types.filter((x) => x !== label) : [...types, label];
    if (next.length > 0) setState({ typer: next }, { replace: true });
  };
  const matches = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase('sv-SE');
    const pool = needle
      ? graph.nodes.filter((n) => n.caption.toLocaleLowerCase('sv-SE').includes(needle))
      : graph.nodes.filter((n) => n.label === 'Meeting' || n.label === 'Topic');
    return pool.slice(0, 40);
  }, [graph.nodes, filter]);

  return (
    <section className="view graph-view">
      <h1>{t('graph.title')}</h1>
      <p className="lead">{t('graph.intro')}</p>
      <div className="toolbar">
        <fieldset className="type-filter">
          <legend>{t('graph.types')}</legend>
          {TYPES.map((label) => (
            <label key={label}>
              <input type="checkbox" checked={types.includes(label)} onChange={() => toggleType(label)} />
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                <Symbol shape={shapeName(label)} color={nodeColor(label)} />
              </svg>
              {t(`label.${label}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('common.from')}{' '}
          <input type="date" value={state.fran ?? ''} onChange={(e) => setState({ fran: e.target.value || null }, { replace: true })} />
        </label>
        <label>
          {t('common.to')}{' '}
          <input type="date" value={state.till ?? ''} onChange={(e) => setState({ till: e.target.value || null }, { replace: true })} />
        </label>
        <CouncilFilter value={state.organ} onChange={(organ) => setState({ organ, nod: null, oppna: [] }, { replace: true })} />
        <label>
          {t('graph.limit')}{' '}
          <select value={state.max} onChange={(e) => setState({ max: e.target.value as typeof state.max }, { replace: true })}>
            <option value="200">200</option>
            <option value="800">800</option>
            <option value="2000">2 000</option>
          </select>
        </label>
        <button type="button" onClick={() => canvas.current?.fit()}>
          {t('graph.fit')}
        </button>
        <button
          type="button"
          onClick={() => setState({ fokus: null, nod: null, oppna: [], fran: null, till: null, typer: DEFAULT_TYPES, max: '800' })}
        >
          {t('graph.reset')}
        </button>
      </div>
      <p className="graph-stats" role="status">
        {t('graph.stats', { nodes: number(graph.nodes.length), edges: number(graph.edges.length) })}
        {graph.truncated && ` · ${t('graph.truncated')}`}
        {loaded.status === 'loading' && ` · ${t('state.loading')}`}
      </p>
      <div className="graph-layout">
        <div className="graph-stage">
          {loaded.status === 'error' && <ErrorState error={loaded.error} onRetry={() => setAttempt((n) => n + 1)} />}
          {loaded.status === 'loading' && graph.nodes.length === 0 && <Loading />}
          <GraphCanvas
            ref={canvas}
            graph={layoutInput}
            selected={state.nod}
            onActivate={activate}
            label={t('graph.canvasLabel', { nodes: graph.nodes.length, edges: graph.edges.length })}
          />
        </div>
        <aside className="graph-panel" aria-label={t('graph.facts')}>
          {selected ? (
            <div data-testid="graph-panel">
              <p className="node-label">
                <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                  <Symbol shape={shapeName(selected.label)} color={nodeColor(selected.label)} />
                </svg>{' '}
                {t(`label.${selected.label}` as MessageKey)}
              </p>
              <h2>{selected.caption}</h2>
              <div className="panel-actions">
                {pageOfNode(selected.label, selected.key) && (
                  <Link to={pageOfNode(selected.label, selected.key)!}>{t('graph.open')} →</Link>
                )}
                <button type="button" onClick={() => setState({ nod: null }, { replace: true })}>
                  {t('common.close')}
                </button>
              </div>
              <Facts properties={selected.properties} />
              <h3>{t('graph.neighbours', { count: neighbours.length })}</h3>
              <ul className="neighbour-list">
                {neighbours.slice(0, 60).map(({ node, type }) => (
                  <li key={`${type}-${node.id}`}>
                    <button type="button" className="link-button" onClick={() => activate(node.id)}>
                      <svg width="12" height="12" viewBox="-7 -7 14 14" aria-hidden="true">
                        <Symbol shape={shapeName(node.label)} color={nodeColor(node.label)} />
                      </svg>{' '}
                      {node.caption}
                    </button>{' '}
                    <small className="muted">{type}</small>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="hint">{t('graph.select')}</p>
          )}
          <h3>{t('graph.nodeList')}</h3>
          <label className="visually-hidden" htmlFor="graph-find">
            {t('graph.search')}
          </label>
          <input id="graph-find" type="search" placeholder={t('graph.search')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <ul className="node-list">
            {matches.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" aria-pressed={n.id === state.nod} onClick={() => activate(n.id)}>
                  <svg width="12" height="12" viewBox="-7 -7 14 14" aria-hidden="true">
                    <Symbol shape={shapeName(n.label)} color={nodeColor(n.label)} />
                  </svg>{' '}
                  {n.caption}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}

function Symbol({ shape, color }: { shape: 'square' | 'diamond' | 'triangle' | 'circle'; color: string }) {
  switch (shape) {
    case 'square':
      return <rect x={-5} y={-5} width={10} height={10} fill={color} />;
    case 'diamond':
      return <path d="M0,-6L6,0L0,6L-6,0Z" fill={color} />;
    case 'triangle':
      return <path d="M0,-6L5.2,3L-5.2,3Z" fill={color} />;
    default:
      return <circle r={5} fill={color} />;
  }
}

/** The node's plain properties (strings, numbers, booleans, short lists) as a definition list. */
function Facts({ properties }: { properties: Record<string, unknown> }) {
  const rows = Object.entries(properties).filter(
    ([, v]) =>
      ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.length <= 10 && v.every((x) => typeof x !== 'object')),
  );
  if (rows.length === 0) return null;
  return (
    <dl className="facts">
      {rows.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>
            {Array.isArray(value) ? value.join(', ') : String(value).length > 200 ? `${String(value).slice(0, 200)}…` : String(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
