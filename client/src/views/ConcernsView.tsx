import { useEffect } from 'react';
import type { ConcernGroup, FollowUp } from '../../../server/contract/index.js';
import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { ActorName, StatusBadge } from '../components/Badges.js';
import { TopicChip } from '../components/TopicChip.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, useRouter, useUrlState } from '../router/router.js';
import { itemAnchor, passageLink, paths } from '../router/routes.js';
import { oneOf, optional } from '../router/url-state.js';
import { Segmented } from './TrendsView.js';

/** `/fragor?urval=recurring&amne=vardplatser&status=overdue#uppfoljningar` */
export const CONCERNS_STATE = {
  urval: oneOf(['all', 'recurring', 'single'] as const, 'all'),
  amne: optional(),
  status: oneOf(['all', 'open', 'addressed', 'overdue'] as const, 'all'),
};

export function ConcernsView() {
  const { t, label } = useI18n();
  const { location } = useRouter();
  const [state, setState] = useUrlState(CONCERNS_STATE);
  const topics = useApi(api.topics());
  const groups = useApi(api.concerns({ topic: state.amne, recurring: state.urval === 'all' ? null : state.urval === 'recurring' }));
  const followUps = useApi(api.followUps({ status: state.status === 'all' ? null : state.status }));

  useEffect(() => {
    if (location.hash === '#uppfoljningar') document.getElementById('uppfoljningar')?.scrollIntoView();
  }, [location.hash, followUps.status]);

  return (
    <section className="view concerns">
      <h1>{t('concerns.title')}</h1>
      <p className="lead">{t('concerns.intro')}</p>

      <div className="concerns-layout">
      <section aria-labelledby="fragor-rubrik">
        <h2 id="fragor-rubrik">{t('concerns.groups')}</h2>
        <div className="toolbar">
          <Segmented
            name="urval"
            label={t('concerns.groups')}
            value={state.urval}
            options={[['all', t('concerns.filter.all')], ['recurring', t('concerns.filter.recurring')], ['single', t('concerns.filter.single')]]}
            onChange={(v) => setState({ urval: v }, { replace: true })}
          />
          <label className="select">
            {t('concerns.topic')}{' '}
            <select value={state.amne ?? ''} onChange={(e) => setState({ amne: e.target.value || null }, { replace: true })}>
              <option value="">{t('common.all')}</option>
              {(topics.data ?? []).filter((tp) => tp.concerns > 0 || tp.slug === state.amne).map((tp) => (
                <option key={tp.slug} value={tp.slug}>
                  {label(tp, tp.slug)} ({tp.concerns})
                </option>
              ))}
            </select>
          </label>
        </div>
        <Async state={groups} isEmpty={(d) => d.length === 0} empty={t('concerns.none')}>
          {(d) => (
            <ol className="concern-groups">
              {d.map((group) => (
                <ConcernGroupCard key={group.key} group={group} />
              ))}
            </ol>
          )}
        </Async>
      </section>

      <section id="uppfoljningar" aria-labelledby="uppfoljningar-rubrik">
        <h2 id="uppfoljningar-rubrik">{t('followUps.title')}</h2>
        <Async state={followUps}>
          {(f) => (
            <>
              <div className="toolbar">
                <Segmented
                  name="status"
                  label={t('followUps.title')}
                  value={state.status}
                  options={[
                    ['all', `${t('common.all')} (${f.counts.open + f.counts.addressed + f.counts.overdue})`],
                    ['open', `${t('status.open')} (${f.counts.open})`],
                    ['overdue', `${t('status.overdue')} (${f.counts.overdue})`],
                    ['addressed', `${t('status.addressed')} (${f.counts.addressed})`],
                  ]}
                  onChange={(v) => setState({ status: v }, { replace: true })}
                />
              </div>
              {f.items.length === 0 ? <p className="state state-empty">{t('followUps.none')}</p> : <FollowUpList items={f.items} />}
            </>
          )}
        </Async>
      </section>
      </div>
    </section>
  );
}

export function ConcernGroupCard({ group }: { group: ConcernGroup }) {
  const { t, date, label } = useI18n();
  return (
    <li className={`card concern-group${group.recurring ? ' recurring' : ''}`}>
      <header>
        <h3>{group.gist ?? group.occurrences[0]?.text.slice(0, 120) ?? group.key}</h3>
        {group.recurring && <span className="badge recurring-badge">{t('concerns.recurring')} · {t('common.times', { count: group.count })}</span>}
      </header>
      <p className="meta">{t('concerns.raised', { count: group.count, first: date(group.firstRaised), last: date(group.lastRaised) })}</p>
      {group.topics.length > 0 && (
        <ul className="chip-list">
          {group.topics.map((tp) => (
            <li key={tp.slug}>
              <TopicChip slug={tp.slug} label={label(tp, tp.slug)} />
            </li>
          ))}
        </ul>
      )}
      <ol className="occurrences">
        {group.occurrences.map((o) => (
          <li key={o.key}>
            <Link to={passageLink(o.meetingId, o.passageKey, o.itemOrdinal)}>
              <time dateTime={o.date}>{date(o.date)}</time> · {o.itemTitle}
            </Link>
            <blockquote>{o.text}</blockquote>
            {o.answers.length === 0 ? (
              <p className="answers muted">{t('concerns.noAnswer')}</p>
            ) : (
              <details className="answers">
                <summary>
                  {t('concerns.answers')} ({o.answers.length})
                </summary>
                <ul>
                  {o.answers.map((a, i) => (
                    <li key={i}>
                      <ActorName actor={a.speaker} />: {a.text}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </li>
  );
}

export function FollowUpList({ items }: { items: readonly FollowUp[] }) {
  const { t, date } = useI18n();
  return (
    <ol className="follow-up-list">
      {items.map((item) => (
        <li key={item.key} className={`card follow-up status-${item.status}`}>
          <div className="follow-up-head">
            <StatusBadge status={item.status} />
            <span>{item.due ? t('followUps.due', { date: date(item.due) }) : t('followUps.noDue')}</span>
            <span>
              {t('followUps.owner')}: <ActorName actor={item.owner} />
            </span>
          </div>
          <p>{item.text}</p>
          <p className="meta">
            <Link to={paths.meeting(item.meetingId, itemAnchor(item.itemOrdinal))}>
              {t('followUps.promised', { date: date(item.date) })} · {item.itemTitle}
            </Link>
          </p>
          {item.evidence && (
            <div className="evidence">
              <Link to={paths.meeting(item.evidence.meetingId, itemAnchor(item.evidence.itemOrdinal))}>
                {t('followUps.evidence', { date: date(item.evidence.date) })} · {item.evidence.itemTitle}
              </Link>
              {item.evidence.text && <blockquote>{item.evidence.text}</blockquote>}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
