import type { FollowUp } from '../../../shapes/api/index.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { itemAnchor, paths } from '../router/routes.js';
import { ActorName, StatusBadge } from './Badges.js';

export function FollowUpList({ items, start }: { items: readonly FollowUp[]; start?: number }) {
  const { t, date } = useI18n();
  return (
    <ol className="follow-up-list" start={start}>
      {items.map((item) => (
        <li key={item.key} className={`card follow-up status-${item.status}`}>
          <div className="follow-up-head">
            <StatusBadge status={item.status} />
            <span>{item.due ? t('followUps.due', { date: date(item.due) }) : t('followUps.noDue')}</span>
            <span>
              {t('followUps.owner')}: <ActorName actor={item.owner} />
            </span>
          </div>
          <p>{item.text}</p>
          <p className="meta">
            <Link to={paths.meeting(item.meetingId, itemAnchor(item.itemOrdinal))}>
              {t('followUps.promised', { date: date(item.date) })} · {item.itemTitle}
            </Link>
          </p>
          {item.evidence && (
            <div className="evidence">
              <Link to={paths.meeting(item.evidence.meetingId, itemAnchor(item.evidence.itemOrdinal))}>
                {t('followUps.evidence', { date: date(item.evidence.date) })} · {item.evidence.itemTitle}
              </Link>
              {item.evidence.text && <blockquote>{item.evidence.text}</blockquote>}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
