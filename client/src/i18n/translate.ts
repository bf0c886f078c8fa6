import type { DateSource, Granularity } from '../../../shapes/api/index.js';
import { MESSAGES, type Lang, type MessageKey } from './messages.js';

/** Pure translation: the message of `key` in `lang` with `{name}` placeholders filled. */
export function translate(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  const template = MESSAGES[lang][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The label of a bilingual thing (`label_sv`/`label_en`), falling back to the other language, then to `fallback`. */
export function pickLabel(lang: Lang, thing: { label_sv?: string | null; label_en?: string | null }, fallback: string): string {
  const first = lang === 'en' ? thing.label_en : thing.label_sv;
  const second = lang === 'en' ? thing.label_sv : thing.label_en;
  return first || second || fallback;
}

const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * `2025-04-10` → "10 april 2025" / "10 April 2025"; no date → "odaterat" / "undated" (minutes whose
 * date could not be found are kept, not dropped). Dates are calendar dates: formatted in UTC so no day shifts.
 */
export function formatDate(lang: Lang, iso: string | null | undefined, style: 'long' | 'short' = 'long'): string {
  if (!iso) return translate(lang, 'date.undated');
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
  }).format(date);
}

/** Where a meeting's date came from, as a reader says it ("datum från filnamnet"); null when there is no date. */
export function formatDateSource(lang: Lang, source: DateSource | null | undefined): string | null {
  return source ? translate(lang, `dateSource.${source}`) : null;
}

/** Whether the meeting page should mention the date's source: only when the text itself did not give it. */
export const isInferredDate = (source: DateSource | null | undefined): boolean =>
  source !== null && source !== undefined && source !== 'text';

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}

export function formatPercent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A trend period (`2025-04-10_body`, `2025-Q2`, `2025`) as a reader says it. */
export function formatPeriod(lang: Lang, period: string, start: string, granularity: Granularity): string {
  if (granularity === 'meeting') return formatDate(lang, start, 'short');
  if (granularity === 'quarter') {
    const match = /^(\d{4})-Q([1-4])$/.exec(period);
    if (match) return lang === 'sv' ? `kv. ${match[2]} ${match[1]}` : `Q${match[2]} ${match[1]}`;
  }
  return period;
}

export const LANG_STORAGE_KEY = 'radslag.lang';

/** The language to start in: a stored choice, else Swedish (the product's default, whatever the browser says). */
export function initialLang(stored: string | null): Lang {
  return stored === 'en' || stored === 'sv' ? stored : 'sv';
}
