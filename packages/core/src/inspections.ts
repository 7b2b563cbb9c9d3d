import { z } from 'zod';
import { keysOf } from './keys';

/** Official inspection data (Zorginspectie) and the licensing agency's follow-up, as imported. */
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

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Een datum als JJJJ-MM-DD').refine((value) => !Number.isNaN(Date.parse(value)), 'Geen bestaande datum');

export const inspectionConditionSchema = z.object({
  code: z.string().trim().min(1, 'Verplicht').max(50),
  label: z.string().trim().min(1, 'Verplicht').max(300),
  /** What the condition is for, in plain words ("de veiligheid van de kinderen"). */
  protects: z.string().trim().max(300).default(''),
  inOrder: z.boolean({ error: 'true of false' }),
});

export const inspectionReportSchema = z.object({
  reportRef: z.string().trim().min(1, 'Verplicht').max(100),
  externalId: z.string().trim().min(1, 'Verplicht').max(100),
  visitDate: day,
  kind: z.enum(INSPECTION_KIND_KEYS, { error: `Een van: ${INSPECTION_KIND_KEYS.join(', ')}` }),
  advice: z.enum(INSPECTION_ADVICE_KEYS, { error: `Een van: ${INSPECTION_ADVICE_KEYS.join(', ')}` }).nullable().default(null),
  sourceUrl: z.url({ error: 'Een volledige link (https://…)' }).nullable().default(null),
  qualityScores: z.record(z.string().min(1).max(100), z.number().min(1).max(7)).default({}),
  conditions: z.array(inspectionConditionSchema).max(200).default([]),
});
export type InspectionReportInput = z.infer<typeof inspectionReportSchema>;

export const followUpStatusSchema = z.object({
  externalId: z.string().trim().min(1, 'Verplicht').max(100),
  status: z.enum(FOLLOW_UP_STATUS_KEYS, { error: `Een van: ${FOLLOW_UP_STATUS_KEYS.join(', ')}` }),
  statusDate: day,
});
export type FollowUpStatusInput = z.infer<typeof followUpStatusSchema>;

export const enforcementStepSchema = z.object({
  stepRef: z.string().trim().min(1, 'Verplicht').max(100),
  externalId: z.string().trim().min(1, 'Verplicht').max(100),
  step: z.enum(ENFORCEMENT_STEP_KEYS, { error: `Een van: ${ENFORCEMENT_STEP_KEYS.join(', ')}` }),
  stepDate: day,
  cause: z.string().trim().min(1, 'Verplicht').max(1000),
  objection: z.string().trim().max(1000).nullable().default(null),
  closed: z.boolean({ error: 'true of false' }).default(false),
});
export type EnforcementStepInput = z.infer<typeof enforcementStepSchema>;
