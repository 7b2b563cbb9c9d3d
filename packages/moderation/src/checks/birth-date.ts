import type { Check } from '../check';
import type { Span } from '../types';
import { tokenIndexAt } from '../text/cues';

const MONTHS = 'januari|jan|februari|febr|feb|maart|mrt|april|apr|mei|juni|jun|juli|jul|augustus|aug|september|sept|sep|oktober|okt|november|nov|december|dec';
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|\\d{1,2}(?:ste|de|e)?\\s+(?:${MONTHS})\\.?(?:\\s+(?:19|20)\\d{2})?)(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Dates of birth: a date right after "geboren (op)", "geboortedatum", "°" and the like. */
export const birthDateCheck: Check = {
  name: 'birth-date',
  category: 'privacy',
  run({ text, rules }) {
    const spans: Span[] = [];
    const cues = rules.people.birthCues;
    DATE.lastIndex = 0;
    for (let m = DATE.exec(text.folded); m; m = DATE.exec(text.folded)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const before = text.text.slice(Math.max(0, span.start - 3), span.start);
      let cued = /°\s*$/.test(before);
      if (!cued) {
        const first = tokenIndexAt(text.tokens, span.start);
        const sentence = text.tokens[first]?.sentence;
        const near = [...text.tokens.slice(Math.max(0, first - 5), first), ...text.tokens.slice(first, first + 6).filter((t) => t.start >= span.end).slice(0, 2)];
        cued = near.some((t) => t.sentence === sentence && cues.has(t.norm));
      }
      if (cued) spans.push(span);
    }
    if (spans.length === 0) return [];
    return [
      {
        category: 'privacy',
        code: 'birth-date',
        severity: 'high',
        message: `Geboortedatum in de tekst (${spans.length}×): samen met de voorziening maakt die een kind herkenbaar.`,
        hint: 'Laat de geboortedatum weg; een leeftijd ("een peuter van twee") volstaat.',
        spans,
        redaction: spans.map((s) => ({ ...s, replacement: '[geboortedatum]' })),
      },
    ];
  },
};
