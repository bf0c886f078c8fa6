import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { MeetingDate } from '../components/MeetingDate.js';
import { ProfileHead } from '../components/ProfileHead.js';
import { TopicChips } from '../components/TopicChips.js';
import { BarChart } from '../charts/BarChart.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { itemAnchor, paths } from '../router/routes.js';

/** A person: organisations and roles, meetings attended, items presented, topics of their passages. */
export function PersonView({ personKey }: { personKey: string }) {
  const { t, date } = useI18n();
  const person = useApi(api.person(personKey));
  return (
    <section className="view person">
      <Async state={person} what={t('person.title')}>
        {(d) => (
          <>
            <ProfileHead kind={t('person.title')} name={d.person.name} label="Person" nodeKey={d.person.key}>
              <p className="meta">
                {d.person.organisations.map((o, i) => (
                  <span key={o.key}>
                    {i > 0 && ', '}
                    <Link to={paths.organisation(o.key)}>{o.name}</Link>
                  </span>
                ))}
                {d.person.roles.length > 0 && ` · ${d.person.roles.join(', ')}`}
              </p>
            </ProfileHead>
            <div className="grid-2">
              <article className="card">
                <h2>{t('person.meetings', { count: d.meetings.length })}</h2>
                <ul className="meeting-list">
                  {d.meetings.map((m) => (
                    <li key={m.id}>
                      <Link to={paths.meeting(m.id)}>
                        <MeetingDate iso={m.date} /> · {m.title}
                      </Link>
                      <small>
                        {m.organisation}
                        {m.remote && ` (${t('meeting.remote')})`}
                      </small>
                    </li>
                  ))}
                </ul>
                {d.attendance.length > 0 && (
                  <BarChart
                    bars={d.attendance.map((a) => ({ key: a.period, label: a.period, value: a.count }))}
                    label={t('person.attendance')}
                  />
                )}
              </article>
              <article className="card">
                <h2>{t('person.presented', { count: d.presented.length })}</h2>
                {d.presented.length === 0 ? (
                  <p className="muted">–</p>
                ) : (
                  <ul>
                    {d.presented.map((p) => (
                      <li key={`${p.meetingId}-${p.itemOrdinal}`}>
                        <Link to={paths.meeting(p.meetingId, itemAnchor(p.itemOrdinal))}>
                          {date(p.date)} · {t('common.item', { number: p.itemNumber })} {p.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                <TopicChips heading={t('person.topics')} topics={d.topics} />
              </article>
            </div>
          </>
        )}
      </Async>
    </section>
  );
}
