import { useCallback, useMemo } from 'react';
import type { TrendSeries } from '../../../shapes/api/index.js';
import { api, downloads, type TrendsRequest } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { CouncilFilter, councilName, useCouncils } from '../components/CouncilFilter.js';
import { PassageHits } from '../components/PassageHits.js';
import { Segmented } from '../components/Segmented.js';
import { seriesColor } from '../charts/palette.js';
import { seriesKey } from '../charts/trend-marks.js';
import { TrendChart } from '../charts/TrendChart.js';
import { useI18n } from '../i18n/i18n.js';
import { formatPeriod } from '../i18n/translate.js';
import { useUrlState } from '../router/router.js';
import { COUNCIL_STATE, flag, isoDate, list, oneOf, optional } from '../router/url-state.js';
import { CandidateTopics } from '../components/CandidateTopics.js';
import { GRANULARITIES, TREND_MEASURES } from '../../../shapes/api/enums.js';

/**
 * The trend view's URL state: `/trender?amnen=nara-vard,vardplatser&matt=share&per=quarter&visa=stream&fran=…&till=…&organ=…&jamfor=1&punkt=key@period`
 * (`key`: the series' seriesKey; `jamfor=1` draws one series per topic and council).
 */
export const TRENDS_STATE = {
  amnen: list(),
  visa: oneOf(['lines', 'stream'] as const, 'lines'),
  matt: oneOf(TREND_MEASURES, 'count'),
  per: oneOf(GRANULARITIES, 'meeting'),
  fran: isoDate(),
  till: isoDate(),
  ...COUNCIL_STATE,
  jamfor: flag(),
  punkt: optional(),
};

