import type { Layout, Minutes } from '../../shapes/minutes.schema.js';
import type { Field } from './header.js';

type Kind = Minutes['kind'];

/** What the layout is told by: the page's chrome, the kind line, the head's fields and the headings. */
export interface LayoutEvidence {
  web: boolean;
  /** The kind the head's kind line names. */
  kind: Kind;
  fields: readonly Field[];
  /** Items numbered "§ 7" (also "KPR § 7"). */
  paragraphItems: boolean;
  /** Any "§ N" heading, even one that stands alone in a web page's text. */
  paragraphHeading: boolean;
}

/**
 * A formal protokoll's first page: voting members, an adjuster named, the posting notice, the
 * signature block, the paragraph range. Minnesanteckningar have none of these.
 */
const PROTOKOLL_LABEL =
  /^(?:beslutande|utses\s+att\s+justera|justeringens|underskrifter|paragrafer|anslag|bevis|organ|instans|tjänstgörande\s+ersättare|(?:ej|inte)\s+tjänstgörande)/iu;

/** The layout family the document is read as. */
export function detectLayout(e: LayoutEvidence): Layout {
  if (e.web) return 'web';
  if (e.kind === 'protokoll') return 'protokoll';
  if (e.kind === 'motesanteckningar') return 'anteckningar';
  const protokollFields = e.fields.filter((f) => PROTOKOLL_LABEL.test(f.label)).length;
  if (protokollFields >= 2 || (e.paragraphItems && protokollFields >= 1)) return 'protokoll';
  if (e.fields.some((f) => f.name === 'attendees' || f.name === 'others')) return 'anteckningar';
  return 'unknown';
}

/**
 * The document's kind: as the kind line names it, else a protokoll when it reads as one (its
 * layout or §-numbered items), else unknown.
 */
export function detectKind(e: LayoutEvidence, layout: Layout): Kind {
  if (e.kind !== 'unknown') return e.kind;
  if (layout === 'protokoll' || e.paragraphItems || e.paragraphHeading) return 'protokoll';
  if (layout === 'anteckningar') return 'motesanteckningar';
  return 'unknown';
}
