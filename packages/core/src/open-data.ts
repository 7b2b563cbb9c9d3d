import { z } from 'zod';
import { RELATIONSHIP_KEYS } from './reviews';
import { facilitySummarySchema } from './dto';
import { THEME_KEYS, type ThemeKey } from './themes';

/**
 * The open data: published content and aggregates only, never who wrote a review. Under the
 * Flemish government's free reuse licence.
 */
export const OPEN_DATA_LICENCE = {
  name: 'Modellicentie Gratis Hergebruik Vlaanderen v1.0',
  url: 'https://www.vlaanderen.be/digitaal-vlaanderen/onze-oplossingen/open-data/modellicentie-gratis-hergebruik',
} as const;

/** Items per page of the JSON answer: `limit` up to the maximum, the default without it. */
export const OPEN_DATA_MAX_LIMIT = 1000;
export const OPEN_DATA_DEFAULT_LIMIT = 100;

export const openDataLicenceSchema = z.object({ name: z.string(), url: z.string() });

/** An object with one field per theme, each of the same schema. */
const perTheme = <T extends z.ZodType>(schema: T) => z.object(Object.fromEntries(THEME_KEYS.map((key) => [key, schema])) as { [K in ThemeKey]: T });

const themeFigures = z.object({
  /** One decimal; null (an empty cell in CSV) while fewer than the minimum of reviews score the theme. */
  average: z.number().nullable(),
  count: z.number().int(),
});

/** A facility as in a search result, with its page's address and its scores in full instead of the summary. */
export const openDataFacilitySchema = facilitySummarySchema.omit({ score: true }).extend({
  /** The facility's page on the site. */
  url: z.string(),
  /** Per review the mean of its answered themes, over the scoring window. */
  overall: themeFigures.extend({ indicative: z.boolean() }),
  themes: perTheme(themeFigures),
});
export type OpenDataFacility = z.infer<typeof openDataFacilitySchema>;

export const openDataScoreRulesSchema = z.object({
  windowMonths: z.number().int(),
  /** The first month whose reviews count, "YYYY-MM". */
  windowStart: z.string(),
  minReviewsForAverage: z.number().int(),
  indicativeBelowReviews: z.number().int(),
});

export const openDataFacilityPageSchema = z.object({
  licence: openDataLicenceSchema,
  scoreRules: openDataScoreRulesSchema,
  items: z.array(openDataFacilitySchema),
  /** Pass as `after` for the next page; null on the last page. */
  next: z.string().nullable(),
});
export type OpenDataFacilityPage = z.infer<typeof openDataFacilityPageSchema>;

export const openDataReviewSchema = z.object({
  id: z.string(),
  facilityId: z.number().int(),
  /** Month of publication, "YYYY-MM". */
  month: z.string(),
  relationship: z.enum(RELATIONSHIP_KEYS),
  relationshipLabel: z.string(),
  /** 1 to 5 per theme; null where the author chose "niet van toepassing". */
  ratings: perTheme(z.number().int().nullable()),
  /** The published text. */
  text: z.string(),
  /** The editors changed the text before publishing it (to take out personal data, for instance). */
  editedByEditors: z.boolean(),
  /** Written with an invitation code of the facility. */
  verified: z.boolean(),
});
export type OpenDataReview = z.infer<typeof openDataReviewSchema>;

export const openDataReviewPageSchema = z.object({
  licence: openDataLicenceSchema,
  items: z.array(openDataReviewSchema),
  next: z.string().nullable(),
});
export type OpenDataReviewPage = z.infer<typeof openDataReviewPageSchema>;
