import type { Check } from '../check';

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Shouting: mostly capital letters. */
export const capitalsCheck: Check = {
  name: 'capitals',
  category: 'readability',
  run({ text, rules }) {
    let letters = 0;
    let upper = 0;
    for (const t of text.words) {
      if (t.inLink) continue;
      const lower = t.raw.toLowerCase();
      const upperCase = t.raw.toUpperCase();
      if (lower.length !== t.raw.length || upperCase.length !== t.raw.length) {
        for (const ch of t.raw) {
          if (!LETTER.test(ch)) continue;
          letters++;
          if (UPPER.test(ch)) upper++;
        }
        continue;
      }
      // A letter is a character that has a case; it is a capital when it differs from its lower case.
      for (let i = 0; i < t.raw.length; i++) {
        if (lower[i] === upperCase[i]) continue;
        letters++;
        if (t.raw[i] !== lower[i]) upper++;
      }
    }
    const ratio = letters === 0 ? 0 : upper / letters;
    const metrics = { capitalsRatio: Math.round(ratio * 1000) / 1000 };
    const R = rules.settings.readability;
    if (letters < R.capitalsMinLetters || ratio < R.capitalsRatio) return { flags: [], metrics };
    return {
      metrics,
      flags: [
        {
          category: 'readability',
          code: 'capitals',
          severity: 'warning',
          message: `Grotendeels in hoofdletters (${Math.round(ratio * 100)} % van de letters): leest als roepen.`,
          hint: 'Schrijf in gewone letters; hoofdletters lezen als roepen.',
          spans: text.words.filter((t) => t.allCaps && !t.inLink).map((t) => ({ start: t.start, end: t.end })),
        },
      ],
    };
  },
};
