import type { NodeLabel } from '../../../shapes/api/index.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';

/** "Show in the graph →": the explorer opened on one node, by its `Label:key` id (`/graf?fokus=Topic:nara-vard`). */
export function GraphLink({ label, nodeKey }: { label: NodeLabel; nodeKey: string }) {
  const { t } = useI18n();
  return <Link to={paths.graph(`?fokus=${encodeURIComponent(`${label}:${nodeKey}`)}`)}>{t('topic.openGraph')} →</Link>;
}
