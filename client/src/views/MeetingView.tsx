import { useEffect, useMemo } from 'react';
import type { MeetingDetail, MeetingItem } from '../../../shapes/api/index.js';
import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { KindBadge, SpeakerBadge } from '../components/Badges.js';
import { ConcernGroupCard } from '../components/ConcernGroupCard.js';
import { FollowUpList } from '../components/FollowUpList.js';
import { MeetingDate } from '../components/MeetingDate.js';
import { basisClass } from '../components/speaker-basis.js';
import { seriesColor } from '../charts/palette.js';
import { useI18n } from '../i18n/i18n.js';
import { formatDateSource, isInferredDate } from '../i18n/translate.js';
import { Link, useRouter, useUrlState } from '../router/router.js';
import { itemAnchor, passageAnchor, paths } from '../router/routes.js';
import { councilQuery, optional } from '../router/url-state.js';

/** `/moten/:id?amne=vardplatser#punkt-3`: `amne` highlights the passages about a topic. */
export const MEETING_STATE = { amne: optional() };

export function MeetingView({ id }: { id: string }) {
  const { t } = useI18n();
  const meeting = useApi(api.meeting(id));
  return (
    <section className="view meeting">
      <Async state={meeting} what={t('common.meeting')}>
        {(m) => <MeetingBody meeting={m} />}
      </Async>
    </section>
  );
}

/**
 * The anchor target (`#punkt-N` / `#stycke-N`) comes straight from the URL, so it is marked in the same
 * render that draws the minutes; the effect only scrolls to it and moves the focus there.
 */
function useAnchorTarget(): string | null {
  const { location } = useRouter();
  const target = decodeURIComponent(location.hash.slice(1)) || null;
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    if (element) {
      element.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
    }
  }, [target]);
  return target;
}

