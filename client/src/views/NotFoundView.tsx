import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';

export function NotFoundView({ path }: { path: string }) {
  const { t } = useI18n();
  return (
    <section className="view">
      <h1>{t('state.notFound')}</h1>
      <p>{t('state.notFoundText', { path })}</p>
      <p>
        <Link to={paths.overview()}>{t('nav.overview')}</Link>
      </p>
    </section>
  );
}
