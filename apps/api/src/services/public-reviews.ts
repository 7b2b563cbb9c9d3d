import { eq, sql, type SQL } from 'drizzle-orm';
import { RELATIONSHIPS, type Ratings, type Relationship, type ThemeKey } from '@zorgwaardering/core';
import {
  facilities,
  facilityNewestReviews,
  parsedJson,
  publicReviewsOf,
  REVIEW_PAGE_SIZE,
  reviewPageJson,
  reviewRevisions,
  windowStart,
  type Database,
} from '@zorgwaardering/db';
import { NotFound } from '../errors';
import { boundValue, preparedPerDatabase } from '../lib/prepared';
import type { ScoreRules } from '../rules';

export interface PublicReviewFilter {
  /** Only reviews that gave this theme a score (with `score`: that score). */
  theme?: ThemeKey | undefined;
  /** 1 to 5: the score of `theme`, or without a theme the review's overall score. */
  score?: number | undefined;
  page: number;
}

/**
 * A review's overall score: the mean of its answered themes, rounded half up, as the scores count
 * it (packages/db/src/scores.ts).
 */
const overallScore = sql`(
  select floor(sum((answer.value)::text::int)::numeric / count(*) + 0.5)::int
  from jsonb_each(${reviewRevisions.ratings}) answer
  where jsonb_typeof(answer.value) = 'number'
)`;

type FilterShape = 'none' | 'theme' | 'themeScore' | 'score';

function shapeOf({ theme, score }: PublicReviewFilter): FilterShape {
  if (theme && score !== undefined) return 'themeScore';
  if (theme) return 'theme';
  return score !== undefined ? 'score' : 'none';
}

/** The condition of each kind of filter; its values are bound by name when a page is read. */
const FILTER_CONDITIONS: Record<FilterShape, SQL | null> = {
  none: null,
  theme: sql`jsonb_typeof(${reviewRevisions.ratings} -> ${boundValue('theme')}::text) = 'number'`,
  themeScore: sql`${reviewRevisions.ratings} @> ${boundValue('themeScore')}::jsonb`,
  score: sql`${overallScore} = ${boundValue('score')}`,
};

/**
 * One round trip per page: the facility (none when unknown), the total (the maintained count
 * unless a filter needs counting) and the page with its responses. The first page without a
 * filter, which nearly every visit reads, comes from facility_newest_reviews when the facility
 * has a row there (COALESCE reads the reviews only when it has none). The first pages have no
 * OFFSET: PostgreSQL cannot estimate a bound OFFSET in a generic plan, finds that plan costlier
 * than one made for the values at hand, and so would plan the query again on every call; without
 * it the plan is made once per connection.
 */
function reviewPageQuery(db: Database, shape: FilterShape, firstPage: boolean) {
  const condition = FILTER_CONDITIONS[shape];
  // Spelled out with table names: drizzle leaves columns unqualified in a select list's SQL.
  const facilityId = sql`facilities.id`;
  const page = reviewPageJson(facilityId, condition, firstPage ? undefined : boundValue('offset'));
  return db
    .select({
      total: condition ? sql<number>`(select count(*)::int ${publicReviewsOf(facilityId, condition)})` : facilities.reviewCount,
      page: shape === 'none' && firstPage ? sql<unknown>`coalesce(facility_newest_reviews.reviews, ${page})` : page,
    })
    .from(facilities)
    .leftJoin(facilityNewestReviews, eq(facilityNewestReviews.facilityId, facilities.id))
    .where(eq(facilities.id, boundValue('id')))
    .prepare(`public_reviews_${shape}${firstPage ? '_first' : ''}`);
}

type PageQuery = (db: Database) => ReturnType<typeof reviewPageQuery>;

/** A prepared statement per kind of filter, for the first page and for the later ones. */
const reviewPageQueries = Object.fromEntries(
  (Object.keys(FILTER_CONDITIONS) as FilterShape[]).map((shape) => [
    shape,
    {
      first: preparedPerDatabase((db) => reviewPageQuery(db, shape, true)),
      later: preparedPerDatabase((db) => reviewPageQuery(db, shape, false)),
    },
  ]),
) as Record<FilterShape, { first: PageQuery; later: PageQuery }>;

interface PageRow {
  id: string;
  verified: boolean;
  ratings: Ratings;
  text: string;
  relationship: Relationship;
  display_label: string | null;
  source: string;
  /** "YYYY-MM" of publication. */
  month: string;
  /** The latest published response: its text and the month it was published (or written). */
  response: [string, string] | null;
}

/**
 * The published reviews of a facility, newest first, filtered by theme and score, with the
 * facility's latest published response to each: never who wrote them. One round trip: the
 * facility (a 404 when unknown), the total (the maintained count unless a filter needs counting)
 * and the page with its responses.
 */
export async function listPublicReviews(db: Database, rules: ScoreRules, facilityId: number, filter: PublicReviewFilter, now: Date) {
  const { theme, score } = filter;
  const queries = reviewPageQueries[shapeOf(filter)];
  const [found] = await (filter.page === 1 ? queries.first : queries.later)(db).execute({
    id: facilityId,
    theme,
    score,
    themeScore: theme && score !== undefined ? JSON.stringify({ [theme]: score }) : undefined,
    offset: (filter.page - 1) * REVIEW_PAGE_SIZE,
  });
  if (!found) throw new NotFound('Deze voorziening bestaat niet.');
  const total = Number(found.total);
  const rows = parsedJson<PageRow[]>(found.page);

  // Scores count the months from the window's first month on: anything published before does not.
  const firstCountingMonth = windowStart(now, rules.windowMonths).slice(0, 7);
  return {
    items: rows.map((row) => ({
      id: row.id,
      ratings: row.ratings,
      text: row.text,
      month: row.month,
      relationship: row.relationship,
      relationshipLabel: RELATIONSHIPS[row.relationship],
      displayLabel: row.display_label,
      verified: row.verified,
      editedByEditors: row.source === 'editor',
      older: row.month < firstCountingMonth,
      response: row.response ? { text: row.response[0], month: row.response[1] } : null,
    })),
    page: filter.page,
    pageSize: REVIEW_PAGE_SIZE,
    total,
    totalPages: Math.ceil(total / REVIEW_PAGE_SIZE),
  };
}
