import { listMeetings } from '../../graph/read/meetings.repository.js';
import { exportPassages } from '../../graph/read/passage-export.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type {
  ExportedPassage,
  ExportMeetingsQuery,
  ExportPassagesQuery,
  MeetingSummary,
  TrendsQuery,
  TrendsResponse,
} from '../../shapes/api/index.js';
import { toCsv } from '../format/csv.js';
import { listMeetingSummaries } from './meetings.service.js';
import { trends } from './topics.service.js';

/** Data for the export endpoints, as JSON values and as CSV text. */

export async function allMeetings(executor: GraphReader, filter: ExportMeetingsQuery = {}): Promise<MeetingSummary[]> {
  const { total } = await listMeetings(executor, { ...filter, limit: 1 });
  const all: MeetingSummary[] = [];
  for (let page = 1; all.length < total; page++) {
    const { items } = await listMeetingSummaries(executor, { ...filter, page, pageSize: 100 });
    if (items.length === 0) break;
    all.push(...items);
  }
  return all;
}

export const meetingsCsv = (meetings: readonly MeetingSummary[]): string =>
  toCsv(
    [
      'id',
      'date',
      'dateSource',
      'title',
      'body',
      'diaryNumber',
      'place',
      'items',
      'passages',
      'attendees',
      'concerns',
      'followUps',
      'topTopics',
    ],
    meetings.map((m) => [
      m.id,
      m.date,
      m.dateSource,
      m.title,
      m.body.name,
      m.diaryNumber,
      m.place,
      m.items,
      m.passages,
      m.attendees,
      m.concerns,
      m.followUps,
      m.topTopics.map((t) => t.slug).join(' '),
    ]),
  );

export const passagesFor = (executor: GraphReader, query: ExportPassagesQuery): Promise<ExportedPassage[]> =>
  exportPassages(executor, query);

export const passagesCsv = (passages: readonly ExportedPassage[]): string =>
  toCsv(
    ['key', 'meetingId', 'date', 'body', 'itemNumber', 'itemTitle', 'ordinal', 'kind', 'speakerType', 'speaker', 'page', 'topics', 'text'],
    passages.map((p) => [
      p.key,
      p.meeting.id,
      p.meeting.date,
      p.body.name,
      p.item.number,
      p.item.title,
      p.ordinal,
      p.kind,
      p.speaker.type,
      p.speaker.name,
      p.page,
      p.topics.map((t) => t.slug).join(' '),
      p.text,
    ]),
  );

export const trendsFor = (executor: GraphReader, query: TrendsQuery): Promise<TrendsResponse> => trends(executor, query);

/** One row per series and period (long format: filters and pivots well in a spreadsheet). */
export const trendsCsv = (response: TrendsResponse): string =>
  toCsv(
    ['slug', 'label_sv', 'label_en', 'body', 'granularity', 'period', 'start', response.measure, 'passages', 'totalPassages', 'meetings'],
    response.series.flatMap((s) =>
      s.points.map((p) => [
        s.slug,
        s.label_sv,
        s.label_en,
        s.body?.name ?? null,
        response.granularity,
        p.period,
        p.start,
        p.value,
        p.passages,
        p.totalPassages,
        p.meetings,
      ]),
    ),
  );
