import { z } from 'zod';
import { facilityKindSchema, provinceSchema, sectorSchema } from './sectors';
import { themeKeySchema } from './themes';
import { RELATIONSHIP_KEYS, reviewStatusSchema } from './reviews';
import { pageOf } from './errors';
import { keysOf } from './keys';

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
  /** Published reviews of any age. */
  reviewCount: z.number().int(),
  /** The overall score over the scoring window; null while too few reviews count. */
  score: z
    .object({ average: z.number(), count: z.number().int(), indicative: z.boolean() })
    .nullable(),
});
export type FacilitySummary = z.infer<typeof facilitySummarySchema>;

/**
 * How a search orders its results: how well name or municipality match the search term (without
 * one, by name), by name, or by number of published reviews (most first).
 */
export const FACILITY_SORTS = {
  relevance: 'Relevantie',
  name: 'Naam',
  reviews: 'Aantal waarderingen',
} as const;
export type FacilitySort = keyof typeof FACILITY_SORTS;
export const FACILITY_SORT_KEYS = keysOf(FACILITY_SORTS);
export const facilitySortSchema = z.enum(FACILITY_SORT_KEYS, { error: 'Sorteer op relevance, name of reviews' });

export const facilityPageSchema = pageOf(facilitySummarySchema).extend({
  /** The order applied: `relevance` only with a search term. */
  sort: facilitySortSchema,
});
export type FacilityPage = z.infer<typeof facilityPageSchema>;

/** Scores of the reviews published inside the scoring window. */
export const scoreSchema = z.object({
  /** One decimal; null while fewer than the minimum of counting reviews score it. */
  average: z.number().nullable(),
  /** Counting reviews that give this score. */
  count: z.number().int(),
  /** How many gave 1, 2, 3, 4 and 5; all zero while the average is withheld. */
  distribution: z.array(z.number().int()).length(5),
  /** True while there are fewer counting reviews than the "indicatief" threshold. */
  indicative: z.boolean(),
});
export type Score = z.infer<typeof scoreSchema>;

export const themeScoreSchema = scoreSchema.extend({
  key: themeKeySchema,
  label: z.string(),
  question: z.string(),
});

export const scoreRulesSchema = z.object({
  windowMonths: z.number().int(),
  /** The first month that counts, "YYYY-MM". */
  windowStart: z.string(),
  minReviewsForAverage: z.number().int(),
  indicativeBelowReviews: z.number().int(),
});

export const facilityDetailSchema = facilitySummarySchema.extend({
  organisationName: z.string(),
  scoreRules: scoreRulesSchema,
  /** Per review the mean of its answered themes, over the window. */
  overall: scoreSchema,
  themes: z.array(themeScoreSchema),
  /** The overall average per year of publication, oldest first; empty without enough data. */
  trend: z.array(z.object({ year: z.number().int(), average: z.number(), count: z.number().int() })),
});
export type FacilityDetail = z.infer<typeof facilityDetailSchema>;

/** A published review as the public sees it: never who wrote it. */
export const publicReviewSchema = z.object({
  id: z.string(),
  ratings: ratingsOut,
  text: z.string(),
  /** Month of publication, "YYYY-MM". */
  month: z.string(),
  relationship: z.enum(RELATIONSHIP_KEYS),
  relationshipLabel: z.string(),
  displayLabel: z.string().nullable(),
  /** The author came with an invitation code of the facility. */
  verified: z.boolean(),
  editedByEditors: z.boolean(),
  /** Published before the scoring window: it does not count in the scores. */
  older: z.boolean(),
  /** The facility's latest published response, or null. */
  response: z.object({ text: z.string(), month: z.string() }).nullable(),
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
