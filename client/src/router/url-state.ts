/**
 * View state kept in the URL's query string, so every view can be linked. Each view declares a
 * schema of fields with defaults; `readState` normalises whatever the URL holds (unknown values fall
 * back to the default, never throw) and `writeState` drops defaults so links stay short.
 */

export type Field<T> = {
  read(raw: string | null): T;
  write(value: T): string | null;
};

/** One of a fixed set of words; anything else → the default. */
export function oneOf<const T extends string>(options: readonly T[], fallback: T): Field<T> {
  return {
    read: (raw) => (raw !== null && (options as readonly string[]).includes(raw) ? (raw as T) : fallback),
    write: (value) => (value === fallback ? null : value),
  };
}

/** Free text, trimmed; empty → ''. */
export function text(maxLength = 500): Field<string> {
  return {
    read: (raw) => (raw ?? '').trim().slice(0, maxLength),
    write: (value) => (value.trim() === '' ? null : value.trim()),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` date or null. */
export function isoDate(): Field<string | null> {
  return {
    read: (raw) => (raw !== null && ISO_DATE.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : null),
    write: (value) => value,
  };
}

/** A comma-separated list of distinct, non-empty words. */
export function list(fallback: readonly string[] = []): Field<string[]> {
  return {
    read: (raw) => {
      if (raw === null) return [...fallback];
      return [
        ...new Set(
          raw
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
    },
    write: (value) => (sameList(value, fallback) ? null : value.join(',')),
  };
}

/** A positive integer (pages); anything else → the default. */
export function positiveInt(fallback: number): Field<number> {
  return {
    read: (raw) => {
      const n = raw === null ? NaN : Number(raw);
      return Number.isInteger(n) && n >= 1 ? n : fallback;
    },
    write: (value) => (value === fallback ? null : String(value)),
  };
}

/** An on/off switch: `1` is on, anything else (or nothing) off; off is not written. */
export function flag(): Field<boolean> {
  return {
    read: (raw) => raw === '1',
    write: (value) => (value ? '1' : null),
  };
}

/** Optional free-form value (e.g. a node id); empty → null. */
export function optional(): Field<string | null> {
  return {
    read: (raw) => (raw !== null && raw.trim() !== '' ? raw.trim() : null),
    write: (value) => value,
  };
}

/**
 * The council filter, the same query parameter (`?organ=<body key>`) in every view, so a link keeps
 * its council from one view to the next. Views spread it into their schema.
 */
export const COUNCIL_STATE = { organ: optional() };
export const COUNCIL_PARAM: keyof typeof COUNCIL_STATE = 'organ';

/** `?organ=<key>` for a link into a view filtered to one council ('' for all councils). */
export function councilQuery(key: string | null): string {
  return key ? `?${new URLSearchParams({ [COUNCIL_PARAM]: key }).toString()}` : '';
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export type Schema = Record<string, Field<unknown>>;
export type StateOf<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

export function readState<S extends Schema>(schema: S, search: string | URLSearchParams): StateOf<S> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = {} as Record<string, unknown>;
  for (const [name, field] of Object.entries(schema)) state[name] = field.read(params.get(name));
  return state as StateOf<S>;
}

/** `?a=1&b=2`, or '' when every field holds its default. Field order follows the schema. */
export function writeState<S extends Schema>(schema: S, state: StateOf<S>): string {
  const params = new URLSearchParams();
  for (const [name, field] of Object.entries(schema)) {
    const value = field.write((state as Record<string, unknown>)[name]);
    if (value !== null) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
