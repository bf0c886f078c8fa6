import type { PassageHit } from '../../../shapes/api/index.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { passageAnchor, paths } from '../router/routes.js';
import { findTermRanges } from '../text/highlight.js';
import { KindBadge } from './Badges.js';
import { Marked } from './Marked.js';

/** Passages with where they stand (meeting, item), each linking to its place in the meeting view. */
export function PassageHits({ hits, terms = [] }: { hits: readonly PassageHit[]; terms?: readonly string[] }) {
  const { t, date } = useI18n();
  return (
    <ol className="passage-hits">
      {hits.map((hit) => (
        <li key={hit.passage.key} className="passage-hit">
          <div className="hit-meta">
            <Link to={paths.meeting(hit.meeting.id, passageAnchor(hit.passage.ordinal))}>
              {date(hit.meeting.date)} · {t('common.item', { number: hit.item.number })} {hit.item.title}
            </Link>
            <KindBadge kind={hit.passage.kind} />
          </div>
          <p>
            <Marked text={hit.passage.text} ranges={findTermRanges(hit.passage.text, terms)} />
          </p>
        </li>
      ))}
    </ol>
  );
}
