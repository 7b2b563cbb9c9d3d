import type { OutgoingMail } from './transport';

/** The sign-in mail: the code for the form and a link that signs in with one click. */
export function signInMail(input: { to: string; code: string; link: string; validMinutes: number }): OutgoingMail {
  return {
    to: input.to,
    subject: `Je inlogcode voor Zorgwaardering Vlaanderen: ${input.code}`,
    text: [
      'Hallo,',
      '',
      `Je inlogcode is: ${input.code}`,
      '',
      'Vul deze code in op de pagina waar je ze aanvroeg, of log in met deze link:',
      input.link,
      '',
      `De code en de link werken één keer en blijven ${input.validMinutes} minuten geldig.`,
      '',
      'Heb je deze code niet aangevraagd? Dan mag je deze mail negeren: zonder de code kan niemand inloggen.',
      '',
      'Zorgwaardering Vlaanderen',
    ].join('\n'),
    data: { kind: 'sign_in', code: input.code, link: input.link },
  };
}
