/**
 * The client's routes: Swedish paths, one per view. Pure — `matchRoute` turns a pathname into a
 * route and `paths` builds links, so both directions live in one file and are unit-tested.
 */

export type Route =
  | { name: 'overview' }
  | { name: 'trends' }
  | { name: 'concerns' }
  | { name: 'search' }
  | { name: 'graph' }
  | { name: 'meetings' }
  | { name: 'upload' }
  | { name: 'meeting'; id: string }
  | { name: 'person'; key: string }
  | { name: 'organisation'; key: string }
  | { name: 'topic'; slug: string }
  | { name: 'notFound'; path: string };

export type RouteName = Route['name'];

const STATIC: Record<string, RouteName> = {
  '/': 'overview',
  '/trender': 'trends',
  '/fragor': 'concerns',
  '/sok': 'search',
  '/graf': 'graph',
  '/moten': 'meetings',
  '/ladda-upp': 'upload',
};

const PARAMETRISED: { prefix: string; make: (value: string) => Route }[] = [
  { prefix: '/moten/', make: (id) => ({ name: 'meeting', id }) },
  { prefix: '/personer/', make: (key) => ({ name: 'person', key }) },
  { prefix: '/organisationer/', make: (key) => ({ name: 'organisation', key }) },
  { prefix: '/amnen/', make: (slug) => ({ name: 'topic', slug }) },
];

/** Decodes one path segment; a malformed escape yields null instead of throwing. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const fixed = STATIC[path];
  if (fixed) return { name: fixed } as Route;
  for (const { prefix, make } of PARAMETRISED) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    // One segment only: `/moten/a/b` is not a meeting.
    if (rest === '' || rest.includes('/')) break;
    const value = decodeSegment(rest);
    if (value === null || value.trim() === '') break;
    return make(value);
  }
  return { name: 'notFound', path: pathname };
}

const segment = (value: string): string => encodeURIComponent(value);

/**
 * Agenda items are anchored by their ordinal in the document (`#punkt-3`; 1-based, so it is the printed
 * number when the minutes number their items 1, 2, 3 …), passages by their ordinal (`#stycke-12`).
 */
export const itemAnchor = (itemOrdinal: number): string => `punkt-${itemOrdinal}`;
export const passageAnchor = (ordinal: number): string => `stycke-${ordinal}`;

export const paths = {
  overview: (): string => '/',
  trends: (query = ''): string => `/trender${query}`,
  concerns: (query = ''): string => `/fragor${query}`,
  search: (query = ''): string => `/sok${query}`,
  graph: (query = ''): string => `/graf${query}`,
  meetings: (query = ''): string => `/moten${query}`,
  upload: (): string => '/ladda-upp',
  meeting: (id: string, anchor?: string): string => `/moten/${segment(id)}${anchor ? `#${anchor}` : ''}`,
  person: (key: string): string => `/personer/${segment(key)}`,
  organisation: (key: string): string => `/organisationer/${segment(key)}`,
  topic: (slug: string): string => `/amnen/${segment(slug)}`,
};

/** Which top-level navigation entry a route belongs to (for `aria-current`). */
export function sectionOf(route: Route): RouteName {
  switch (route.name) {
    case 'meeting':
      return 'meetings';
    case 'topic':
      return 'trends';
    default:
      return route.name;
  }
}

/** The ordinal at the end of a meeting-owned key (`<meetingId>#12` → 12), or null. */
export function ordinalOfKey(key: string | null | undefined): number | null {
  const match = key ? /#(\d+)$/.exec(key) : null;
  return match ? Number(match[1]) : null;
}

/** Where a passage lives in the meeting view: its own anchor when its key says, else its item. */
export function passageLink(meetingId: string, passageKey: string | null | undefined, itemOrdinal: number): string {
  const ordinal = ordinalOfKey(passageKey);
  return paths.meeting(meetingId, ordinal !== null ? passageAnchor(ordinal) : itemAnchor(itemOrdinal));
}
