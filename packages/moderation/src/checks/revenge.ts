import { cueCheck } from '../check';

/** Announced revenge or a vendetta after a dispute ("dat zullen ze zich beklagen"). */
export const revengeCheck = cueCheck({
  name: 'revenge',
  category: 'reliability',
  code: 'revenge',
  severity: 'warning',
  phrases: (rules) => rules.reliability.revenge,
  message: 'Aangekondigde wraak of een persoonlijke afrekening na een conflict.',
  hint: 'Een waardering beschrijft je ervaring, geen dreiging. Voor een conflict kan je terecht bij de klachtendienst.',
});
