import type { TopicRef } from '../../../shapes/api/index.js';
import { useI18n } from '../i18n/i18n.js';
import { TopicChip } from './TopicChip.js';

/** A profile's topics under their heading: chips with how often each came up, or a dash when none did. */
export function TopicChips({ heading, topics }: { heading: string; topics: readonly (TopicRef & { count: number })[] }) {
  const { label } = useI18n();
  return (
    <>
      <h2>{heading}</h2>
      {topics.length === 0 && <p className="muted">–</p>}
      <ul className="chip-list">
        {topics.map((tp) => (
          <li key={tp.slug}>
            <TopicChip slug={tp.slug} label={label(tp, tp.slug)} count={tp.count} />
          </li>
        ))}
      </ul>
    </>
  );
}
