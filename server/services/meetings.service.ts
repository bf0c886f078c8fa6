import { readFile } from 'node:fs/promises';
import { listMeetingConcerns } from '../../graph/read/concerns.repository.js';
import { listFollowUps } from '../../graph/read/follow-ups.repository.js';
import { meetingExtras } from '../../graph/read/meeting-extras.repository.js';
import { getMeeting, listMeetings } from '../../graph/read/meetings.repository.js';
import type { GraphReader } from '../../graph/db/ports.js';
import type { MeetingDetail, MeetingsQuery, MeetingsResponse } from '../../shapes/api/index.js';
import { NotFoundError } from '../errors.js';

export async function listMeetingSummaries(executor: GraphReader, query: MeetingsQuery): Promise<MeetingsResponse> {
  const { total, meetings } = await listMeetings(executor, {
    body: query.body,
    from: query.from,
    to: query.to,
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  const extras = await meetingExtras(
    executor,
    meetings.map((m) => m.id),
  );
  const items = meetings.map((m) => {
    const extra = extras.get(m.id);
    return { ...m, concerns: extra?.concerns ?? 0, followUps: extra?.followUps ?? 0, topTopics: extra?.topTopics ?? [] };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function meetingDetail(executor: GraphReader, id: string): Promise<MeetingDetail> {
  const meeting = await getMeeting(executor, id);
  if (!meeting) throw new NotFoundError('meeting', id);
  const [concerns, followUps] = await Promise.all([listMeetingConcerns(executor, id), listFollowUps(executor, { meetingId: id })]);
  return {
    ...meeting,
    source: { ...meeting.source, url: `/api/meetings/${encodeURIComponent(id)}/source` },
    concerns,
    followUps,
  };
}

/** The original document as ingested; 404 when the meeting is unknown or the file has moved. */
export async function meetingSource(executor: GraphReader, id: string): Promise<{ bytes: Buffer; mediaType: string; fileName: string }> {
  const meeting = await getMeeting(executor, id);
  if (!meeting) throw new NotFoundError('meeting', id);
  let bytes: Buffer;
  try {
    bytes = await readFile(meeting.source.path);
  } catch {
    throw new NotFoundError('source document of meeting', id);
  }
  const fileName = meeting.source.path.split(/[\\/]/).pop() ?? 'source';
  return { bytes, mediaType: meeting.source.mediaType ?? 'application/octet-stream', fileName };
}
