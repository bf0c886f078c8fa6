import type { ConcernGroup } from '../../../shapes/api/index.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { passageLink } from '../router/routes.js';
import { ActorName } from './Badges.js';
import { MeetingDate } from './MeetingDate.js';
import { TopicChip } from './TopicChip.js';

export function ConcernGroupCard({ group }: { group: ConcernGroup }) {
  const { t, date, label } = useI18n();
  return (
    <li className={`card concern-group${group.recurring ? ' recurring' : ''}`}>
      <header>
        <h3>{group.gist ?? group.occurrences[0]?.text.slice(0, 120) ?? group.key}</h3>
        {group.recurring && (
          <span className="badge recurring-badge">
            {t('concerns.recurring')} · {t('common.times', { count: group.count })}
          </span>
        )}
      </header>
      <p className="meta">
        {group.count === 1
          ? t('concerns.raisedOnce', { first: date(group.firstRaised) })
          : t('concerns.raised', { count: group.count, first: date(group.firstRaised), last: date(group.lastRaised) })}
      </p>
      {group.topics.length > 0 && (
        <ul className="chip-list">
          {group.topics.map((tp) => (
            <li key={tp.slug}>
              <TopicChip slug={tp.slug} label={label(tp, tp.slug)} />
            </li>
          ))}
        </ul>
      )}
      <ol className="occurrences">
        {group.occurrences.map((o) => (
          <li key={o.key}>
            <Link to={passageLink(o.meetingId, o.passageKey, o.itemOrdinal)}>
              <MeetingDate iso={o.date} /> · {o.itemTitle}
            </Link>
            <blockquote>{o.text}</blockquote>
            {o.answers.length === 0 ? (
              <p className="answers muted">{t('concerns.noAnswer')}</p>
            ) : (
              <details className="answers">
                <summary>
                  {t('concerns.answers')} ({o.answers.length})
                </summary>
                <ul>
                  {o.answers.map((a, i) => (
                    <li key={i}>
                      <ActorName actor={a.speaker} />: {a.text}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </li>
  );
}
