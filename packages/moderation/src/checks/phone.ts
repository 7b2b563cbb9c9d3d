import parsePhoneNumber, { type CountryCode } from 'libphonenumber-js/max';
import type { Check } from '../check';
import type { Span } from '../types';

// Digits with the separators people use: spaces, dots, slashes, dashes, brackets; optional + or 00.
const CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d \t./()\-]{6,22}\d(?![\p{N}])/gu;
const COUNTRIES: CountryCode[] = ['BE', 'NL'];

export function findPhoneNumbers(text: string, taken: readonly Span[] = []): Span[] {
  const spans: Span[] = [];
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  let next = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    let start = m.index;
    let raw = m[0];
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      start++;
    }
    const end = start + raw.length;
    // Candidates come in text order: skip the taken spans that end before this one.
    while (next < sortedTaken.length && sortedTaken[next]!.end <= start) next++;
    let overlaps = false;
    for (let k = next; k < sortedTaken.length && sortedTaken[k]!.start < end && !overlaps; k++) overlaps = sortedTaken[k]!.end > start;
    if (overlaps) continue;
    // National notation starts with the trunk prefix 0, international with + or 00: "12/03/2025" is no number.
    if (!/^(?:\+|0)/.test(raw)) continue;
    const digits = raw.replace(/[^\d+]/g, '');
    if (digits.replace('+', '').length < 8 || digits.length > 16) continue;
    // "+32 (0)478" is written often; the (0) is not dialled from abroad.
    const cleaned = raw.replace(/\(0\)/, '');
    const valid = COUNTRIES.some((country) => {
      try {
        return parsePhoneNumber(cleaned, country)?.isValid() ?? false;
      } catch {
        return false;
      }
    });
    if (valid) spans.push({ start, end });
  }
  return spans;
}

/** Belgian and Dutch phone numbers in any common notation, validated with libphonenumber-js. */
export const phoneCheck: Check = {
  name: 'phone',
  category: 'privacy',
  run({ text, earlier }) {
    const taken = earlier.filter((f) => f.category === 'privacy').flatMap((f) => f.spans);
    const spans = findPhoneNumbers(text.text, taken);
    if (spans.length === 0) return [];
    return [
      {
        category: 'privacy',
        code: 'phone-number',
        severity: 'high',
        message: `Telefoonnummer in de tekst (${spans.length}×): contactgegevens worden niet gepubliceerd.`,
        hint: 'Laat telefoonnummers weg, ook dat van de voorziening of een medewerker.',
        spans,
        redaction: spans.map((s) => ({ ...s, replacement: '[telefoonnummer]' })),
      },
    ];
  },
};
