import { useMemo } from 'react';
import type { Council, GraphCounts, MeetingSummary } from '../../../shapes/api/index.js';
import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { ActorName, StatusBadge } from '../components/Badges.js';
import { CouncilFilter, useCouncils } from '../components/CouncilFilter.js';
import { MeetingDate } from '../components/MeetingDate.js';
import { TopicChip } from '../components/TopicChip.js';
import { seriesColor } from '../charts/palette.js';
import { risingTopics } from '../charts/trend-marks.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';
import { Link, useUrlState } from '../router/router.js';
import { itemAnchor, paths } from '../router/routes.js';
import { COUNCIL_STATE, councilQuery } from '../router/url-state.js';

/** `/?organ=<council key>`: the overview of one council. */
export const OVERVIEW_STATE = { ...COUNCIL_STATE };

const COUNT_LABELS: { key: keyof GraphCounts; label: MessageKey }[] = [
  { key: 'meetings', label: 'common.meetings' },
  { key: 'passages', label: 'common.passages' },
  { key: 'people', label: 'common.people' },
  { key: 'organisations', label: 'common.organisations' },
  { key: 'topics', label: 'common.topics' },
  { key: 'concerns', label: 'common.concerns' },
  { key: 'followUps', label: 'common.followUps' },
];

/** Topics of the latest meetings, summed: what the council has talked about most lately. */
function latestTopics(meetings: readonly MeetingSummary[], count = 3) {
  const totals = new Map<string, { slug: string; label_sv: string | null; label_en: string | null; passages: number }>();
  for (const m of meetings.slice(0, count)) {
    for (const topic of m.topTopics) {
      const seen = totals.get(topic.slug);
      totals.set(topic.slug, { ...topic, passages: (seen?.passages ?? 0) + topic.passages });
    }
  }
  return [...totals.values()].sort((a, b) => b.passages - a.passages);
}

/** Each council with its meetings and their dates, linking to its meetings list. */
function CouncilList({ councils }: { councils: readonly Council[] }) {
  const { t, date, number } = useI18n();
  return (
    <ul className="council-list" data-testid="council-list">
      {councils.map((c) => (
        <li key={c.key}>
          <Link to={paths.meetings(councilQuery(c.key))}>{c.displayName}</Link>
          <span>{t('council.meetings', { count: number(c.meetings) })}</span>
          <small>
            {c.firstDate && c.lastDate
              ? t('council.range', { first: date(c.firstDate, 'short'), last: date(c.lastDate, 'short') })
              : t('council.noDates')}
          </small>
          {c.undated > 0 && <small className="undated">{t('council.undated', { count: number(c.undated) })}</small>}
        </li>
      ))}
    </ul>
  );
}

