import { useEffect, useRef, type ReactNode } from 'react';
import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { Async } from '../components/Async.js';
import { ConcernGroupCard } from '../components/ConcernGroupCard.js';
import { CouncilFilter } from '../components/CouncilFilter.js';
import { FollowUpList } from '../components/FollowUpList.js';
import { Pager, pageCount, type PageOf } from '../components/Pager.js';
import { Segmented } from '../components/Segmented.js';
import { useI18n } from '../i18n/i18n.js';
import { useRouter, useUrlState } from '../router/router.js';
import { COUNCIL_STATE, oneOf, optional, positiveInt, type StateOf } from '../router/url-state.js';
import { FOLLOW_UP_STATUSES } from '../../../shapes/api/enums.js';
import type { FollowUpCounts } from '../../../shapes/api/index.js';

/** Which concern groups to list: all, or only those raised at more than one meeting, or at one only. */
const SELECTIONS = ['all', 'recurring', 'single'] as const;

/** `/fragor?urval=recurring&amne=vardplatser&organisation=pro&sida=2&status=overdue&uppfoljningssida=3#uppfoljningar` */
export const CONCERNS_STATE = {
  urval: oneOf(SELECTIONS, 'all'),
  amne: optional(),
  /** An organisation's key: only concerns raised at meetings it attended (its page links here). */
  organisation: optional(),
  /** A council's key: its concerns and follow-ups only. */
  ...COUNCIL_STATE,
  /** Page of the concern groups. */
  sida: positiveInt(1),
  status: oneOf(['all', ...FOLLOW_UP_STATUSES], 'all'),
  /** Page of the follow-ups. */
  uppfoljningssida: positiveInt(1),
};

type Selection = (typeof SELECTIONS)[number];
type StatusFilter = StateOf<typeof CONCERNS_STATE>['status'];

const PAGE_SIZE = 20;
/** Clears the sticky app header when a new page scrolls its heading into view (as `.agenda-item` in styles.css). */
const HEADING_STYLE = { scrollMarginTop: '5rem' } as const;

type Paged = PageOf & { items: readonly unknown[] };

/** A page's place in its list: the pager's page count and the first and last position shown. */
const pagingOf = (d: Paged) => ({
  pages: pageCount(d),
  from: (d.page - 1) * d.pageSize + 1,
  to: (d.page - 1) * d.pageSize + d.items.length,
});

/**
 * "Showing 21–40 of 57" above a page and the pager below it (`children`: the list). A page past the
 * end (an old link) says so and offers the last page instead of an empty list.
 */
function PagedList({
  data,
  summary,
  onPage,
  children,
}: {
  data: Paged;
  summary: 'concerns.showing' | 'followUps.showing';
  onPage(page: number): void;
  children: ReactNode;
}) {
  const { t, number } = useI18n();
  const { pages, from, to } = pagingOf(data);
  if (data.items.length === 0) {
    return (
      <p className="state state-empty">
        {t('common.pageBeyond', { page: number(data.page), pages: number(pages) })}{' '}
        <button type="button" onClick={() => onPage(pages)}>
          {t('common.toLastPage')}
        </button>
      </p>
    );
  }
  return (
    <>
      <p className="result-summary" role="status">
        {t(summary, { from: number(from), to: number(to), total: number(data.total) })}
      </p>
      {children}
      <Pager paged={data} onPage={onPage} />
    </>
  );
}

