import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import {
  facilityPath,
  RELATIONSHIPS,
  THEME_KEYS,
  type OpenDataFacility,
  type OpenDataReview,
  type ThemeKey,
} from '@zorgwaardering/core';
import { facilities, isPublicReview, OVERALL, readScores, reviewRevisions, reviews, windowStart, type Database } from '@zorgwaardering/db';
import type { CsvColumn, KeysetPage } from '../lib/csv';
import type { ScoreRules } from '../rules';
import { describeFacility, publicScore } from './facilities';

/**
 * The open data: every facility with its public scores, and every published review without
 * anything about who wrote it. Both in keyset pages ordered by id, so a page never shifts while a
 * reader pages through and an export of millions of rows reads one batch at a time.
 */

export interface KeysetQuery<C> {
  /** The id of the last item of the previous page. */
  after?: C | undefined;
  limit: number;
}

/** The rules the facility figures follow, as the JSON answer states them. */
export function openDataScoreRules(rules: ScoreRules, now: Date) {
  return {
    windowMonths: rules.windowMonths,
    windowStart: windowStart(now, rules.windowMonths).slice(0, 7),
    minReviewsForAverage: rules.minReviewsForAverage,
    indicativeBelowReviews: rules.indicativeBelowReviews,
  };
}

/** Facilities by id with their address and scores; averages withheld below the minimum are null. */
export async function openDataFacilities(
  db: Database,
  rules: ScoreRules,
  query: KeysetQuery<number>,
  now: Date,
  publicUrl: string,
): Promise<KeysetPage<OpenDataFacility>> {
  const rows = await db
    .select()
    .from(facilities)
    .where(query.after === undefined ? undefined : gt(facilities.id, query.after))
    .orderBy(asc(facilities.id))
    .limit(query.limit + 1);
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const figures = await readScores(
    db,
    page.map((row) => row.id),
    windowStart(now, rules.windowMonths),
  );
  const items = page.map((row): OpenDataFacility => {
    const byTheme = figures.get(row.id);
    const overall = publicScore(byTheme?.get(OVERALL), rules);
    return {
      ...describeFacility(row),
      url: `${publicUrl}${facilityPath(row)}`,
      overall: { average: overall.average, count: overall.count, indicative: overall.indicative },
      themes: Object.fromEntries(
        THEME_KEYS.map((key) => {
          const score = publicScore(byTheme?.get(key), rules);
          return [key, { average: score.average, count: score.count }];
        }),
      ) as OpenDataFacility['themes'],
    };
  });
  return { items, next: more ? String(page.at(-1)!.id) : null };
}

/**
 * Published reviews by id: the published revision's ratings, text and relationship, the month of
 * publication and whether it came with an invitation code. Never the author, their e-mail address
 * or their self-chosen description.
 */
export async function openDataReviews(db: Database, query: KeysetQuery<string>): Promise<KeysetPage<OpenDataReview>> {
  const conditions: SQL[] = [isPublicReview];
  if (query.after !== undefined) conditions.push(gt(reviews.id, query.after));
  const rows = await db
    .select({
      id: reviews.id,
      facilityId: reviews.facilityId,
      publishedAt: reviews.publishedAt,
      invitationCodeId: reviews.invitationCodeId,
      ratings: reviewRevisions.ratings,
      text: reviewRevisions.text,
      relationship: reviewRevisions.relationship,
      source: reviewRevisions.source,
      revisedAt: reviewRevisions.createdAt,
    })
    .from(reviews)
    .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId))
    .where(and(...conditions))
    .orderBy(asc(reviews.id))
    .limit(query.limit + 1);
  const more = rows.length > query.limit;
  const page = more ? rows.slice(0, query.limit) : rows;
  const items = page.map(
    (row): OpenDataReview => ({
      id: row.id,
      facilityId: row.facilityId,
      month: (row.publishedAt ?? row.revisedAt).toISOString().slice(0, 7),
      relationship: row.relationship,
      relationshipLabel: RELATIONSHIPS[row.relationship],
      ratings: Object.fromEntries(THEME_KEYS.map((key) => [key, row.ratings[key] ?? null])) as Record<ThemeKey, number | null>,
      text: row.text,
      editedByEditors: row.source === 'editor',
      verified: row.invitationCodeId !== null,
    }),
  );
  return { items, next: more ? page.at(-1)!.id : null };
}

/** The CSV columns: the JSON fields, nested ones named with a dot ("themes.respect.average"). */
export const FACILITY_CSV_COLUMNS: CsvColumn<OpenDataFacility>[] = [
  ...(
    [
      'id',
      'name',
      'url',
      'sector',
      'sectorLabel',
      'kind',
      'kindLabel',
      'street',
      'houseNumber',
      'postcode',
      'municipality',
      'province',
      'provinceLabel',
      'capacity',
      'participating',
      'liveSince',
      'reviewCount',
    ] as const
  ).map((name) => ({ name, value: (row: OpenDataFacility) => row[name] })),
  { name: 'overall.average', value: (row) => row.overall.average },
  { name: 'overall.count', value: (row) => row.overall.count },
  { name: 'overall.indicative', value: (row) => row.overall.indicative },
  ...THEME_KEYS.flatMap((key): CsvColumn<OpenDataFacility>[] => [
    { name: `themes.${key}.average`, value: (row) => row.themes[key].average },
    { name: `themes.${key}.count`, value: (row) => row.themes[key].count },
  ]),
];

export const REVIEW_CSV_COLUMNS: CsvColumn<OpenDataReview>[] = [
  ...(['id', 'facilityId', 'month', 'relationship', 'relationshipLabel'] as const).map((name) => ({ name, value: (row: OpenDataReview) => row[name] })),
  ...THEME_KEYS.map((key): CsvColumn<OpenDataReview> => ({ name: `ratings.${key}`, value: (row) => row.ratings[key] })),
  ...(['text', 'editedByEditors', 'verified'] as const).map((name) => ({ name, value: (row: OpenDataReview) => row[name] })),
];