export function OverviewView() {
  const { t, date, number, label, lang } = useI18n();
  const [state, setState] = useUrlState(OVERVIEW_STATE);
  const body = state.organ;
  const councils = useCouncils();
  const health = useApi(api.health());
  const meetings = useApi(api.meetings({ pageSize: 10, body }));
  const topics = useApi(api.topics());
  const topicSlugs = useMemo(
    () =>
      (topics.data ?? [])
        .filter((tp) => tp.passages > 0)
        .slice(0, 20)
        .map((tp) => tp.slug),
    [topics.data],
  );
  const trends = useApi(topicSlugs.length ? api.trends({ topics: topicSlugs, granularity: 'meeting', measure: 'count', body }) : null);
  // The list shows the first six not yet addressed among the newest hundred (the most a page holds).
  const followUps = useApi(api.followUps({ pageSize: 100, body }));
  const latestId = meetings.data?.items[0]?.id;
  const latest = useApi(latestId ? api.meeting(latestId) : null);

  return (
    <section className="view overview">
      <h1>{t('overview.title')}</h1>
      <div className="toolbar">
        <CouncilFilter value={body} onChange={(organ) => setState({ organ }, { replace: true })} />
      </div>
      <Async state={health}>
        {(h) => (
          <>
            <dl className="counts" aria-label={t('overview.counts')}>
              {COUNT_LABELS.map(({ key, label: l }) => (
                <div key={key} className="count">
                  <dt>{t(l)}</dt>
                  <dd>{number(h.counts[key])}</dd>
                </div>
              ))}
            </dl>
            {(lang === 'en' ? h.embedder.notice_en : h.embedder.notice_sv) && (
              <p className="notice" role="note">
                <strong>{t('overview.embedderNotice')}:</strong> {lang === 'en' ? h.embedder.notice_en : h.embedder.notice_sv}
              </p>
            )}
          </>
        )}
      </Async>

      {councils.length > 1 && (
        <article className="card">
          <h2>{t('council.title')}</h2>
          <CouncilList councils={councils} />
        </article>
      )}

      <div className="grid-2">
        <article className="card">
          <h2>{t('overview.nextMeeting')}</h2>
          <Async state={latest}>
            {(m) =>
              m.nextMeetingDate ? (
                <p className="big-date">
                  <time dateTime={m.nextMeetingDate}>{date(m.nextMeetingDate)}</time>
                </p>
              ) : (
                <p>{t('overview.nextMeetingUnknown')}</p>
              )
            }
          </Async>
          <h2>{t('overview.latestMeetings')}</h2>
          <Async state={meetings} isEmpty={(d) => d.items.length === 0}>
            {(d) => (
              <ul className="meeting-list">
                {d.items.slice(0, 5).map((m) => (
                  <li key={m.id}>
                    <Link to={paths.meeting(m.id)}>
                      <MeetingDate iso={m.date} /> · {m.body.name}
                    </Link>
                    <small>{t('meetings.summary', { items: m.items, passages: m.passages, attendees: m.attendees })}</small>
                  </li>
                ))}
              </ul>
            )}
          </Async>
        </article>

        <article className="card">
          <h2>{t('overview.latestTopics')}</h2>
          <Async state={meetings} isEmpty={(d) => latestTopics(d.items).length === 0}>
            {(d) => {
              const rows = latestTopics(d.items).slice(0, 8);
              const top = rows[0]?.passages ?? 1;
              return (
                <ol className="bar-list">
                  {rows.map((row) => (
                    <li key={row.slug}>
                      <Link to={paths.topic(row.slug)}>{label(row, row.slug)}</Link>
                      <span className="bar" style={{ width: `${(row.passages / top) * 100}%` }} aria-hidden="true" />
                      <span className="bar-value">{row.passages}</span>
                    </li>
                  ))}
                </ol>
              );
            }}
          </Async>
          <h2>{t('overview.rising')}</h2>
          <Async state={trends} isEmpty={(d) => risingTopics(d.series).length === 0} empty={t('overview.risingNone')}>
            {(d) => (
              <ul className="chip-list">
                {risingTopics(d.series).map((r, i) => (
                  <li key={r.slug}>
                    <TopicChip slug={r.slug} label={label(r.series, r.slug)} color={seriesColor(i)} />
                    <small> {t('overview.risingDelta', { delta: r.delta })}</small>
                  </li>
                ))}
              </ul>
            )}
          </Async>
          <p>
            <Link to={paths.trends()}>{t('overview.allTrends')} →</Link>
          </p>
        </article>
      </div>

      <article className="card">
        <h2>{t('overview.followUps')}</h2>
        <Async state={followUps}>
          {(f) => {
            const watch = f.items.filter((item) => item.status !== 'addressed');
            return (
              <>
                <p className="status-counts">
                  <StatusBadge status="overdue" /> {f.counts.overdue} <StatusBadge status="open" /> {f.counts.open}{' '}
                  <StatusBadge status="addressed" /> {f.counts.addressed}
                </p>
                {watch.length === 0 ? (
                  <p>{t('overview.followUpsNone')}</p>
                ) : (
                  <ul className="follow-up-list compact">
                    {watch.slice(0, 6).map((item) => (
                      <li key={item.key}>
                        <StatusBadge status={item.status} />{' '}
                        <Link to={paths.meeting(item.meetingId, itemAnchor(item.itemOrdinal))}>{item.text}</Link>{' '}
                        <small>
                          <ActorName actor={item.owner} /> ·{' '}
                          {item.due ? t('followUps.due', { date: date(item.due) }) : t('followUps.noDue')}
                        </small>
                      </li>
                    ))}
                  </ul>
                )}
                <p>
                  <Link to={paths.concerns('#uppfoljningar')}>{t('overview.allFollowUps')} →</Link>
                </p>
              </>
            );
          }}
        </Async>
      </article>
    </section>
  );
}