export function ConcernsView() {
  const { t, label } = useI18n();
  const { location } = useRouter();
  const [state, setState] = useUrlState(CONCERNS_STATE);
  const groupsHeading = useRef<HTMLHeadingElement | null>(null);
  const followUpsHeading = useRef<HTMLHeadingElement | null>(null);
  const topics = useApi(api.topics());
  const groups = useApi(
    api.concerns({
      topic: state.amne,
      recurring: state.urval === 'all' ? null : state.urval === 'recurring',
      organisation: state.organisation,
      body: state.organ,
      page: state.sida,
      pageSize: PAGE_SIZE,
    }),
  );
  const organisations = useApi(state.organisation ? api.organisations() : null);
  const organisationName = organisations.data?.find((o) => o.key === state.organisation)?.name ?? state.organisation;
  const followUps = useApi(
    api.followUps({
      status: state.status === 'all' ? null : state.status,
      body: state.organ,
      page: state.uppfoljningssida,
      pageSize: PAGE_SIZE,
    }),
  );

  useEffect(() => {
    if (location.hash === '#uppfoljningar') document.getElementById('uppfoljningar')?.scrollIntoView();
  }, [location.hash, followUps.status]);

  const selections = SELECTIONS.map((v): [Selection, string] => [v, t(`concerns.filter.${v}`)]);
  const onSelection = (urval: Selection) => setState({ urval, sida: 1 }, { replace: true });
  /** The tracker's tabs, each with how many it holds (the counts come before the status filter). */
  const statusTabs = (counts: FollowUpCounts): [StatusFilter, string][] => [
    ['all', `${t('common.all')} (${counts.open + counts.addressed + counts.overdue})`],
    ['open', `${t('status.open')} (${counts.open})`],
    ['overdue', `${t('status.overdue')} (${counts.overdue})`],
    ['addressed', `${t('status.addressed')} (${counts.addressed})`],
  ];
  const onStatus = (status: StatusFilter) => setState({ status, uppfoljningssida: 1 }, { replace: true });

  /** A new page starts at its list's heading: focus moves there, so the keyboard goes on from the top. */
  const toPage = (heading: HTMLHeadingElement | null, change: Partial<typeof state>) => {
    setState(change);
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  };

  return (
    <section className="view concerns">
      <h1>{t('concerns.title')}</h1>
      <p className="lead">{t('concerns.intro')}</p>
      <div className="toolbar">
        <CouncilFilter value={state.organ} onChange={(organ) => setState({ organ, sida: 1, uppfoljningssida: 1 }, { replace: true })} />
      </div>

      <div className="concerns-layout">
        <section aria-labelledby="fragor-rubrik">
          <h2 id="fragor-rubrik" ref={groupsHeading} tabIndex={-1} style={HEADING_STYLE}>
            {t('concerns.groups')}
          </h2>
          <div className="toolbar">
            <Segmented name="urval" label={t('concerns.groups')} value={state.urval} options={selections} onChange={onSelection} />
            <label className="select">
              {t('concerns.topic')}{' '}
              <select value={state.amne ?? ''} onChange={(e) => setState({ amne: e.target.value || null, sida: 1 }, { replace: true })}>
                <option value="">{t('common.all')}</option>
                {(topics.data ?? [])
                  .filter((tp) => tp.concerns > 0 || tp.slug === state.amne)
                  .map((tp) => (
                    <option key={tp.slug} value={tp.slug}>
                      {label(tp, tp.slug)} ({tp.concerns})
                    </option>
                  ))}
              </select>
            </label>
            {state.organisation && (
              <span className="filter-chip">
                {t('concerns.organisation', { name: organisationName ?? '' })}
                <button
                  type="button"
                  aria-label={t('concerns.clearOrganisation')}
                  title={t('concerns.clearOrganisation')}
                  onClick={() => setState({ organisation: null, sida: 1 }, { replace: true })}
                >
                  ✕
                </button>
              </span>
            )}
          </div>
          <Async state={groups} isEmpty={(d) => d.total === 0} empty={t('concerns.none')}>
            {(d) => (
              <PagedList data={d} summary="concerns.showing" onPage={(p) => toPage(groupsHeading.current, { sida: p })}>
                <ol className="concern-groups" start={pagingOf(d).from}>
                  {d.items.map((group) => (
                    <ConcernGroupCard key={group.key} group={group} />
                  ))}
                </ol>
              </PagedList>
            )}
          </Async>
        </section>

        <section id="uppfoljningar" aria-labelledby="uppfoljningar-rubrik">
          <h2 id="uppfoljningar-rubrik" ref={followUpsHeading} tabIndex={-1} style={HEADING_STYLE}>
            {t('followUps.title')}
          </h2>
          <Async state={followUps}>
            {(f) => (
              <>
                <div className="toolbar">
                  <Segmented
                    name="status"
                    label={t('followUps.title')}
                    value={state.status}
                    options={statusTabs(f.counts)}
                    onChange={onStatus}
                  />
                </div>
                {f.total === 0 ? (
                  <p className="state state-empty">{t('followUps.none')}</p>
                ) : (
                  <PagedList data={f} summary="followUps.showing" onPage={(p) => toPage(followUpsHeading.current, { uppfoljningssida: p })}>
                    <FollowUpList items={f.items} start={pagingOf(f).from} />
                  </PagedList>
                )}
              </>
            )}
          </Async>
        </section>
      </div>
    </section>
  );
}
