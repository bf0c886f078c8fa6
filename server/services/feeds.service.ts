import { newestFollowUps } from '../../graph/read/follow-ups.repository.js';
import { listTopicOverviews } from '../../graph/read/topic-details.repository.js';
import { newestItemsAbout } from '../../graph/read/topic-feed.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import { NotFoundError } from '../errors.js';
import { toAtom } from '../format/atom.js';

/** Entries per feed: feed readers poll often; the newest are what they need. */
const MAX_ENTRIES = 50;
const STATUS_SV = { open: 'öppen', addressed: 'åtgärdad', overdue: 'försenad' } as const;

/**
 * Newest passages about a topic, one entry per agenda item (its passages about the topic as content).
 * Both feeds leave undated meetings out: an Atom entry needs a date, and a meeting's ingest time
 * would pass off when the file was read as when the council met.
 */
export async function topicFeed(executor: GraphReader, slug: string, origin: string): Promise<string> {
  const [topic] = await listTopicOverviews(executor, slug);
  if (!topic) throw new NotFoundError('topic', slug);
  const entries = (await newestItemsAbout(executor, slug, MAX_ENTRIES)).map(({ meeting, item, passages }) => ({
    id: `urn:radslag:item:${encodeURIComponent(item.key)}`,
    title: `${meeting.date} · ${item.number}. ${item.title}`,
    updated: meeting.date,
    link: `${origin}/meetings/${encodeURIComponent(meeting.id)}#item-${item.ordinal}`,
    content: passages.map((p) => p.text).join('\n\n'),
  }));
  return toAtom({
    id: `urn:radslag:topic:${slug}`,
    title: `Rådslag – ${topic.label_sv ?? slug}`,
    self: `${origin}/api/feeds/topics/${encodeURIComponent(slug)}.atom`,
    alternate: `${origin}/topics/${encodeURIComponent(slug)}`,
    entries,
  });
}

/** The newest follow-ups with their status in the title; the graph reads only those. */
export async function followUpsFeed(executor: GraphReader, origin: string): Promise<string> {
  const followUps = await newestFollowUps(executor, MAX_ENTRIES);
  return toAtom({
    id: 'urn:radslag:follow-ups',
    title: 'Rådslag – uppföljningar (follow-ups)',
    self: `${origin}/api/feeds/follow-ups.atom`,
    alternate: `${origin}/follow-ups`,
    entries: followUps.map((f) => ({
      id: `urn:radslag:follow-up:${encodeURIComponent(f.key)}`,
      title: `[${STATUS_SV[f.status]} / ${f.status}] ${f.text}`,
      updated: f.evidence?.date ?? f.date,
      link: `${origin}/meetings/${encodeURIComponent(f.meetingId)}#item-${f.itemOrdinal}`,
      content: [
        `${f.date} · ${f.itemTitle}`,
        `Ansvarig (owner): ${f.owner.name ?? 'okänd'}`,
        f.due ? `Senast (due): ${f.due}` : null,
        f.evidence ? `Behandlad (addressed) ${f.evidence.date}: ${f.evidence.itemTitle}` : null,
      ]
        .filter(Boolean)
        .join('\n'),
    })),
  });
}