export function TrendsView() {
  const { t, label, lang, date } = useI18n();
  const [state, setState] = useUrlState(TRENDS_STATE);
  const topics = useApi(api.topics());
  const councils = useCouncils();
  const request: TrendsRequest = {
    topics: state.amnen,
    granularity: state.per,
    measure: state.matt,
    body: state.organ,
    compare: state.jamfor ? 'body' : null,
  };
  const trends = useApi(api.trends(request));
  // Without a choice in the URL the API picks the five most discussed; show those as chosen.
  const chosen = useMemo(
    () => (state.amnen.length ? state.amnen : [...new Set(trends.data?.series.map((s) => s.slug) ?? [])]),
    [state.amnen, trends.data],
  );
  const selected = useMemo(() => {
    if (!state.punkt) return null;
    const at = state.punkt.lastIndexOf('@');
    if (at <= 0) return null;
    const key = state.punkt.slice(0, at);
    const [slug = key, body = null] = key.split('~');
    return { key, slug, body, period: state.punkt.slice(at + 1) };
  }, [state.punkt]);
  const passages = useApi(
    selected
      ? api.trendPassages({ topic: selected.slug, period: selected.period, granularity: state.per, body: selected.body ?? state.organ })
      : null,
  );
  // Compared councils are named as the app names them; one topic needs no topic in the name.
  const seriesLabel = useCallback(
    (s: TrendSeries) => {
      const topic = label(s, s.slug);
      if (!s.body) return topic;
      const council = councilName(councils, s.body.key);
      return chosen.length === 1 ? council : t('trends.seriesLabel', { topic, council });
    },
    [councils, chosen.length, label, t],
  );

  const toggleTopic = (slug: string) => {
    const next = chosen.includes(slug) ? chosen.filter((s) => s !== slug) : [...chosen, slug];
    setState({ amnen: next, punkt: null }, { replace: true });
  };
  const onBrush = useCallback(
    (range: { from: string; to: string } | null) => setState({ fran: range?.from ?? null, till: range?.to ?? null }, { replace: true }),
    [setState],
  );
  const onSelectPoint = useCallback((key: string, period: string) => setState({ punkt: `${key}@${period}` }), [setState]);

  // The brush narrows what the chart's table and the chosen period show; the API call stays whole so
  // the brush can be widened again without a round trip.
  const series = trends.data?.series ?? [];
  const inRange = (start: string) => (!state.fran || start >= state.fran) && (!state.till || start <= state.till);
  const selectedSeries = selected ? series.find((s) => seriesKey(s) === selected.key) : undefined;
  const selectedPoint = selectedSeries?.points.find((p) => p.period === selected?.period);
  const brushedTotals = series.map((s) => ({
    s,
    passages: s.points.filter((p) => inRange(p.start)).reduce((sum, p) => sum + p.passages, 0),
  }));

  return (
    <section className="view trends">
      <h1>{t('trends.title')}</h1>
      <p className="lead">{t('trends.intro')}</p>
      <div className="toolbar" role="group" aria-label={t('trends.chart')}>
        <Segmented
          name="visa"
          label={t('trends.chart')}
          value={state.visa}
          options={[
            ['lines', t('trends.chart.lines')],
            ['stream', t('trends.chart.stream')],
          ]}
          onChange={(v) => setState({ visa: v }, { replace: true })}
        />
        <Segmented
          name="matt"
          label={t('trends.measure')}
          value={state.matt}
          options={[
            ['count', t('trends.measure.count')],
            ['share', t('trends.measure.share')],
          ]}
          onChange={(v) => setState({ matt: v }, { replace: true })}
        />
        <Segmented
          name="per"
          label={t('trends.granularity')}
          value={state.per}
          options={[
            ['meeting', t('trends.granularity.meeting')],
            ['quarter', t('trends.granularity.quarter')],
            ['year', t('trends.granularity.year')],
          ]}
          onChange={(v) => setState({ per: v, punkt: null, fran: null, till: null }, { replace: true })}
        />
        <label className="compare-toggle">
          <input
            type="checkbox"
            data-testid="compare-councils"
            checked={state.jamfor}
            onChange={(e) => setState({ jamfor: e.target.checked, punkt: null }, { replace: true })}
          />
          {t('trends.compare')}
        </label>
        <CouncilFilter value={state.organ} onChange={(organ) => setState({ organ, punkt: null }, { replace: true })} />
        <a className="button-link" href={downloads.trendsCsv({ ...request, topics: chosen })} download>
          {t('common.export')} CSV
        </a>
      </div>

      <div className="trends-layout">
        <fieldset className="topic-picker">
          <legend>{t('trends.topics')}</legend>
          <Async state={topics}>
            {(all) => (
              <ul>
                {all.map((topic) => {
                  const index = chosen.indexOf(topic.slug);
                  return (
                    <li key={topic.slug}>
                      <label>
                        <input type="checkbox" checked={index >= 0} onChange={() => toggleTopic(topic.slug)} />
                        {/* Compared, a topic has a colour per council: the legend shows them, not the picker. */}
                        <span
                          className="swatch"
                          style={{ background: index >= 0 && !state.jamfor ? seriesColor(index) : 'transparent' }}
                          aria-hidden="true"
                        />
                        {label(topic, topic.slug)} <small>({topic.passages})</small>
                      </label>
                    </li>
                  );
                })}
              </ul>
            )}
          </Async>
        </fieldset>

        <div className="trends-main">
          {trends.data && trends.data.undated > 0 && (
            <p className="notice undated-note" role="note" data-testid="undated-note">
              {trends.data.undated === 1 ? t('trends.undatedOne') : t('trends.undated', { count: trends.data.undated })}
            </p>
          )}
          {state.jamfor && <p className="hint">{t('trends.compareHint')}</p>}
          <Async state={trends} isEmpty={(d) => d.series.length === 0} empty={t('trends.noTopics')}>
            {(d) => (
              <>
                <TrendChart
                  seriesLabel={seriesLabel}
                  series={d.series}
                  measure={d.measure}
                  granularity={d.granularity}
                  kind={state.visa}
                  selected={selected}
                  onSelectPoint={onSelectPoint}
                  onBrush={onBrush}
                  brushed={{ from: state.fran, to: state.till }}
                />
                <div className="period-summary" aria-live="polite">
                  <strong>{t('trends.period')}:</strong>{' '}
                  {state.fran && state.till
                    ? state.fran === state.till
                      ? date(state.fran)
                      : `${date(state.fran)} – ${date(state.till)}`
                    : t('trends.periodAll')}{' '}
                  {state.fran && (
                    <button type="button" className="link-button" onClick={() => onBrush(null)}>
                      {t('common.clear')}
                    </button>
                  )}
                  {!state.fran && <small> {t('trends.periodHint')}</small>}
                  <ul className="chip-list">
                    {brushedTotals.map(({ s, passages: n }, i) => (
                      <li key={seriesKey(s)} className="chip">
                        <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
                        {seriesLabel(s)}: {n}
                      </li>
                    ))}
                  </ul>
                </div>
              </>
            )}
          </Async>

          <section className="point-passages" aria-live="polite">
            {selected && selectedSeries && selectedPoint ? (
              <>
                <h2>
                  {t('trends.passagesTitle', {
                    topic: seriesLabel(selectedSeries),
                    period: formatPeriod(lang, selectedPoint.period, selectedPoint.start, state.per),
                  })}
                </h2>
                <Async state={passages} isEmpty={(d) => d.length === 0}>
                  {(hits) => <PassageHits hits={hits} />}
                </Async>
              </>
            ) : (
              <p className="hint">{t('trends.passagesHint')}</p>
            )}
          </section>
        </div>
      </div>

      <CandidateTopics granularity={state.per === 'quarter' ? 'quarter' : 'year'} body={state.organ} />
    </section>
  );
}
