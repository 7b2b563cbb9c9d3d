import { cueCheck } from '../check';

/** Promotes another facility ("ga toch liever naar ..."). */
export const promotionCheck = cueCheck({
  name: 'promotion',
  category: 'reliability',
  reviewsOnly: true,
  code: 'other-facility',
  severity: 'warning',
  phrases: (rules) => rules.reliability.promotion,
  message: 'De tekst beveelt een andere voorziening aan: mogelijk reclame of een concurrent.',
  hint: 'Schrijf over je eigen ervaring met deze voorziening, zonder andere aan te prijzen.',
});
