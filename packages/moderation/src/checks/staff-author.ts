import { cueCheck } from '../check';

/** Written by staff, the owner or the facility itself ("als begeleidster hier", "bij ons werken"). */
export const staffAuthorCheck = cueCheck({
  name: 'staff-author',
  category: 'reliability',
  reviewsOnly: true,
  code: 'staff-author',
  severity: 'warning',
  phrases: (rules) => rules.reliability.staffVoice,
  message: 'De tekst lijkt geschreven door een medewerker, de uitbater of de voorziening zelf, niet door een gebruiker.',
  hint: 'Waarderingen komen van ouders, bewoners en hun familie. Een voorziening kan publiek reageren op een waardering.',
});
