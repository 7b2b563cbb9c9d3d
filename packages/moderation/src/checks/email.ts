import type { Check } from '../check';

/** E-mail addresses, also written with (at) or [at]. */
export const emailCheck: Check = {
  name: 'email',
  category: 'privacy',
  run({ text }) {
    if (text.emails.length === 0) return [];
    return [
      {
        category: 'privacy',
        code: 'email-address',
        severity: 'high',
        message: `E-mailadres in de tekst (${text.emails.length}×): contactgegevens worden niet gepubliceerd.`,
        hint: 'Laat e-mailadressen weg: wie meer wil weten, kan via het platform reageren.',
        spans: text.emails.map((s) => ({ ...s })),
        redaction: text.emails.map((s) => ({ ...s, replacement: '[e-mailadres]' })),
      },
    ];
  },
};
