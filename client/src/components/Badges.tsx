import type { Actor, MatchReason } from '../../../shapes/api/index.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { basisClass, isKnownBasis } from './speaker-basis.js';

const KINDS = ['presentation', 'council_comment', 'council_question', 'answer', 'decision', 'information'];

export function KindBadge({ kind }: { kind: string }) {
  const { t } = useI18n();
  const known = KINDS.includes(kind);
  return <span className={`badge kind kind-${known ? kind : 'other'}`}>{known ? t(`kind.${kind}` as MessageKey) : kind}</span>;
}

export function StatusBadge({ status }: { status: 'open' | 'addressed' | 'overdue' }) {
  const { t } = useI18n();
  return <span className={`badge status status-${status}`}>{t(`status.${status}`)}</span>;
}

/** An actor as a link to its page where it has one (people and organisations). */
export function ActorName({ actor }: { actor: Actor }) {
  const { t } = useI18n();
  // The body (the forum itself) speaks for the council: "Rådet" reads better than the forum's long name.
  const type = actor.type.toLowerCase();
  const name = type === 'body' || type === 'council' ? t('speaker.council') : (actor.name ?? t('speaker.unknown'));
  if (actor.key && type === 'person') return <Link to={paths.person(actor.key)}>{name}</Link>;
  if (actor.key && type === 'organisation') return <Link to={paths.organisation(actor.key)}>{name}</Link>;
  return <span>{name}</span>;
}

/**
 * Who spoke, and how the pipeline decided it (`basis`: named in the text, the council's wording, the
 * context, the item's presenter). The basis is shown, not hidden in a tooltip, so a reader can judge it;
 * an inferred speaker is drawn differently (italic, dashed outline) so an inference never reads as a fact.
 * The tooltip gives the longer explanation.
 */
export function SpeakerBadge({ speaker, basis }: { speaker: Actor; basis?: string | null | undefined }) {
  const { t } = useI18n();
  const known = isKnownBasis(basis) ? basis : null;
  const kind = basisClass(known);
  const help = known ? t(`basisHelp.${known}`) : undefined;
  return (
    <span className={`speaker${kind ? ` basis-${kind}` : ''}`} title={help} data-basis={known ?? undefined}>
      <span className="visually-hidden">{t('speaker.label')}: </span>
      <span className="speaker-name">
        <ActorName actor={speaker} />
      </span>
      {/* "Okänd talare · talaren framgår inte" says it twice: for `none` only the explanation stays, for screen readers. */}
      {known && (
        <span className="speaker-basis">
          {known !== 'none' && <> · {t(`basis.${known}`)}</>}
          {help && <span className="visually-hidden">. {help}</span>}
        </span>
      )}
    </span>
  );
}

/**
 * Why a search hit is on the list (the rankings that found it). A related concern is set apart: it
 * may not share a word with the query, and the reader should see that it was found for its topic.
 */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <span className="match-reasons" data-testid="match-reasons">
      {t('search.matchedBy')}:{' '}
      {reasons.map((reason, n) => (
        <span key={reason} className={reason === 'related-concern' ? 'badge related-concern' : 'match-reason'} data-reason={reason}>
          {n === 0 ? '' : reason === 'related-concern' ? ' ' : ', '}
          {t(`match.${reason}`)}
        </span>
      ))}
    </span>
  );
}
