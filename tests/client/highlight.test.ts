import { describe, expect, it } from 'vitest';
import { findTermRanges, highlightSegments, mergeRanges } from '../../client/src/text/highlight.js';

describe('highlightSegments', () => {
  it('splits text into plain and marked parts from offsets', () => {
    const text = 'Varför krävs mer personal per vårdplats idag?';
    expect(highlightSegments(text, [[30, 39]])).toEqual([
      { text: 'Varför krävs mer personal per ', marked: false },
      { text: 'vårdplats', marked: true },
      { text: ' idag?', marked: false },
    ]);
  });

  it('keeps markup as text: the segments are never HTML', () => {
    const segments = highlightSegments('<b>x</b>', [[3, 4]]);
    expect(segments.map((s) => s.text).join('')).toBe('<b>x</b>');
  });

  it('clamps, sorts and merges overlapping or touching ranges', () => {
    expect(
      mergeRanges(
        [
          [5, 8],
          [-3, 2],
          [1, 3],
          [8, 9],
          [20, 30],
          [4, 4],
        ],
        10,
      ),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
    expect(highlightSegments('abc', [[2, 99]]).map((s) => s.marked)).toEqual([false, true]);
    expect(highlightSegments('', [])).toEqual([{ text: '', marked: false }]);
  });
});

describe('findTermRanges', () => {
  it('finds terms case-insensitively, Swedish letters included', () => {
    expect(findTermRanges('Nära vård och NÄRA VÅRD', ['nära vård'])).toEqual([
      [0, 9],
      [14, 23],
    ]);
    expect(findTermRanges('abc', ['', 'x'])).toEqual([]);
  });
});
