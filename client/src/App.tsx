import { useEffect } from 'react';
import { DemoBanner } from './components/DemoBanner.js';
import { useI18n } from './i18n/i18n.js';
import type { MessageKey } from './i18n/messages.js';
import { Link, useRouter } from './router/router.js';
import { paths, sectionOf, type Route, type RouteName } from './router/routes.js';
import { ConcernsView } from './views/ConcernsView.js';
import { GraphView } from './views/GraphView.js';
import { MeetingView } from './views/MeetingView.js';
import { MeetingsView } from './views/MeetingsView.js';
import { NotFoundView } from './views/NotFoundView.js';
import { OrganisationView } from './views/OrganisationView.js';
import { OverviewView } from './views/OverviewView.js';
import { PersonView } from './views/PersonView.js';
import { SearchView } from './views/SearchView.js';
import { TopicView } from './views/TopicView.js';
import { TrendsView } from './views/TrendsView.js';
import { UploadView } from './views/UploadView.js';

const NAV: { name: RouteName; to: string; label: MessageKey }[] = [
  { name: 'overview', to: paths.overview(), label: 'nav.overview' },
  { name: 'trends', to: paths.trends(), label: 'nav.trends' },
  { name: 'concerns', to: paths.concerns(), label: 'nav.concerns' },
  { name: 'search', to: paths.search(), label: 'nav.search' },
  { name: 'graph', to: paths.graph(), label: 'nav.graph' },
  { name: 'meetings', to: paths.meetings(), label: 'nav.meetings' },
  { name: 'upload', to: paths.upload(), label: 'nav.upload' },
];

function View({ route }: { route: Route }) {
  switch (route.name) {
    case 'overview':
      return <OverviewView />;
    case 'trends':
      return <TrendsView />;
    case 'concerns':
      return <ConcernsView />;
    case 'search':
      return <SearchView />;
    case 'graph':
      return <GraphView />;
    case 'meetings':
      return <MeetingsView />;
    case 'upload':
      return <UploadView />;
    case 'meeting':
      return <MeetingView key={route.id} id={route.id} />;
    case 'person':
      return <PersonView key={route.key} personKey={route.key} />;
    case 'organisation':
      return <OrganisationView key={route.key} organisationKey={route.key} />;
    case 'topic':
      return <TopicView key={route.slug} slug={route.slug} />;
    case 'notFound':
      return <NotFoundView path={route.path} />;
  }
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const { route } = useRouter();
  const section = sectionOf(route);
  useEffect(() => {
    const current = NAV.find((n) => n.name === section);
    document.title = current ? `${t(current.label)} – ${t('app.name')}` : t('app.name');
  }, [section, t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Link to={paths.overview()} className="brand">
          <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="16" cy="16" r="14" fill="#0072B2" />
            <circle cx="16" cy="16" r="6" fill="#E69F00" />
          </svg>
          <span>
            <strong>{t('app.name')}</strong>
            <small>{t('app.tagline')}</small>
          </span>
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.name}>
                <Link to={item.to} aria-current={section === item.name ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="lang-switch"
          lang={lang === 'sv' ? 'en' : 'sv'}
          aria-label={t('lang.switchLabel')}
          onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}
        >
          {t('lang.switch')}
        </button>
      </header>
      <DemoBanner />
      <main id="main" tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}
