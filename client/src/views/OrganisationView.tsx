import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { MeetingDate } from '../components/MeetingDate.js';
import { byMeetingDate } from '../components/meeting-order.js';
import { ConcernGroupCard } from '../components/ConcernGroupCard.js';
import { ProfileHead } from '../components/ProfileHead.js';
import { TopicChips } from '../components/TopicChips.js';
import { BarChart } from '../charts/BarChart.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';

/** An organisation: who represents it, attendance per meeting over time, topics, and the concerns raised where it took part. */
export function OrganisationView({ organisationKey }: { organisationKey: string }) {
  const { t, date, number } = useI18n();
  const organisation = useApi(api.organisation(organisationKey));
  return (
    <section className="view organisation">
      <Async state={organisation} what={t('label.Organisation')}>
        {(d) => {
          const attendance = [...d.attendance].sort(byMeetingDate);
          return (
            <>
              <ProfileHead
                kind={t('label.Organisation')}
                name={
                  <>
                    {d.organisation.name}
                    {d.organisation.abbreviation && d.organisation.abbreviation !== d.organisation.name && (
                      <small> ({d.organisation.abbreviation})</small>
                    )}
                  </>
                }
                label="Organisation"
                nodeKey={d.organisation.key}
              />
              <div className="grid-2">
                <article className="card">
                  <h2>{t('organisation.attendance')}</h2>
                  <BarChart
                    bars={attendance.map((a) => ({ key: a.meetingId, label: date(a.date, 'short'), value: a.attendees.length }))}
                    label={t('organisation.attendanceLabel')}
                  />
                  <ul className="meeting-list">
                    {attendance.map((a) => (
                      <li key={a.meetingId}>
                        <Link to={paths.meeting(a.meetingId)}>
                          <MeetingDate iso={a.date} />
                        </Link>
                        <small>
                          {a.attendees.map((p, i) => (
                            <span key={p.key}>
                              {i > 0 && ', '}
                              <Link to={paths.person(p.key)}>{p.name}</Link>
                              {p.remote && ` (${t('meeting.remote')})`}
                            </span>
                          ))}
                        </small>
                      </li>
                    ))}
                  </ul>
                </article>
                <article className="card">
                  <h2>{t('organisation.people')}</h2>
                  <ul>
                    {d.people.map((p) => (
                      <li key={p.key}>
                        <Link to={paths.person(p.key)}>{p.name}</Link> <small className="muted">({p.meetings})</small>
                      </li>
                    ))}
                  </ul>
                  <TopicChips heading={t('organisation.topics')} topics={d.topics} />
                </article>
              </div>
              <h2>{t('organisation.concerns')}</h2>
              {d.concerns.length === 0 ? (
                <p className="state state-empty">{t('concerns.none')}</p>
              ) : (
                <ol className="concern-groups">
                  {d.concerns.map((g) => (
                    <ConcernGroupCard key={g.key} group={g} />
                  ))}
                </ol>
              )}
              {d.concernsTotal > d.concerns.length && (
                <p>
                  <Link to={paths.concerns(`?organisation=${encodeURIComponent(d.organisation.key)}`)}>
                    {t('organisation.allConcerns', { total: number(d.concernsTotal) })} →
                  </Link>
                </p>
              )}
            </>
          );
        }}
      </Async>
    </section>
  );
}
