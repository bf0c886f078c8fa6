import { useMemo } from 'react';
import type { TrendSeries } from '../../../shapes/api/index.js';
import { api, downloads } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { CouncilFilter } from '../components/CouncilFilter.js';
import { GraphLink } from '../components/GraphLink.js';
import { PassageHits } from '../components/PassageHits.js';
import { TrendChart } from '../charts/TrendChart.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, useRouter, useUrlState } from '../router/router.js';
import { paths } from '../router/routes.js';
import { COUNCIL_PARAM, COUNCIL_STATE } from '../router/url-state.js';

/** `/amnen/<slug>?organ=<council key>`: the topic in one council's meetings. */
export const TOPIC_STATE = { ...COUNCIL_STATE };

/** `?amnen=…&organ=…` for the trend view, carrying the council along. */
function trendsQuery(slug: string, organ: string | null, point?: string): string {
  const params = new URLSearchParams({ amnen: slug });
  if (organ) params.set(COUNCIL_PARAM, organ);
  if (point) params.set('punkt', point);
  return `?${params.toString()}`;
}

/** A topic: how much it was discussed, its trend per meeting, the best passages, who talked about it. */
export function TopicView({ slug }: { slug: string }) {
  const { t, date, label } = useI18n();
  const { navigate } = useRouter();
  const [state, setState] = useUrlState(TOPIC_STATE);
  const topic = useApi(api.topic(slug, { body: state.organ }));
  const series = useMemo<TrendSeries[]>(
    () =>
      topic.data
        ? [
            {
              slug: topic.data.topic.slug,
              label_sv: topic.data.topic.label_sv,
              label_en: topic.data.topic.label_en,
              body: null,
              points: topic.data.trend,
            },
          ]
        : [],
    [topic.data],
  );
  return (
    <section className="view topic">
      <Async state={topic} what={t('label.Topic')}>
        {(d) => {
          const name = label(d.topic, d.topic.slug);
          return (
            <>
              <p className="eyebrow">{t('label.Topic')}</p>
              <h1>{name}</h1>
              {d.topic.description && <p className="lead">{d.topic.description}</p>}
              <p className="meta">
                {t('topic.summary', { passages: d.topic.passages, meetings: d.topic.meetings, concerns: d.topic.concerns })}
                {d.topic.firstSeen && ` · ${t('topic.firstSeen', { date: date(d.topic.firstSeen), last: date(d.topic.lastSeen) })}`}
              </p>
              <div className="toolbar">
                <CouncilFilter value={state.organ} onChange={(organ) => setState({ organ }, { replace: true })} />
              </div>
              <p className="actions">
                <Link to={paths.trends(trendsQuery(d.topic.slug, state.organ))}>{t('topic.openTrends')} →</Link>
                <GraphLink label="Topic" nodeKey={d.topic.slug} />
                <a href={downloads.topicFeed(d.topic.slug)}>{t('topic.feed')}</a>
                <a href={downloads.passagesCsv({ topic: d.topic.slug, body: state.organ })} download>
                  {t('common.export')} CSV
                </a>
              </p>
              {d.trend.length > 0 && (
                <article className="card">
                  <h2>{t('topic.trend')}</h2>
                  <TrendChart
                    series={series}
                    measure="count"
                    granularity="meeting"
                    kind="lines"
                    height={220}
                    onSelectPoint={(s, period) => navigate(paths.trends(trendsQuery(s, state.organ, `${s}@${period}`)))}
                  />
                </article>
              )}
              <div className="grid-2 topic-grid">
                <article>
                  <h2>{t('topic.passages')}</h2>
                  {d.passages.length === 0 ? (
                    <p className="state state-empty">{t('state.empty')}</p>
                  ) : (
                    <PassageHits hits={d.passages} terms={[d.topic.label_sv ?? '']} />
                  )}
                </article>
                <aside>
                  <h2>{t('topic.people')}</h2>
                  <ul>
                    {d.people.map((p) => (
                      <li key={p.key}>
                        <Link to={paths.person(p.key)}>{p.name}</Link> <small className="muted">({p.count})</small>
                      </li>
                    ))}
                  </ul>
                  <h2>{t('topic.organisations')}</h2>
                  <ul>
                    {d.organisations.map((o) => (
                      <li key={o.key}>
                        <Link to={paths.organisation(o.key)}>{o.name}</Link> <small className="muted">({o.count})</small>
                      </li>
                    ))}
                  </ul>
                </aside>
              </div>
            </>
          );
        }}
      </Async>
    </section>
  );
}
