import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return <div className="state state-empty">{children ?? t('state.empty')}</div>;
}

export function ErrorState({
  error,
  onRetry,
  what,
}: {
  error: { code: string; message: string; status: number };
  onRetry?(): void;
  what?: string;
}) {
  const { t } = useI18n();
  const message =
    error.status === 404 && what
      ? t('state.missing', { what })
      : error.code === 'graph_unavailable' || error.status === 503
        ? t('state.unavailable')
        : error.message;
  return (
    <div className="state state-error" role="alert">
      <strong>{t('state.error')}</strong>
      <p>
        {message} <code className="error-code">{error.code}</code>
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/**
 * Renders an API state: a spinner while loading (keeping older data visible if there is some), the
 * error with a retry button, the empty state when `isEmpty` says so, else the children.
 */
export function Async<T>({
  state,
  children,
  isEmpty,
  empty,
  what,
}: {
  state: ApiState<T> & { reload(): void };
  children(data: T): ReactNode;
  isEmpty?(data: T): boolean;
  empty?: ReactNode;
  what?: string;
}) {
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={state.reload} {...(what ? { what } : {})} />;
  if (state.data === undefined) return state.status === 'idle' ? null : <Loading />;
  if (isEmpty?.(state.data)) return <Empty>{empty}</Empty>;
  return (
    <div className={state.status === 'loading' ? 'async refreshing' : 'async'} aria-busy={state.status === 'loading'}>
      {children(state.data)}
    </div>
  );
}
