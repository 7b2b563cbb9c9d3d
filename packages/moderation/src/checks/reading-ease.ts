import type { Check } from '../check';

const VOWEL_GROUP = /(?:ij|[aeiouyàáâèéêìíîòóôùúû])+|[äëïöü]/giu;

function syllables(word: string): number {
  const groups = word.toLowerCase().match(VOWEL_GROUP);
  return Math.max(1, groups?.length ?? 0);
}

/**
 * Flesch-Douma reading ease (the Dutch adaptation of Flesch): 206.84 - 0.77 x syllables per 100
 * words - 0.93 x words per sentence. Information for the editors only: it never raises a flag.
 */
export const readingEaseCheck: Check = {
  name: 'reading-ease',
  category: 'readability',
  run({ text }) {
    const words = text.words.filter((t) => !t.inLink);
    const sentences = Math.max(1, text.sentences.length);
    if (words.length === 0) return { flags: [], metrics: { readingEase: null, words: text.words.length, sentences: text.sentences.length } };
    let total = 0;
    for (const w of words) total += syllables(w.raw);
    const score = 206.84 - 0.77 * ((total / words.length) * 100) - 0.93 * (words.length / sentences);
    return {
      flags: [],
      metrics: { readingEase: Math.round(Math.min(100, Math.max(0, score)) * 10) / 10, words: text.words.length, sentences: text.sentences.length },
    };
  },
};
