import { xmlEscape } from './xml.js';

export interface AtomEntry {
  id: string;
  title: string;
  /** ISO date or date-time. */
  updated: string;
  link: string;
  content: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** This feed's own URL (rel="self"). */
  self: string;
  /** The page in the client the feed follows. */
  alternate: string;
  entries: AtomEntry[];
}

const dateTime = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);

/** An Atom 1.0 document (RFC 4287); `updated` is the newest entry's, or the epoch for an empty feed. */
export function toAtom(feed: AtomFeed): string {
  const updated =
    feed.entries
      .map((e) => dateTime(e.updated))
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xmlEscape(e.id)}</id>
    <title>${xmlEscape(e.title)}</title>
    <updated>${dateTime(e.updated)}</updated>
    <link rel="alternate" href="${xmlEscape(e.link)}"/>
    <content type="text">${xmlEscape(e.content)}</content>
  </entry>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Rådslag</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
