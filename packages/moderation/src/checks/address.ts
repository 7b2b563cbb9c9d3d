import type { Check } from '../check';
import type { Rules } from '../rules/load';
import type { Span } from '../types';
import { fold } from '../text/fold';

// A word followed by a house number; the word is then checked for a street ending. Anchoring on
// the number keeps the search linear on any input.
const WORD_NUMBER = /(?<![\p{L}'’.\-])(\p{L}[\p{L}'’.\-]{0,40})[ \t]{1,3}(\d{1,4})(?![\p{N}]|[.,]\d)/gu;
const PREFIX_WORDS = /(?:\p{Lu}[\p{L}'’.\-]{0,30} ){1,2}$/u;
const LETTER = /[ ]?[a-zA-Z](?![\p{L}\p{N}])/uy;
const BUS = /[ \t]{0,3}(?:,[ \t]{0,3})?(?:bus|Bus|b\.|bte|\/)[ \t]{0,3}\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}])/uy;
const POSTCODE = /[ \t]{0,3},?[ \t]{0,3}(?:[Bb]-)?[1-9]\d{3}(?:[ ]?[A-Z]{2})?[ \t]{1,3}\p{Lu}[\p{L}'’\-]{1,30}(?:[ \-]\p{Lu}[\p{L}'’\-]{1,30})?/uy;

function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : at;
}

export function findAddresses(text: string, rules: Rules): Span[] {
  const suffixes = rules.people.streetSuffixes;
  const spans: Span[] = [];
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(text); m; m = WORD_NUMBER.exec(text)) {
    const word = fold(m[1]!);
    if (!suffixes.some((s) => word.endsWith(s))) continue;
    let start = m.index;
    const prefix = PREFIX_WORDS.exec(text.slice(Math.max(0, start - 64), start));
    if (prefix) start -= prefix[0].length;
    let end = m.index + m[0].length;
    end = sticky(LETTER, text, end);
    const afterBus = sticky(BUS, text, end);
    const afterPostcode = sticky(POSTCODE, text, afterBus);
    const hasBus = afterBus > end;
    const hasPostcode = afterPostcode > afterBus;
    const number = Number(m[2]);
    // "De kerstmarkt 2023" is a year, not a house number.
    if (!hasBus && !hasPostcode && m[2]!.length === 4 && number >= 1900 && number <= 2099) continue;
    if (!/^\p{Lu}/u.test(text.slice(start)) && !hasBus && !hasPostcode) continue;
    spans.push({ start, end: afterPostcode });
  }
  return spans;
}

/** Street addresses with a house number ("Kerkstraat 14 bus 3, 9000 Gent"). */
export const addressCheck: Check = {
  name: 'address',
  category: 'privacy',
  run({ text, rules }) {
    const spans = findAddresses(text.text, rules);
    if (spans.length === 0) return [];
    return [
      {
        category: 'privacy',
        code: 'street-address',
        severity: 'high',
        message: `Adres met huisnummer in de tekst (${spans.length}×).`,
        hint: 'Laat adressen weg: een straat en huisnummer maken iemand herkenbaar.',
        spans,
        redaction: spans.map((s) => ({ ...s, replacement: '[adres]' })),
      },
    ];
  },
};
