import type { Check } from '../check';
import { sentimentOf } from '../text/sentiment';

/** Scores that contradict the text: top scores with a clearly negative text, or the reverse. */
export const ratingContradictionCheck: Check = {
  name: 'rating-contradiction',
  category: 'reliability',
  reviewsOnly: true,
  run({ text, rules, submission }) {
    const sentiment = sentimentOf(text, rules);
    const metrics = { sentiment: sentiment.score };
    const scores = Object.values(submission.ratings ?? {}).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    if (scores.length < 3) return { flags: [], metrics };
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const R = rules.settings.reliability.ratingContradiction;
    const tooHigh = mean >= R.highRating && sentiment.score <= -R.minSentiment;
    const tooLow = mean <= R.lowRating && sentiment.score >= R.minSentiment;
    if (!tooHigh && !tooLow) return { flags: [], metrics };
    return {
      metrics,
      flags: [
        {
          category: 'reliability',
          code: 'rating-contradiction',
          severity: 'warning',
          message: `De scores (gemiddeld ${mean.toFixed(1)} op 5) spreken de tekst tegen, die ${tooHigh ? 'duidelijk negatief' : 'duidelijk positief'} is (sentiment ${sentiment.score}).`,
          hint: 'Kijk je scores na: passen ze bij wat je schrijft?',
          spans: [],
        },
      ],
    };
  },
};
