import { useI18n } from '../i18n/i18n.js';

/**
 * A meeting's date as every view shows it: a `<time>` for a dated meeting, the word "odaterat" /
 * "undated" (styled apart) for one whose minutes gave no date.
 */
export function MeetingDate({ iso, style }: { iso: string | null | undefined; style?: 'long' | 'short' }) {
  const { date } = useI18n();
  if (!iso) return <span className="undated">{date(null)}</span>;
  return <time dateTime={iso}>{date(iso, style)}</time>;
}
