import type { Council } from '../../../shapes/api/index.js';
import { api } from '../api/endpoints.js';
import { useApi } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';

/** Every council the graph holds (`GET /api/councils`); one response shared by every view through useApi's cache. */
export function useCouncils(): readonly Council[] {
  return useApi(api.councils()).data ?? [];
}

/** A council's display name by key; the key itself until the list has loaded (or for an unknown key). */
export function councilName(councils: readonly Council[], key: string): string {
  return councils.find((c) => c.key === key)?.displayName ?? key;
}

/**
 * The council filter of every view: a select over `/api/councils`. With one council there is nothing to
 * choose, so it stays hidden — unless the URL already names a council, which must stay clearable.
 */
export function CouncilFilter({ value, onChange }: { value: string | null; onChange(key: string | null): void }) {
  const { t, number } = useI18n();
  const councils = useCouncils();
  if (councils.length <= 1 && !value) return null;
  return (
    <label className="select council-filter">
      {t('council.label')}{' '}
      <select data-testid="council-filter" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('council.all')}</option>
        {councils.map((c) => (
          <option key={c.key} value={c.key}>
            {c.displayName} ({number(c.meetings)})
          </option>
        ))}
        {value && !councils.some((c) => c.key === value) && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}
