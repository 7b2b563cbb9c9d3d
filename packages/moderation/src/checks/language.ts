import type { Check } from '../check';

const SAMPLE = 3000;

/**
 * Dutch expected. A text is taken for another language only when it has enough words, the
 * identifier is sure, and it has few Dutch function words (so dialect is not "another language").
 */
export const languageCheck: Check = {
  name: 'language',
  category: 'readability',
  run({ text, rules }) {
    const words = text.words.filter((t) => !t.inLink);
    if (words.length < rules.settings.readability.languageMinWords) return { flags: [], metrics: { language: 'unknown' } };
    const dutchWords = words.filter((t) => rules.language.dutchFunctionWords.has(t.norm)).length / words.length;
    // Ordinary Dutch has a fifth or more function words: no need to ask the identifier.
    if (dutchWords >= 0.2) return { flags: [], metrics: { language: 'nl' } };
    const detected = rules.detectLanguage(text.text.slice(0, SAMPLE));
    const language = detected.reliable ? detected.language : 'unknown';
    if (language === 'nl' || language === 'unknown' || dutchWords >= 0.12) return { flags: [], metrics: { language } };
    return {
      metrics: { language },
      flags: [
        {
          category: 'readability',
          code: 'not-dutch',
          severity: 'warning',
          message: `De tekst is niet in het Nederlands (herkend: ${language}).`,
          hint: 'Schrijf je waardering in het Nederlands, zodat alle lezers ze begrijpen.',
          spans: [{ start: 0, end: text.text.length }],
        },
      ],
    };
  },
};
