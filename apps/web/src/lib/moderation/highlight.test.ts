import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

describe('marking flagged passages', () => {
  const text = 'Juf Marieke belde ons op 0470 12 34 56 om het te zeggen.';

  it('marks each span and refers to its flag where the span ends', () => {
    const segments = highlightSegments(text, [
      { number: 1, spans: [{ start: 0, end: 11 }] },
      { number: 2, spans: [{ start: 25, end: 38 }] },
    ]);
    expect(segments).toEqual([
      { text: 'Juf Marieke', flags: [1], ends: [1] },
      { text: ' belde ons op ', flags: [], ends: [] },
      { text: '0470 12 34 56', flags: [2], ends: [2] },
      { text: ' om het te zeggen.', flags: [], ends: [] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('splits overlapping spans of two flags without losing text', () => {
    const segments = highlightSegments(text, [
      { number: 1, spans: [{ start: 0, end: 11 }] },
      { number: 2, spans: [{ start: 4, end: 17 }] },
    ]);
    expect(segments.slice(0, 3)).toEqual([
      { text: 'Juf ', flags: [1], ends: [] },
      { text: 'Marieke', flags: [1, 2], ends: [1] },
      { text: ' belde', flags: [2], ends: [2] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('ignores spans that do not fit the text', () => {
    expect(highlightSegments('kort', [{ number: 1, spans: [{ start: 2, end: 40 }, { start: 3, end: 1 }] }])).toEqual([
      { text: 'kort', flags: [], ends: [] },
    ]);
  });
});
