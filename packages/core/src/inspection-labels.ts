/**
 * The words of official inspection data: kinds, advice, follow-up, enforcement and who does what.
 * Plain constants without validation code, so that pages can import them without shipping zod.
 */
import { keysOf } from './keys';
import type { Sector } from './sectors';

export const INSPECTION_KINDS = { planned: 'Gepland', complaint: 'Na een klacht', follow_up: 'Opvolging', start: 'Startinspectie' } as const;
export type InspectionKind = keyof typeof INSPECTION_KINDS;
export const INSPECTION_KIND_KEYS = keysOf(INSPECTION_KINDS);

export const INSPECTION_ADVICE = {
  no_enforcement: 'Geen handhaving nodig',
  start_enforcement: 'Handhaving starten',
  continue_enforcement: 'Handhaving voortzetten',
} as const;
export type InspectionAdvice = keyof typeof INSPECTION_ADVICE;
export const INSPECTION_ADVICE_KEYS = keysOf(INSPECTION_ADVICE);

export const FOLLOW_UP_STATUSES = {
  under_study: 'In onderzoek',
  no_follow_up: 'Geen opvolging nodig',
  improvement_requested: 'De organisator moet verbeteren',
  action_plan_requested: 'De organisator moet een actieplan bezorgen',
  enforcement: 'Handhaving',
} as const;
export type FollowUpStatus = keyof typeof FOLLOW_UP_STATUSES;
export const FOLLOW_UP_STATUS_KEYS = keysOf(FOLLOW_UP_STATUSES);

export const ENFORCEMENT_STEPS = {
  warning: 'Aanmaning',
  intention_suspend: 'Voornemen tot schorsing',
  intention_revoke: 'Voornemen tot opheffing',
  decision_suspend: 'Beslissing tot schorsing',
  decision_revoke: 'Beslissing tot opheffing',
} as const;
export type EnforcementStep = keyof typeof ENFORCEMENT_STEPS;
export const ENFORCEMENT_STEP_KEYS = keysOf(ENFORCEMENT_STEPS);

/** The service that inspects every sector of the pilot and publishes the reports. */
export const INSPECTORATE = 'Zorginspectie';

/** The agency that licenses a sector's facilities and follows up on the inspections. */
export const LICENSING_AGENCIES: Record<Sector, { shortName: string; name: string; fullName: string }> = {
  kinderopvang: { shortName: 'Opgroeien', name: 'Opgroeien', fullName: 'Opgroeien, het Vlaamse agentschap voor kinderopvang, jeugdhulp en gezinsondersteuning' },
  jeugdhulp: { shortName: 'Opgroeien', name: 'Opgroeien', fullName: 'Opgroeien, het Vlaamse agentschap voor kinderopvang, jeugdhulp en gezinsondersteuning' },
  ouderenzorg: { shortName: 'Departement Zorg', name: 'het Departement Zorg', fullName: 'het Departement Zorg van de Vlaamse overheid' },
  handicap: { shortName: 'VAPH', name: 'het VAPH', fullName: 'het Vlaams Agentschap voor Personen met een Handicap (VAPH)' },
};

/** The MeMoQ scale of the pedagogical quality scores. */
export const QUALITY_SCORE_SCALE = { min: 1, max: 7 } as const;
