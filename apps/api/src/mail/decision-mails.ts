import { DECISION_LABELS, type Decision, type Sector } from '@zorgwaardering/core';
import { formatDay } from '../lib/dates';
import type { OutgoingMail } from './transport';

const SIGNATURE = ['', 'De redactie van Zorgwaardering Vlaanderen'];

/** Where serious concerns go, per sector: the official channels, not a review. */
export const REPORTING_CHANNELS: Record<Sector, string[]> = {
  kinderopvang: [
    'Opgroeien, klachten en meldingen over kinderopvang: via de website van Opgroeien of de Vlaamse infolijn 1700.',
    'Zorginspectie, voor vragen over de inspectie van de kinderopvang.',
  ],
  ouderenzorg: [
    'Zorginspectie en het Departement Zorg, klachtenlijn woonzorg: via de Vlaamse infolijn 1700.',
    'Je kan ook de ombudsdienst van de voorziening of het lokaal bestuur aanspreken.',
  ],
  handicap: [
    'Het Vlaams Agentschap voor Personen met een Handicap (VAPH), klachtendienst: via de Vlaamse infolijn 1700.',
    'Zorginspectie, voor de inspectie van de voorziening.',
  ],
  jeugdhulp: [
    'Opgroeien, klachtenlijn jeugdhulp (JO-lijn voor jongeren en ouders): via de website van Opgroeien of de Vlaamse infolijn 1700.',
    'Zorginspectie, voor de inspectie van de voorziening.',
  ],
};

const EMERGENCY = 'Is iemand nu in gevaar? Bel 112. Voor een vertrouwelijk gesprek over geweld of misbruik: 1712 (gratis).';

export interface DecisionMailContext {
  to: string;
  facilityName: string;
  sector: Sector;
  publicUrl: string;
  decision: Decision;
  statement: string;
  rules: string[];
  automatedDetection: boolean;
  appealableUntil: Date | null;
  flaggedPassages: string[];
}

/** The mail that tells an author what the editors decided about their review, and why. */
export function authorDecisionMail(input: DecisionMailContext): OutgoingMail | null {
  const myReviews = `${input.publicUrl}/account/waarderingen`;
  const reasons = [
    input.statement,
    ...(input.rules.length ? ['', 'Welke regel van de gedragscode:', ...input.rules.map((r) => `- ${r}`)] : []),
  ];
  const automation = input.automatedDetection
    ? 'Een automatische controle wees de redactie op je tekst; een redacteur heeft hem gelezen en beslist.'
    : 'Een redacteur heeft je tekst gelezen en beslist; er werd geen automatische detectie gebruikt.';
  const base = { to: input.to, data: { kind: 'decision', decision: input.decision } };

  switch (input.decision) {
    case 'publish':
      return {
        ...base,
        subject: `Je waardering over ${input.facilityName} is gepubliceerd`,
        text: ['Hallo,', '', `Bedankt voor je waardering over ${input.facilityName}. De redactie heeft ze gelezen en ze staat nu online.`, '', `Je waarderingen: ${myReviews}`, ...SIGNATURE].join('\n'),
      };
    case 'publish_edited':
      return {
        ...base,
        subject: `Je waardering over ${input.facilityName} is gepubliceerd, met een aanpassing`,
        text: [
          'Hallo,',
          '',
          `Je waardering over ${input.facilityName} staat online. De redactie heeft er wel iets in aangepast:`,
          '',
          ...reasons,
          '',
          'Je oorspronkelijke tekst blijft bewaard. Ben je het niet eens met de aanpassing? Pas je waardering zelf aan of trek ze in:',
          myReviews,
          ...SIGNATURE,
        ].join('\n'),
      };
    case 'request_changes':
      return {
        ...base,
        subject: `Wil je je waardering over ${input.facilityName} aanpassen?`,
        text: [
          'Hallo,',
          '',
          `De redactie heeft je waardering over ${input.facilityName} gelezen en vraagt je iets aan te passen voor ze online kan:`,
          '',
          ...reasons,
          ...(input.flaggedPassages.length ? ['', 'Het gaat om deze passages:', ...input.flaggedPassages.map((p) => `- "${p}"`)] : []),
          '',
          `Pas je waardering aan via ${myReviews}; daarna bekijkt de redactie ze opnieuw.`,
          ...SIGNATURE,
        ].join('\n'),
      };
    case 'reject':
    case 'remove':
      return {
        ...base,
        subject:
          input.decision === 'reject'
            ? `Je waardering over ${input.facilityName} wordt niet gepubliceerd`
            : `Je waardering over ${input.facilityName} is verwijderd`,
        text: [
          'Hallo,',
          '',
          input.decision === 'reject'
            ? `Wat we beslisten: je waardering over ${input.facilityName} wordt niet gepubliceerd.`
            : `Wat we beslisten: je waardering over ${input.facilityName} is van het platform verwijderd.`,
          '',
          'Waarom:',
          ...reasons,
          '',
          automation,
          '',
          'Ben je het niet eens? Je kan gratis in beroep gaan via je waarderingen op',
          `${myReviews}${input.appealableUntil ? `, tot en met ${formatDay(input.appealableUntil)}` : ''}. Een andere redacteur bekijkt je beroep opnieuw en laat je de uitkomst weten.`,
          ...SIGNATURE,
        ].join('\n'),
      };
    case 'refer':
      return {
        ...base,
        subject: `Over je waardering van ${input.facilityName}: waar je ernstige zorgen kan melden`,
        text: [
          'Hallo,',
          '',
          `In je waardering over ${input.facilityName} beschrijf je iets wat de veiligheid van een kind of bewoner raakt. Dat nemen we ernstig.`,
          'Een waardering op ons platform is daar niet de juiste plek voor: de officiële diensten kunnen het onderzoeken en ingrijpen. We publiceren je waardering daarom niet zoals ze is.',
          '',
          ...reasons,
          '',
          'Hier kan je terecht:',
          ...REPORTING_CHANNELS[input.sector].map((c) => `- ${c}`),
          `- ${EMERGENCY}`,
          '',
          automation,
          `Ben je het niet eens met deze beslissing? Je kan gratis in beroep gaan via ${myReviews}${input.appealableUntil ? `, tot en met ${formatDay(input.appealableUntil)}` : ''}.`,
          ...SIGNATURE,
        ].join('\n'),
      };
    case 'uphold':
    case 'overturn':
      return {
        ...base,
        subject: `Uitkomst van je beroep over je waardering van ${input.facilityName}`,
        text: [
          'Hallo,',
          '',
          input.decision === 'overturn'
            ? `Een tweede redacteur heeft je beroep bekeken en de beslissing herzien: je waardering over ${input.facilityName} staat nu online.`
            : `Een tweede redacteur heeft je beroep bekeken en de eerdere beslissing over je waardering van ${input.facilityName} blijft behouden.`,
          '',
          'Motivering:',
          input.statement,
          '',
          `Je waarderingen: ${myReviews}`,
          ...SIGNATURE,
        ].join('\n'),
      };
    case 'keep':
      return null;
    case 'escalate':
      return null;
  }
}

