import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';

/** Says so on every page when the server runs on the demo corpus, so no one takes a generated meeting for a real one. */
export function DemoBanner() {
  const { t } = useI18n();
  const health = useApi(api.health());
  if (!health.data?.demo) return null;
  return (
    <p className="demo-banner" role="note" data-testid="demo-banner">
      {t('demo.banner')}
    </p>
  );
}
