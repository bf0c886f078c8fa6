import { isStopWord } from '../../language/stopwords.js';
import { termsOf } from '../../language/topics/term-index.js';

/** How alike two texts are, 0–1. */
export type Similarity = (a: string, b: string) => number;

/**
 * The vocabulary of meeting procedure itself: every set of minutes has it, so sharing it says
 * nothing about two texts being on the same matter.
 */
const PROCEDURAL = new Set(
  (
    'råd rådet rådets pensionärsråd pensionärsrådet möte mötet möten sammanträde sammanträdet fråga frågan frågor lyft lyfts lyfter diskuter diskuteras återkommer återkom återkoppl återkopplar återkoppla statusuppdatering arbete arbetet information underlag anteckning anteckningar mötesanteckningar sekreterare synpunkt synpunkter kommentar kommentarer punkt ärende förvaltning förvaltningen hålls håll nästkommande nästa dag del pensionär pensionärer pensionärsorganisation pensionärsorganisationerna representant representanter medverka medverkan hsf' +
    // Reporting back and the calendar: "en lägesrapport om", "besked om", "senast den 2 juli".
    ' återkomm nästkomm pensionärråd status uppdatering uppdater besked lägesrapport rapport redovisning återkoppling senast januari februari mars april maj juni juli augusti september oktober november december'
  ).split(' '),
);

const cache = new Map<string, Map<string, number>>();

function vectorOf(text: string): Map<string, number> {
  let v = cache.get(text);
  if (!v) {
    v = new Map(
      [...termsOf(text).forms].filter(([form]) => form.length >= 3 && !isStopWord(form) && !PROCEDURAL.has(form) && !/^\d+$/.test(form)),
    );
    if (cache.size > 20_000) cache.clear();
    cache.set(text, v);
  }
  return v;
}

/** Whether a text has any content term at all, once procedure and numbers are set aside. */
export const hasContentTerms = (text: string): boolean => vectorOf(text).size > 0;

/**
 * Cosine over content terms — stems, compound parts and their joins — with sublinear counts.
 * Needs no model; an embedding-based Similarity can replace it where vectors exist.
 */
export const lexicalSimilarity: Similarity = (a, b) => {
  const va = vectorOf(a);
  const vb = vectorOf(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of va) {
    const wx = 1 + Math.log(x);
    na += wx * wx;
    const y = vb.get(k);
    if (y) dot += wx * (1 + Math.log(y));
  }
  for (const y of vb.values()) nb += (1 + Math.log(y)) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
};
