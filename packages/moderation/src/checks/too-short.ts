import type { Check } from '../check';

/** Too short to say anything (fewer than `readability.minWords` words). */
export const tooShortCheck: Check = {
  name: 'too-short',
  category: 'readability',
  run({ text, rules }) {
    const min = rules.settings.readability.minWords;
    const count = text.words.length;
    if (count >= min) return [];
    return [
      {
        category: 'readability',
        code: 'too-short',
        severity: 'warning',
        message: `Te kort om iets te zeggen: ${count} ${count === 1 ? 'woord' : 'woorden'} (minstens ${min}).`,
        hint: 'Vertel wat meer: wat ging goed, wat kan beter?',
        spans: text.text.length > 0 ? [{ start: 0, end: text.text.length }] : [],
      },
    ];
  },
};
