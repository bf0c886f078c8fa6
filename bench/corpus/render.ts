import type { MeetingModel } from './meeting-model.js';
import { habit, type Random } from './random.js';
import { renderAnteckningar } from './render-anteckningar.js';
import { renderMinutes, SYNTHETIC_MARKER } from './render-minutes.js';
import { renderProtokoll } from './render-protokoll.js';
import { renderWeb } from './render-web.js';
import { sheetOneLine, sheetText, textLine, type Sheet } from './sheet.js';

export interface RenderedMinutes {
  /** The file's text; for a PDF, the text it is typeset from. */
  text: string;
  /** The printed pages a PDF of the docs/layouts.md families is typeset from; null for the samples' family. */
  sheet: Sheet | null;
}

/** One meeting in its body's layout, as the file the corpus holds: text, a transcript that lost its line breaks, or a PDF's pages. */
export function renderMeeting(m: MeetingModel, random: Random): RenderedMinutes {
  const style = m.body.style;
  if (style === null) return { text: renderMinutes(m, random, { forPdf: m.format === 'pdf' }), sheet: null };
  const sheet =
    style.family === 'protokoll'
      ? renderProtokoll(m, style, random)
      : style.family === 'anteckningar'
        ? renderAnteckningar(m, style, random, m.format === 'pdf' || m.oneLine || style.pageMarker === 'sida-av')
        : renderWeb(m, style, random, m.oneLine ? 2 : 1);
  // The synthetic marker is the foot of every page, as a document's footer repeats: at the head it
  // would join the words a parser takes the body from on a one-line page.
  for (const page of sheet.pages) page.foot.push(textLine(SYNTHETIC_MARKER));
  // Some viewers put their own page index before each page's text ("2 2(15) Plats och tid …").
  const text = m.oneLine ? sheetOneLine(sheet, habit(m.body.key, 'viewer-index', 2) === 0) : sheetText(sheet);
  return { text, sheet };
}
