import type { Minutes } from '../shapes/minutes.schema.js';
import type { WritePolicy } from '../graph/write/write-meeting.js';

/** What the user tells the pipeline about one document beside its bytes. */
export interface DocumentOptions {
  /** ISO date: the meeting's date, whatever the text says (`--date`, the upload form's `date`). */
  date?: string;
  /** A meeting the graph holds from another document: refused or replaced (default: the session's). */
  otherDocument?: WritePolicy['otherDocument'];
}

/**
 * The parse result with the user's date: `dateSource: 'override'`, and a `date_override` warning
 * saying what the minutes gave (or that they gave nothing), so the record shows the date was set by hand.
 */
export function withDateOverride(minutes: Minutes, date: string): Minutes {
  const found = minutes.date === null ? 'no date' : `${minutes.date} (from ${minutes.dateSource ?? 'the text'})`;
  return {
    ...minutes,
    date,
    dateSource: 'override',
    warnings: [
      ...minutes.warnings,
      { code: 'date_override', message: `meeting date set to ${date} by the user; the minutes gave ${found}` },
    ],
  };
}
