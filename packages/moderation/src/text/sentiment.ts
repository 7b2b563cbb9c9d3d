import type { Rules } from '../rules/load';
import type { TextAnalysis } from './analyze';
import { findCues, isNegated, tokenIndexAt } from './cues';

export interface Sentiment {
  /** Sum of the signed weights: below 0 negative, above 0 positive. */
  score: number;
  positive: number;
  negative: number;
}

const cache = new WeakMap<TextAnalysis, Sentiment>();

/**
 * Lexicon sentiment with negation: a negation up to 3 words before a phrase (same clause) turns
 * its sign, an intensifier right before it weighs 1.5 times.
 */
export function sentimentOf(a: TextAnalysis, rules: Rules): Sentiment {
  const cached = cache.get(a);
  if (cached) return cached;
  const S = rules.sentiment;
  let positive = 0;
  let negative = 0;
  const negation = { negators: S.negators, clauseBreakers: rules.safety.clauseBreakers, window: 3 };
  for (const [sign, list] of [
    [1, S.positive],
    [-1, S.negative],
  ] as const) {
    for (const hit of findCues(a, list)) {
      // "niet slecht" is mildly positive, "geen aanrader" clearly negative: a negation turns and halves.
      const negated = isNegated(a, hit, negation);
      const before = a.tokens[tokenIndexAt(a.tokens, hit.start) - 1];
      const intensity = before && S.intensifiers.has(before.norm) ? 1.5 : 1;
      const value = sign * (negated ? -0.5 : 1) * hit.phrase.weight * intensity;
      if (value > 0) positive += value;
      else negative -= value;
    }
  }
  const result = { score: Math.round((positive - negative) * 100) / 100, positive, negative };
  cache.set(a, result);
  return result;
}
