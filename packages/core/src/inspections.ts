import { z } from 'zod';
import { ENFORCEMENT_STEP_KEYS, FOLLOW_UP_STATUS_KEYS, INSPECTION_ADVICE_KEYS, INSPECTION_KIND_KEYS } from './inspection-labels';

/** Official inspection data (Zorginspectie) and the licensing agency's follow-up, as imported. */

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
