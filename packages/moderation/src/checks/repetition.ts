import type { Check } from '../check';
import type { Span } from '../types';

/** Runs of one repeated letter ("suuuuper") or punctuation mark ("!!!"; an ellipsis of three dots is fine). */
export const repetitionCheck: Check = {
  name: 'repetition',
  category: 'readability',
  run({ text, rules }) {
    const R = rules.settings.readability;
    const spans: Span[] = [];
    const letterRun = new RegExp(`(\\p{L})\\1{${R.repeatedLetterRun - 1},}`, 'giu');
    for (const t of text.words) {
      if (t.inLink) continue;
      letterRun.lastIndex = 0;
      for (let m = letterRun.exec(t.raw); m; m = letterRun.exec(t.raw)) spans.push({ start: t.start + m.index, end: t.start + m.index + m[0].length });
    }
    const punctuationRun = new RegExp(`([!?,;:*~])\\1{${R.repeatedPunctuationRun - 1},}|\\.{${R.repeatedPunctuationRun + 1},}|[!?]{${R.repeatedPunctuationRun},}`, 'g');
    for (let m = punctuationRun.exec(text.text); m; m = punctuationRun.exec(text.text)) spans.push({ start: m.index, end: m.index + m[0].length });
    if (spans.length === 0) return [];
    spans.sort((a, b) => a.start - b.start);
    return [
      {
        category: 'readability',
        code: 'repetition',
        severity: 'warning',
        message: `Herhaalde letters of leestekens (${spans.length}×).`,
        hint: 'Eén uitroepteken volstaat, en schrijf woorden zonder extra letters.',
        spans,
      },
    ];
  },
};
