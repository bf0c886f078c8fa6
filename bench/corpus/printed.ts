import { isSampleLayout } from './bodies.js';
import type { MeetingModel } from './meeting-model.js';

/** The header facts a layout prints, so the renderer and the truth agree on what a reader can find. */
export interface PrintedFacts {
  startTime: string | null;
  endTime: string | null;
  nextMeeting: { date: string; time: string | null } | null;
  administration: string | null;
  diaryNumber: string | null;
  chair: string | null;
}

/**
 * What each layout writes down: the samples' family its labelled header and footer; a protokoll
 * place and time, and the next meeting after its last item; notes their date line (with the
 * times) only when they are dated in the text; a web page of the agenda-bullets kind neither
 * times nor a next date ("Nästa möte hålls i februari"), the other kind the starting time
 * ("Klockan") and the next meeting's date.
 */
export function printedFacts(m: MeetingModel): PrintedFacts {
  const chair = m.chair.person.name;
  const next = { date: m.nextDate, time: m.nextTime };
  const style = m.body.style;
  if (isSampleLayout(m.body.layout) || style === null) {
    return {
      startTime: m.startTime,
      endTime: m.endTime,
      nextMeeting: next,
      administration: m.body.letterhead[0],
      diaryNumber: m.diaryNumber,
      chair: m.body.layout === 'council-notes' ? null : chair,
    };
  }
  switch (style.family) {
    case 'protokoll':
      return { startTime: m.startTime, endTime: m.endTime, nextMeeting: next, administration: null, diaryNumber: null, chair };
    case 'anteckningar': {
      const dated = m.dateSource === 'text';
      return {
        startTime: dated ? m.startTime : null,
        endTime: dated ? m.endTime : null,
        nextMeeting: next,
        administration: m.body.letterhead[1],
        diaryNumber: null,
        chair,
      };
    }
    case 'web':
      return style.items === 'agenda-bullets'
        ? { startTime: null, endTime: null, nextMeeting: null, administration: null, diaryNumber: null, chair }
        : {
            startTime: m.startTime,
            endTime: null,
            nextMeeting: { date: m.nextDate, time: null },
            administration: null,
            diaryNumber: null,
            chair,
          };
  }
}
