import type { Check } from '../check';
import type { Span } from '../types';
import { tokenIndexAt } from '../text/cues';
import { isValidNationalNumber } from '../validators';

const CANDIDATE = /(?<![\p{N}\-.\/])\d{2}[.\s]?\d{2}[.\s]?\d{2}[\s.\-]?\d{3}[\s.\-]?\d{2}(?![\p{N}\-\/]|\.\d)/gu;

/** Belgian national register and BIS numbers: valid check digits, or any such number right after a cue word. */
export const nationalNumberCheck: Check = {
  name: 'national-number',
  category: 'privacy',
  run({ text, rules }) {
    const spans: Span[] = [];
    let withoutCheck = 0;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text.text); m; m = CANDIDATE.exec(text.text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (isValidNationalNumber(m[0])) {
        spans.push(span);
        continue;
      }
      // A number the author calls a national register number is one, typo or not.
      const first = tokenIndexAt(text.tokens, span.start);
      const before = text.tokens.slice(Math.max(0, first - 6), first);
      if (before.some((t) => rules.people.nationalNumberCues.has(t.norm))) {
        spans.push(span);
        withoutCheck++;
      }
    }
    if (spans.length === 0) return [];
    return [
      {
        category: 'privacy',
        code: 'national-number',
        severity: 'high',
        message:
          `Rijksregister- of BIS-nummer in de tekst (${spans.length}×)` +
          (withoutCheck ? `, waarvan ${withoutCheck} met foute controlecijfers maar zo genoemd.` : ', met geldige controlecijfers.'),
        hint: 'Laat het rijksregisternummer weg: het is een gevoelig persoonsgegeven.',
        spans,
        redaction: spans.map((s) => ({ ...s, replacement: '[rijksregisternummer]' })),
      },
    ];
  },
};
