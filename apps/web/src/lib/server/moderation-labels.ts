import { DECISION_LABELS, type Decision } from '@zorgwaardering/core';
import type { ItemKind, ItemState, QueueName } from '../moderation/types';

// Dutch words for what the moderation API answers in codes. Server-only: pages get them as data.

export const QUEUE_LABELS: Record<QueueName, string> = {
  new: 'Nieuw',
  escalated: 'Voorgelegd',
  notices: 'Meldingen',
  appeals: 'Beroepen',
  changes_requested: 'Wacht op indiener',
  decided: 'Beslist',
};

export const KIND_LABELS: Record<ItemKind, string> = {
  review_revision: 'Waardering',
  response_revision: 'Antwoord van de voorziening',
  notice: 'Melding',
  appeal: 'Beroep',
};

export const STATE_LABELS: Record<ItemState, string> = {
  open: 'Wacht op een beslissing',
  escalated: 'Voorgelegd aan een tweede redacteur',
  decided: 'Beslist',
};

/** The editors' words for a decision (the labels of the decision form). */
export const EDITOR_DECISION_LABELS: Record<Decision, string> = DECISION_LABELS;

/** A decision as the public figures name its outcome. */
export const PUBLIC_DECISION_LABELS: Record<Decision, string> = {
  publish: 'Gepubliceerd',
  publish_edited: 'Gepubliceerd met een aanpassing door de redactie',
  request_changes: 'Aanpassing gevraagd aan de schrijver',
  reject: 'Niet gepubliceerd',
  escalate: 'Voorgelegd aan een tweede redacteur',
  refer: 'Niet gepubliceerd, doorverwezen naar een meldpunt',
  uphold: 'Beroep: beslissing behouden',
  overturn: 'Beroep: beslissing herzien',
  keep: 'Melding: waardering blijft staan',
  remove: 'Melding: waardering verwijderd',
};

/** A decision as the author reads it in Mijn waarderingen. */
export const AUTHOR_DECISION_LABELS: Record<Decision, string> = {
  publish: 'Gepubliceerd',
  publish_edited: 'Gepubliceerd met een aanpassing',
  request_changes: 'Aanpassing gevraagd',
  reject: 'Niet gepubliceerd',
  escalate: 'In behandeling bij een tweede redacteur',
  refer: 'Niet gepubliceerd: doorverwezen',
  uphold: 'Je beroep: de beslissing blijft',
  overturn: 'Je beroep: de beslissing is herzien',
  keep: 'Blijft staan na een melding',
  remove: 'Verwijderd na een melding',
};

/**
 * The reasons of the code of conduct, as `moderation-rules/reason-codes.yaml` labels them (a test
 * keeps the two the same). The editor pages take label, rule and statement from the API.
 */
export const REASON_LABELS: Record<string, string> = {
  personal_data: 'Persoonsgegevens',
  not_own_experience: 'Geen eigen ervaring',
  conflict_of_interest: 'Belangenconflict',
  advertising: 'Reclame',
  insult: 'Beledigend',
  discrimination: 'Discriminatie',
  criminal_allegation: 'Beschuldiging van een misdrijf',
  duplicate: 'Dubbel of gekopieerd',
  interval: 'Te snel opnieuw',
  unreadable: 'Onleesbaar',
  not_dutch: 'Niet in het Nederlands',
  off_topic: 'Gaat niet over de zorg',
  too_old: 'Te oude ervaring',
  other: 'Andere reden',
};

export const NOTICE_OUTCOME_LABELS: Record<string, string> = {
  pending: 'Nog in behandeling',
  keep: 'Waardering blijft staan',
  publish_edited: 'Waardering aangepast',
  remove: 'Waardering verwijderd',
};

export const CATEGORY_LABELS: Record<string, string> = {
  safety: 'Veiligheid',
  privacy: 'Privacy',
  reliability: 'Betrouwbaarheid',
  readability: 'Leesbaarheid',
  interval: 'Interval',
};

/** Safety first, then the rest in the order of the editorial rules. */
export const CATEGORY_ORDER = ['safety', 'privacy', 'reliability', 'readability', 'interval'];

export const SEVERITY_LABELS: Record<string, string> = { high: 'ernstig', warning: 'let op', info: 'ter info' };
export const SEVERITY_ORDER = ['high', 'warning', 'info'];

export const SUGGESTION_LABELS: Record<string, string> = {
  publish: 'niets gevonden dat publicatie in de weg staat',
  review: 'goed nalezen',
  hold: 'niet publiceren voor een redacteur het bekeek',
};

/** What the pre-screen's codes are about, in a word or two for the badges in the queue. */
export const FLAG_CODE_LABELS: Record<string, string> = {
  'person-name': 'naam',
  'phone-number': 'telefoonnummer',
  'email-address': 'e-mailadres',
  'street-address': 'adres',
  'national-number': 'rijksregisternummer',
  'bank-account': 'rekeningnummer',
  'birth-date': 'geboortedatum',
  'number-plate': 'nummerplaat',
  'health-data': 'gezondheid',
  'safety-allegation': 'mogelijk gevaar',
  burst: 'veel waarderingen tegelijk',
  'near-duplicate': 'bijna dubbel',
  duplicate: 'dubbel',
  'implausible-claim': 'ongeloofwaardig',
  'rating-contradiction': 'tekst en scores botsen',
  revenge: 'wraakactie?',
  'staff-author': 'medewerker?',
  'other-facility': 'andere voorziening',
  'shared-network': 'zelfde netwerk',
  'resubmission-other-account': 'ander account',
  resubmission: 'te snel opnieuw',
  insult: 'belediging',
  capitals: 'hoofdletters',
  repetition: 'herhaling',
  gibberish: 'onleesbaar',
  spelling: 'spelling',
  'not-dutch': 'geen Nederlands',
  'too-short': 'te kort',
  advertising: 'reclame',
};

export const flagCodeLabel = (code: string) => FLAG_CODE_LABELS[code] ?? code.replace(/[-_]+/g, ' ');

/** An audit action in Dutch. */
export function actionLabel(action: string): string {
  const fixed: Record<string, string> = {
    'review.submitted': 'Waardering ingediend',
    'review.revised': 'Nieuwe versie van de waardering',
    'review.withdrawn': 'Waardering ingetrokken door de schrijver',
    'moderation.claimed': 'In behandeling genomen',
    'moderation.released': 'Vrijgegeven',
    'appeal.submitted': 'Beroep ingediend',
    'notice.submitted': 'Melding ontvangen',
  };
  if (fixed[action]) return fixed[action];
  const decision = action.startsWith('moderation.') ? action.slice('moderation.'.length) : '';
  if (decision in DECISION_LABELS) return `Beslist: ${DECISION_LABELS[decision as Decision]}`;
  return action;
}

export const ACTOR_KIND_LABELS: Record<string, string> = {
  anonymous: 'Anonieme bezoeker',
  parent: 'Schrijver',
  facility_representative: 'Voorziening',
  editor: 'Redacteur',
  admin: 'Beheerder',
  system: 'Systeem',
};

export const isDecision = (value: string): value is Decision => value in DECISION_LABELS;
