import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { SearchGroup } from '../../../shapes/api/index.js';
import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { CouncilFilter } from '../components/CouncilFilter.js';
import { MeetingDate } from '../components/MeetingDate.js';
import { KindBadge, MatchReasons, SpeakerBadge } from '../components/Badges.js';
import { Marked } from '../components/Marked.js';
import { Pager } from '../components/Pager.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, useUrlState } from '../router/router.js';
import { itemAnchor, passageAnchor, paths } from '../router/routes.js';
import { COUNCIL_STATE, isoDate, list, oneOf, positiveInt, text } from '../router/url-state.js';

/** `/sok?q=vårdplatser&lage=fulltext&fran=2025-01-01&amnen=nara-vard&sida=2` */
export const SEARCH_STATE = {
  q: text(),
  lage: oneOf(['hybrid', 'fulltext', 'vector'] as const, 'hybrid'),
  fran: isoDate(),
  till: isoDate(),
  amnen: list(),
  ...COUNCIL_STATE,
  sida: positiveInt(1),
};

const PAGE_SIZE = 20;

/** Search groups are per agenda item; the view groups them once more by meeting, best meeting first. */
function byMeeting(groups: readonly SearchGroup[]): { meeting: SearchGroup['meeting']; groups: SearchGroup[] }[] {
  const meetings = new Map<string, { meeting: SearchGroup['meeting']; groups: SearchGroup[] }>();
  for (const group of groups) {
    const entry = meetings.get(group.meeting.id) ?? { meeting: group.meeting, groups: [] };
    entry.groups.push(group);
    meetings.set(group.meeting.id, entry);
  }
  return [...meetings.values()];
}

export function SearchView() {
  const { t, label } = useI18n();
  const [state, setState] = useUrlState(SEARCH_STATE);
  const [draft, setDraft] = useState(state.q);
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => setDraft(state.q), [state.q]);
  useEffect(() => {
    if (!state.q) input.current?.focus();
    // Only on arrival: focusing later would steal the focus from the results.
  }, []);
  const topics = useApi(api.topics());
  const url = useMemo(
    () =>
      state.q
        ? api.search({
            q: state.q,
            mode: state.lage,
            from: state.fran,
            to: state.till,
            body: state.organ,
            topics: state.amnen,
            page: state.sida,
            pageSize: PAGE_SIZE,
          })
        : null,
    [state],
  );
  const results = useApi(url);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setState({ q: draft, sida: 1 });
  };

  return (
    <section className="view search">
      <h1>{t('search.title')}</h1>
      <form className="search-form" role="search" onSubmit={submit}>
        <label htmlFor="search-q" className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id="search-q"
          ref={input}
          type="search"
          value={draft}
          placeholder={t('search.placeholder')}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={500}
        />
        <button type="submit">{t('search.submit')}</button>
        <div className="search-filters">
          <label>
            {t('search.mode')}{' '}
            <select
              value={state.lage}
              onChange={(e) => setState({ lage: e.target.value as typeof state.lage, sida: 1 }, { replace: true })}
            >
              <option value="hybrid">{t('search.mode.hybrid')}</option>
              <option value="fulltext">{t('search.mode.fulltext')}</option>
              <option value="vector">{t('search.mode.vector')}</option>
            </select>
          </label>
          <label>
            {t('common.from')}{' '}
            <input
              type="date"
              value={state.fran ?? ''}
              onChange={(e) => setState({ fran: e.target.value || null, sida: 1 }, { replace: true })}
            />
          </label>
          <label>
            {t('common.to')}{' '}
            <input
              type="date"
              value={state.till ?? ''}
              onChange={(e) => setState({ till: e.target.value || null, sida: 1 }, { replace: true })}
            />
          </label>
          <label>
            {t('search.topics')}{' '}
            <select
              value={state.amnen[0] ?? ''}
              onChange={(e) => setState({ amnen: e.target.value ? [e.target.value] : [], sida: 1 }, { replace: true })}
            >
              <option value="">{t('common.all')}</option>
              {(topics.data ?? []).map((tp) => (
                <option key={tp.slug} value={tp.slug}>
                  {label(tp, tp.slug)}
                </option>
              ))}
            </select>
          </label>
          <CouncilFilter value={state.organ} onChange={(organ) => setState({ organ, sida: 1 }, { replace: true })} />
        </div>
      </form>

      {!state.q ? (
        <p className="hint">{t('search.start')}</p>
      ) : (
        <Async state={results} isEmpty={(d) => d.groups.length === 0} empty={t('search.none', { q: state.q })}>
          {(d) => (
            <>
              <p className="result-summary" role="status">
                {t('search.results', { total: d.total })}
                {d.expandedTerms.length > 0 && <small> · {t('search.expanded', { terms: d.expandedTerms.join(', ') })}</small>}
              </p>
              <ol className="search-results">
                {byMeeting(d.groups).map(({ meeting, groups }) => (
                  <li key={meeting.id} className="search-meeting">
                    <h2>
                      <Link to={paths.meeting(meeting.id)}>
                        <MeetingDate iso={meeting.date} /> · {meeting.title}
                      </Link>
                    </h2>
                    <ol>
                      {groups.map((group) => (
                        <li key={group.item.key} className="card search-item">
                          <h3>
                            <Link to={paths.meeting(meeting.id, itemAnchor(group.item.ordinal))} data-testid="search-item-link">
                              {t('common.item', { number: group.item.number })} {group.item.title}
                            </Link>
                          </h3>
                          <ul className="hits">
                            {group.hits.map((hit) => (
                              <li key={hit.passageKey}>
                                <p className="snippet">
                                  <Link
                                    to={paths.meeting(meeting.id, passageAnchor(hit.ordinal))}
                                    className="snippet-link"
                                    title={t('search.openItem')}
                                  >
                                    <Marked text={hit.snippet.text} ranges={hit.snippet.highlights} />
                                  </Link>
                                </p>
                                <p className="hit-meta">
                                  <KindBadge kind={hit.kind} /> <SpeakerBadge speaker={hit.speaker} />{' '}
                                  <MatchReasons reasons={hit.matchedBy} />
                                </p>
                              </li>
                            ))}
                          </ul>
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ol>
              <Pager paged={d} onPage={(p) => setState({ sida: p })} />
            </>
          )}
        </Async>
      )}
    </section>
  );
}
