import type { Check } from '../check';
import type { Span } from '../types';
import { isValidBelgianAccount, isValidIban } from '../validators';

// Country code, check digits, then groups; trailing groups are dropped until the check passes.
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])([A-Za-z]{2}\d{2})((?:[ .\-]?[A-Za-z0-9]{1,4}){3,8})/gu;
const OLD_ACCOUNT = /(?<![\p{N}\-])\d{3}-\d{7}-\d{2}(?![\p{N}\-])/gu;

export function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  IBAN_CANDIDATE.lastIndex = 0;
  for (let m = IBAN_CANDIDATE.exec(text); m; m = IBAN_CANDIDATE.exec(text)) {
    const groups = m[2]!.match(/[ .\-]?[A-Za-z0-9]{1,4}/g) ?? [];
    for (let n = groups.length; n >= 3; n--) {
      const candidate = m[1]! + groups.slice(0, n).join('');
      if (isValidIban(candidate)) {
        spans.push({ start: m.index, end: m.index + candidate.length });
        IBAN_CANDIDATE.lastIndex = m.index + candidate.length;
        break;
      }
    }
  }
  OLD_ACCOUNT.lastIndex = 0;
  for (let m = OLD_ACCOUNT.exec(text); m; m = OLD_ACCOUNT.exec(text)) {
    if (isValidBelgianAccount(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Bank account numbers: IBANs that pass the mod-97 check, and old Belgian account numbers. */
export const ibanCheck: Check = {
  name: 'iban',
  category: 'privacy',
  run({ text }) {
    const spans = findIbans(text.text);
    if (spans.length === 0) return [];
    return [
      {
        category: 'privacy',
        code: 'bank-account',
        severity: 'high',
        message: `Rekeningnummer in de tekst (geldig volgens de controlecijfers, ${spans.length}×).`,
        hint: 'Laat je rekeningnummer weg: dat hoort niet in een publieke waardering.',
        spans,
        redaction: spans.map((s) => ({ ...s, replacement: '[rekeningnummer]' })),
      },
    ];
  },
};
