import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';

/** A topic as a small link to its page; `count` shows how much it was discussed. */
export function TopicChip({ slug, label, count, color }: { slug: string; label: string; count?: number; color?: string }) {
  return (
    <Link to={paths.topic(slug)} className="chip topic-chip" style={color ? { borderColor: color } : undefined}>
      {color && <span className="swatch" style={{ background: color }} aria-hidden="true" />}
      {label}
      {count !== undefined && <span className="chip-count">{count}</span>}
    </Link>
  );
}
