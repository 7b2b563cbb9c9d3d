import type { Check } from '../check';
import type { Span } from '../types';
import { tokenIndexAt } from '../text/cues';
import type { TextAnalysis } from '../text/analyze';
import { belgianPlateFormat, isDutchPlate } from '../validators';

const CURRENT = /(?<![\p{L}\p{N}\-])[1-9][\-.\s]?[A-Za-z]{3}[\-.\s]?\d{3}(?![\p{L}\p{N}]|-\p{L})/gu;
const OLDER = /(?<![\p{L}\p{N}\-])(?:[A-Za-z]{3}[\-.\s]\d{3}|\d{3}[\-.\s][A-Za-z]{3}|[A-Za-z0-9]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9]{1,2})(?![\p{L}\p{N}]|-\p{L})/gu;

function cueNearby(a: TextAnalysis, span: Span, cues: Set<string>): boolean {
  const first = tokenIndexAt(a.tokens, span.start);
  const sentence = a.tokens[first]?.sentence;
  return a.tokens.slice(Math.max(0, first - 8), first + 6).some((t) => t.sentence === sentence && cues.has(t.norm));
}

/**
 * Belgian number plates (1-ABC-123; the older ABC-123 and 123-ABC near a word such as "wagen")
 * and Dutch plates near such a word. Written in capitals or with dashes, as on the plate, so that
 * "1 kom 250 gram" is no plate.
 */
export const plateCheck: Check = {
  name: 'plate',
  category: 'privacy',
  run({ text, rules }) {
    const spans: Span[] = [];
    CURRENT.lastIndex = 0;
    for (let m = CURRENT.exec(text.text); m; m = CURRENT.exec(text.text)) {
      const raw = m[0];
      const span = { start: m.index, end: m.index + raw.length };
      if (belgianPlateFormat(raw) !== 'current') continue;
      const letters = raw.replace(/[^A-Za-z]/g, '');
      const asOnPlate = letters === letters.toUpperCase() || raw.includes('-');
      if (asOnPlate || cueNearby(text, span, rules.people.plateCues)) spans.push(span);
    }
    OLDER.lastIndex = 0;
    for (let m = OLDER.exec(text.text); m; m = OLDER.exec(text.text)) {
      const raw = m[0];
      const span = { start: m.index, end: m.index + raw.length };
      if (spans.some((s) => s.start < span.end && span.start < s.end)) continue;
      if (raw !== raw.toUpperCase()) continue;
      if ((belgianPlateFormat(raw) === 'old' || isDutchPlate(raw)) && cueNearby(text, span, rules.people.plateCues)) spans.push(span);
    }
    if (spans.length === 0) return [];
    spans.sort((a, b) => a.start - b.start);
    return [
      {
        category: 'privacy',
        code: 'number-plate',
        severity: 'high',
        message: `Nummerplaat in de tekst (${spans.length}×): daarmee is iemand te herkennen.`,
        hint: 'Laat de nummerplaat weg.',
        spans,
        redaction: spans.map((s) => ({ ...s, replacement: '[nummerplaat]' })),
      },
    ];
  },
};
