import { cueCheck } from '../check';

/** Boundless, implausible claims ("de beste van de hele wereld", "maken nooit één fout"). */
export const implausibleCheck = cueCheck({
  name: 'implausible',
  category: 'reliability',
  code: 'implausible-claim',
  severity: 'warning',
  phrases: (rules) => rules.reliability.implausible,
  message: 'Grenzeloze of onwaarschijnlijke beweringen: mogelijk geen echte ervaring.',
  hint: 'Beschrijf concreet wat je zelf meemaakte; overdrijving maakt je waardering minder geloofwaardig.',
});
