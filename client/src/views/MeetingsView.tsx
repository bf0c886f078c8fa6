import type { MeetingSummary } from '../../../shapes/api/index.js';
import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { CouncilFilter } from '../components/CouncilFilter.js';
import { MeetingDate } from '../components/MeetingDate.js';
import { Pager } from '../components/Pager.js';
import { TopicChip } from '../components/TopicChip.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, useUrlState } from '../router/router.js';
import { paths } from '../router/routes.js';
import { COUNCIL_STATE, positiveInt } from '../router/url-state.js';

/** `/moten?organ=<council key>&sida=2` */
export const MEETINGS_STATE = { ...COUNCIL_STATE, sida: positiveInt(1) };

/** All meetings (or one council's), newest first and the undated last, with their size and main topics. */
export function MeetingsView() {
  const { t } = useI18n();
  const [state, setState] = useUrlState(MEETINGS_STATE);
  const meetings = useApi(api.meetings({ page: state.sida, pageSize: 20, body: state.organ }));
  return (
    <section className="view meetings">
      <h1>{t('meetings.title')}</h1>
      <div className="toolbar">
        <CouncilFilter value={state.organ} onChange={(organ) => setState({ organ, sida: 1 }, { replace: true })} />
      </div>
      <Async state={meetings} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <>
            <ol className="meeting-cards">
              {d.items.map((m) => (
                <MeetingCard key={m.id} meeting={m} />
              ))}
            </ol>
            <Pager paged={d} onPage={(p) => setState({ sida: p })} />
          </>
        )}
      </Async>
    </section>
  );
}

/** One meeting in the list: date and title, its council and place, its size and main topics. */
function MeetingCard({ meeting: m }: { meeting: MeetingSummary }) {
  const { t, label } = useI18n();
  return (
    <li className="card">
      <h2>
        <Link to={paths.meeting(m.id)}>
          <MeetingDate iso={m.date} /> · {m.title ?? m.body.name}
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
  );
}