function MeetingBody({ meeting: m }: { meeting: MeetingDetail }) {
  const { t, date, lang } = useI18n();
  const { location, navigate } = useRouter();
  const [state, setState] = useUrlState(MEETING_STATE);
  const target = useAnchorTarget();
  const topicColors = useMemo(() => new Map(m.topics.map((tp, i) => [tp.slug, seriesColor(i)])), [m.topics]);
  const attendeesByOrg = useMemo(() => {
    const groups = new Map<string, { key: string | null; name: string; people: MeetingDetail['attendees'] }>();
    for (const a of m.attendees) {
      const name = a.organisation?.name ?? '–';
      const group = groups.get(name) ?? { key: a.organisation?.key ?? null, name, people: [] };
      group.people.push(a);
      groups.set(name, group);
    }
    return [...groups.values()];
  }, [m.attendees]);

  return (
    <>
      <header className="meeting-header">
        {m.title !== m.body.name && (
          <p className="eyebrow">
            <Link to={paths.meetings(councilQuery(m.body.key))}>{m.body.name}</Link>
          </p>
        )}
        <h1>
          <MeetingDate iso={m.date} /> · {m.title ?? m.body.name}
        </h1>
        {m.date === null ? (
          <p className="date-source" data-testid="date-source">
            {t('meeting.undatedNote')}
          </p>
        ) : (
          isInferredDate(m.dateSource) && (
            <p className="date-source" data-testid="date-source">
              {formatDateSource(lang, m.dateSource)}
            </p>
          )
        )}
        <dl className="meeting-facts">
          {m.diaryNumber && (
            <div>
              <dt>{t('meeting.diary')}</dt>
              <dd>{m.diaryNumber}</dd>
            </div>
          )}
          {m.startTime && (
            <div>
              <dt>{t('meeting.time')}</dt>
              <dd>
                {m.startTime}
                {m.endTime ? `–${m.endTime}` : ''}
              </dd>
            </div>
          )}
          {m.place && (
            <div>
              <dt>{t('meeting.place')}</dt>
              <dd>{m.place}</dd>
            </div>
          )}
          <div>
            <dt>{t('meeting.source')}</dt>
            <dd>
              <a href={m.source.url} target="_blank" rel="noreferrer">
                {m.source.path.split('/').pop()}
              </a>
            </dd>
          </div>
        </dl>
        <nav className="meeting-nav" aria-label={t('common.meetings')}>
          {m.previous && (
            <Link to={paths.meeting(m.previous.id)}>
              ← {t('meeting.previous')} ({date(m.previous.date)})
            </Link>
          )}
          {m.approvesNotesOf && <span>{t('meeting.approves', { date: date(m.approvesNotesOf.date) })}</span>}
          {m.next ? (
            <Link to={paths.meeting(m.next.id)}>
              {t('meeting.next')} ({date(m.next.date)}) →
            </Link>
          ) : (
            m.nextMeetingDate && <span>{t('meeting.nextDate', { date: date(m.nextMeetingDate) })}</span>
          )}
        </nav>
      </header>

      <div className="meeting-layout">
        <aside className="meeting-side">
          <nav aria-label={t('meeting.items')}>
            <h2>{t('meeting.items')}</h2>
            <ol className="toc">
              {m.items.map((item) => (
                <li key={item.key}>
                  <a
                    href={`#${itemAnchor(item.ordinal)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`${location.pathname}${location.search}#${itemAnchor(item.ordinal)}`, { replace: true });
                    }}
                  >
                    {item.number} {item.title}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <h2>{t('meeting.topics')}</h2>
          <fieldset className="topic-highlight">
            <legend className="visually-hidden">{t('meeting.highlight')}</legend>
            <label className={state.amne === null ? 'chip active' : 'chip'}>
              <input type="radio" name="amne" checked={state.amne === null} onChange={() => setState({ amne: null }, { replace: true })} />
              {t('meeting.highlightNone')}
            </label>
            {m.topics.map((tp) => (
              <label
                key={tp.slug}
                className={state.amne === tp.slug ? 'chip active' : 'chip'}
                style={{ borderColor: topicColors.get(tp.slug) }}
              >
                <input
                  type="radio"
                  name="amne"
                  checked={state.amne === tp.slug}
                  onChange={() => setState({ amne: tp.slug }, { replace: true })}
                />
                <span className="swatch" style={{ background: topicColors.get(tp.slug) }} aria-hidden="true" />
                {tp.label ?? tp.slug} <span className="chip-count">{tp.passages}</span>
              </label>
            ))}
          </fieldset>
          <h2>{t('meeting.attendees')}</h2>
          {attendeesByOrg.map((group) => (
            <div key={group.name} className="attendee-group">
              <h3>{group.key ? <Link to={paths.organisation(group.key)}>{group.name}</Link> : group.name}</h3>
              <ul>
                {group.people.map((a) => (
                  <li key={a.key}>
                    <Link to={paths.person(a.key)}>{a.name}</Link>
                    {a.role && <small> · {a.role}</small>}
                    {a.remote && <small className="muted"> ({t('meeting.remote')})</small>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {m.secretary && (
            <p>
              <strong>{t('meeting.secretary')}:</strong> <Link to={paths.person(m.secretary.key)}>{m.secretary.name}</Link>
            </p>
          )}
        </aside>

        <div className="minutes">
          {m.items.some((item) => item.passages.some((p) => basisClass(p.speakerBasis) === 'inferred')) && (
            <p className="basis-legend">
              <span className="speaker basis-inferred" aria-hidden="true">
                <span className="speaker-name">{t('speaker.label')}</span>
              </span>{' '}
              {t('basis.legend')}
            </p>
          )}
          {m.items.map((item) => (
            <AgendaItemSection key={item.key} item={item} meeting={m} target={target} highlight={state.amne} topicColors={topicColors} />
          ))}
          {m.concerns.length > 0 && (
            <section className="meeting-concerns">
              <h2>{t('meeting.concerns')}</h2>
              <ol className="concern-groups">
                {m.concerns.map((c) => (
                  <ConcernGroupCard
                    key={c.key}
                    group={{
                      key: c.groupKey,
                      gist: c.gist,
                      topics: c.topics,
                      count: 1,
                      firstRaised: c.date,
                      lastRaised: c.date,
                      recurring: c.recurring,
                      occurrences: [c],
                    }}
                  />
                ))}
              </ol>
            </section>
          )}
          {m.followUps.length > 0 && (
            <section>
              <h2>{t('meeting.followUps')}</h2>
              <FollowUpList items={m.followUps} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}

function AgendaItemSection({
  item,
  meeting,
  target,
  highlight,
  topicColors,
}: {
  item: MeetingItem;
  meeting: MeetingDetail;
  target: string | null;
  highlight: string | null;
  topicColors: Map<string, string>;
}) {
  const { t } = useI18n();
  const anchor = itemAnchor(item.ordinal);
  const containsTarget = target === anchor || item.passages.some((p) => passageAnchor(p.ordinal) === target);
  return (
    <section
      id={anchor}
      tabIndex={-1}
      className={`agenda-item${containsTarget ? ' is-target' : ''}`}
      aria-labelledby={`${anchor}-title`}
      data-item-number={item.number}
    >
      <h2 id={`${anchor}-title`}>
        <span className="item-number">{item.number}</span> {item.title}
      </h2>
      {item.presenters.length > 0 && (
        <p className="presenters">
          {t('meeting.presenters')}:{' '}
          {item.presenters.map((p, i) => (
            <span key={p.key}>
              {i > 0 && ', '}
              <Link to={paths.person(p.key)}>{p.name}</Link>
            </span>
          ))}
        </p>
      )}
      {item.passages.length === 0 && <p className="muted">{t('meeting.noPassages')}</p>}
      {item.passages.map((passage) => {
        const pAnchor = passageAnchor(passage.ordinal);
        const about = highlight !== null && passage.topics.some((tp) => tp.slug === highlight);
        const lead = passage.topics[0];
        return (
          <article
            key={passage.key}
            id={pAnchor}
            tabIndex={-1}
            className={`passage kind-${passage.kind}${target === pAnchor ? ' is-target' : ''}${about ? ' is-about' : ''}${highlight && !about ? ' is-faded' : ''}`}
            style={{ borderLeftColor: about ? topicColors.get(highlight) : lead ? topicColors.get(lead.slug) : undefined }}
          >
            <header className="passage-meta">
              <KindBadge kind={passage.kind} />
              <SpeakerBadge speaker={passage.speaker} basis={passage.speakerBasis} />
              <a className="source-page" href={`${meeting.source.url}#page=${passage.page}`} target="_blank" rel="noreferrer">
                {t('common.page', { page: passage.page })}
              </a>
            </header>
            <p>{passage.text}</p>
            {(passage.topics.length > 0 || passage.mentions.length > 0) && (
              <footer className="passage-tags">
                {passage.topics.map((tp) => (
                  <Link key={tp.slug} to={paths.topic(tp.slug)} className="chip small" style={{ borderColor: topicColors.get(tp.slug) }}>
                    <span className="swatch" style={{ background: topicColors.get(tp.slug) }} aria-hidden="true" />
                    {tp.label ?? tp.slug}
                  </Link>
                ))}
                {passage.mentions.length > 0 && (
                  <span className="mentions">
                    {t('meeting.mentions')}:{' '}
                    {passage.mentions.map((mention, i) => (
                      <span key={`${mention.type}-${mention.key}`}>
                        {i > 0 && ', '}
                        <Link to={mention.type.toLowerCase() === 'person' ? paths.person(mention.key) : paths.organisation(mention.key)}>
                          {mention.name}
                        </Link>
                      </span>
                    ))}
                  </span>
                )}
              </footer>
            )}
          </article>
        );
      })}
    </section>
  );
}
