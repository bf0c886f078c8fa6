import { useI18n } from '../i18n/i18n.js';

/** What a pager needs to know of a page of results (every paged API response has it). */
export interface PageOf {
  page: number;
  total: number;
  pageSize: number;
}

/** How many pages the results fill; an empty result is still one (empty) page. */
export const pageCount = ({ total, pageSize }: PageOf): number => Math.max(1, Math.ceil(total / pageSize));

export function Pager({ paged, onPage }: { paged: PageOf; onPage(page: number): void }) {
  const { t } = useI18n();
  const { page } = paged;
  const pages = pageCount(paged);
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('common.pageOf', { page, pages })}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← {t('common.previous')}
      </button>
      <span>{t('common.pageOf', { page, pages })}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')} →
      </button>
    </nav>
  );
}
