import { MIN_RATED_THEMES, NOT_APPLICABLE_LABEL, RATING_LABELS, RATING_MAX, RATING_MIN } from '@zorgwaardering/core';
import type { RatingScale } from '../types';

/** The answer scale as pages show it: 1 to 5 with their words, and "niet van toepassing". */
export function ratingScale(): RatingScale {
  const choices = [];
  for (let value = RATING_MIN; value <= RATING_MAX; value++) choices.push({ value, label: RATING_LABELS[value] ?? String(value) });
  return { choices, max: RATING_MAX, notApplicable: NOT_APPLICABLE_LABEL, minRated: MIN_RATED_THEMES };
}
