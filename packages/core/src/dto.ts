import { z } from 'zod';
import { facilityKindSchema, provinceSchema, sectorSchema } from './sectors';
import { themeKeySchema } from './themes';
import { RELATIONSHIP_KEYS, reviewStatusSchema } from './reviews';
import { pageOf } from './errors';

/** What the API answers: shared by the API's OpenAPI document and the web app's types. */

const ratingsOut = z.record(themeKeySchema, z.number().int().min(1).max(5).nullable());

export const facilitySummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  sector: sectorSchema,
  sectorLabel: z.string(),
  kind: facilityKindSchema,
  kindLabel: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  municipality: z.string(),
  province: provinceSchema,
  provinceLabel: z.string(),
  capacity: z.number().int().nullable(),
  participating: z.boolean(),
  liveSince: z.string().nullable(),
  reviewCount: z.number().int(),
});
export type FacilitySummary = z.infer<typeof facilitySummarySchema>;
export const facilityPageSchema = pageOf(facilitySummarySchema);
export type FacilityPage = z.infer<typeof facilityPageSchema>;

export const themeScoreSchema = z.object({
  key: themeKeySchema,
  label: z.string(),
  question: z.string(),
  /** One decimal; null while too few published reviews score this theme. */
  average: z.number().nullable(),
  count: z.number().int(),
});

export const facilityDetailSchema = facilitySummarySchema.extend({
  organisationName: z.string(),
  minReviewsForAverage: z.number().int(),
  themes: z.array(themeScoreSchema),
});
export type FacilityDetail = z.infer<typeof facilityDetailSchema>;

export const publicReviewSchema = z.object({
  id: z.string(),
  ratings: ratingsOut,
  text: z.string(),
  month: z.string(),
  relationship: z.enum(RELATIONSHIP_KEYS),
  relationshipLabel: z.string(),
  displayLabel: z.string().nullable(),
  editedByEditors: z.boolean(),
});
export type PublicReviewItem = z.infer<typeof publicReviewSchema>;
export const publicReviewPageSchema = pageOf(publicReviewSchema);
export type PublicReviewPage = z.infer<typeof publicReviewPageSchema>;

export const myReviewSchema = z.object({
  id: z.string(),
  status: reviewStatusSchema,
  statusLabel: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  hasPublishedRevision: z.boolean(),
  facility: z.object({ id: z.number().int(), name: z.string(), municipality: z.string(), sector: sectorSchema }),
  latestRevision: z.object({
    number: z.number().int(),
    ratings: ratingsOut,
    text: z.string(),
    relationship: z.enum(RELATIONSHIP_KEYS),
    periodFrom: z.string(),
    periodTo: z.string(),
    displayLabel: z.string().nullable(),
    submittedAt: z.string(),
  }),
  /** What the editors last told the author (null when there is nothing to tell). */
  editorMessage: z
    .object({
      decision: z.string(),
      statement: z.string(),
      decidedAt: z.string(),
      /** Set while the author can still appeal the decision. */
      appealableUntil: z.string().nullable(),
      appealed: z.boolean(),
    })
    .nullable(),
});
export type MyReview = z.infer<typeof myReviewSchema>;

export const submittedReviewSchema = z.object({ id: z.string(), status: reviewStatusSchema });
