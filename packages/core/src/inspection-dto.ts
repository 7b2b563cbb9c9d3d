import { z } from 'zod';
import { ENFORCEMENT_STEP_KEYS, FOLLOW_UP_STATUS_KEYS, INSPECTION_ADVICE_KEYS, INSPECTION_KIND_KEYS } from './inspection-labels';

/** What the API answers about a facility's inspections, follow-up and enforcement. */

export const licensingAgencySchema = z.object({
  /** As a title: "VAPH". */
  shortName: z.string(),
  /** In running text, with its article where Dutch needs one: "het VAPH". */
  name: z.string(),
  fullName: z.string(),
});
export type LicensingAgency = z.infer<typeof licensingAgencySchema>;

export const inspectedConditionSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** What the condition is for, in plain words ("de veiligheid van de kinderen"); may be empty. */
  protects: z.string(),
  inOrder: z.boolean(),
});
export type InspectedCondition = z.infer<typeof inspectedConditionSchema>;

export const qualityScoreSchema = z.object({
  dimension: z.string(),
  /** From 1 to 7 (MeMoQ). */
  score: z.number(),
});
export type QualityScore = z.infer<typeof qualityScoreSchema>;

export const inspectionReportItemSchema = z.object({
  id: z.string(),
  /** The inspectorate's own reference of the report. */
  reportRef: z.string(),
  /** The day of the visit, "YYYY-MM-DD". */
  visitDate: z.string(),
  kind: z.enum(INSPECTION_KIND_KEYS),
  kindLabel: z.string(),
  /** The inspectorate's advice to the licensing agency; null when the report gives none. */
  advice: z.enum(INSPECTION_ADVICE_KEYS).nullable(),
  adviceLabel: z.string().nullable(),
  /** Where the inspectorate publishes the report itself. */
  sourceUrl: z.string().nullable(),
  /** Pedagogical quality per dimension, by dimension name; empty where it was not measured. */
  qualityScores: z.array(qualityScoreSchema),
  /** The result per inspected licence condition, in the report's order. */
  conditions: z.array(inspectedConditionSchema),
  conditionsInOrder: z.number().int(),
  conditionsNotInOrder: z.number().int(),
});
export type InspectionReportItem = z.infer<typeof inspectionReportItemSchema>;

export const followUpItemSchema = z.object({
  status: z.enum(FOLLOW_UP_STATUS_KEYS),
  statusLabel: z.string(),
  /** Since when this status holds, "YYYY-MM-DD". */
  statusDate: z.string(),
});
export type FollowUpItem = z.infer<typeof followUpItemSchema>;

export const enforcementStepItemSchema = z.object({
  id: z.string(),
  stepRef: z.string(),
  step: z.enum(ENFORCEMENT_STEP_KEYS),
  stepLabel: z.string(),
  /** "YYYY-MM-DD". */
  stepDate: z.string(),
  cause: z.string(),
  /** The organiser's objection, when one was lodged. */
  objection: z.string().nullable(),
  closed: z.boolean(),
});
export type EnforcementStepItem = z.infer<typeof enforcementStepItemSchema>;

const inspectionSourcesSchema = z.object({
  facilityId: z.number().int(),
  /** Who inspects and publishes the reports. */
  inspectorate: z.string(),
  /** Who licenses the facility, sets the follow-up and takes enforcement steps. */
  agency: licensingAgencySchema,
  qualityScoreScale: z.object({ min: z.number(), max: z.number() }),
});

export const facilityInspectionsSchema = inspectionSourcesSchema.extend({
  /** Newest visit first. */
  reports: z.array(inspectionReportItemSchema),
  /** The agency's current follow-up status; null when it has set none. */
  followUp: followUpItemSchema.nullable(),
  /** Steps still running and steps closed, each newest first. */
  enforcement: z.object({ open: z.array(enforcementStepItemSchema), closed: z.array(enforcementStepItemSchema) }),
});
export type FacilityInspections = z.infer<typeof facilityInspectionsSchema>;

export const facilityInspectionReportSchema = inspectionSourcesSchema.extend({
  report: inspectionReportItemSchema,
  /** Whether no later report of this facility exists. */
  latest: z.boolean(),
});
export type FacilityInspectionReport = z.infer<typeof facilityInspectionReportSchema>;
