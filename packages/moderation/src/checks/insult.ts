import { cueCheck } from '../check';

/** Insults: shown to the editors, never a reason to reject on their own. "Incompetent" is not one. */
export const insultCheck = cueCheck({
  name: 'insult',
  category: 'reliability',
  code: 'insult',
  severity: 'warning',
  phrases: (rules) => rules.reliability.insults,
  message: 'Scheldwoord of belediging: mogelijk een persoonlijke aanval.',
  hint: 'Kritiek is welkom, scheldwoorden niet: beschrijf wat er misliep.',
});