/** To a facility's representatives: a new review is online. Never who wrote it. */
export function facilityPublishedMail(input: { to: string; facilityName: string; facilityUrl: string }): OutgoingMail {
  return {
    to: input.to,
    subject: `Nieuwe waardering over ${input.facilityName}`,
    text: [
      'Hallo,',
      '',
      `Er staat een nieuwe waardering over ${input.facilityName} online. Je kan ze lezen op:`,
      input.facilityUrl,
      '',
      'Je kan publiek reageren; ook je reactie wordt eerst door de redactie gelezen. Vind je dat de waardering de gedragscode niet volgt? Meld ze dan via de link "meld deze waardering".',
      ...SIGNATURE,
    ].join('\n'),
    data: { kind: 'review_published' },
  };
}

/** To whoever reported a review: receipt, and later the outcome. */
export function noticeReceivedMail(input: { to: string; facilityName: string }): OutgoingMail {
  return {
    to: input.to,
    subject: `We hebben je melding over een waardering van ${input.facilityName} ontvangen`,
    text: [
      'Hallo,',
      '',
      `Bedankt voor je melding over een waardering van ${input.facilityName}. Een redacteur bekijkt ze, meestal binnen 5 werkdagen, en laat je weten wat we beslissen.`,
      ...SIGNATURE,
    ].join('\n'),
    data: { kind: 'notice_received' },
  };
}

export function noticeOutcomeMail(input: { to: string; facilityName: string; decision: Decision; statement: string }): OutgoingMail {
  const outcome =
    input.decision === 'remove'
      ? 'De waardering is verwijderd.'
      : input.decision === 'publish_edited'
        ? 'De waardering blijft staan, maar de redactie heeft ze aangepast.'
        : 'De waardering blijft staan: ze volgt volgens de redactie de gedragscode.';
  return {
    to: input.to,
    subject: `Uitkomst van je melding over een waardering van ${input.facilityName}`,
    text: ['Hallo,', '', `Je meldde een waardering over ${input.facilityName}. ${outcome}`, '', 'Motivering:', input.statement || DECISION_LABELS[input.decision], ...SIGNATURE].join('\n'),
    data: { kind: 'notice_outcome', decision: input.decision },
  };
}
