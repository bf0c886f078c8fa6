import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { Pager } from '../components/Pager.js';
import { TopicChip } from '../components/TopicChip.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, useUrlState } from '../router/router.js';
import { paths } from '../router/routes.js';
import { positiveInt } from '../router/url-state.js';

export const MEETINGS_STATE = { sida: positiveInt(1) };

/** All meetings, newest first, with their size and main topics. */
export function MeetingsView() {
  const { t, date, label } = useI18n();
  const [state, setState] = useUrlState(MEETINGS_STATE);
  const meetings = useApi(api.meetings({ page: state.sida, pageSize: 20 }));
  return (
    <section className="view meetings">
      <h1>{t('meetings.title')}</h1>
      <Async state={meetings} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <ol className="meeting-cards">
              {d.items.map((m) => (
                <li key={m.id} className="card">
                  <h2>
                    <Link to={paths.meeting(m.id)}>
                      <time dateTime={m.date}>{date(m.date)}</time> · {m.title ?? m.body.name}
                    </Link>
                  </h2>
                  <p className="meta">
                    {m.body.name}
                    {m.diaryNumber && ` · ${m.diaryNumber}`}
                    {m.place && ` · ${m.place}`}
                  </p>
                  <p>{t('meetings.summary', { items: m.items, passages: m.passages, attendees: m.attendees })}</p>
                  <ul className="chip-list">
                    {m.topTopics.map((tp) => (
                      <li key={tp.slug}>
                        <TopicChip slug={tp.slug} label={label(tp, tp.slug)} count={tp.passages} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <Pager page={d.page} pages={Math.max(1, Math.ceil(d.total / d.pageSize))} onPage={(p) => setState({ sida: p })} />
          </>
        )}
      </Async>
    </section>
  );
}
