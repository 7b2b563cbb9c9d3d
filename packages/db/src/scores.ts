import { eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { THEME_KEYS, type Ratings } from '@zorgwaardering/core';
import { idList, inFacilityBatches, parsedJson, type Database } from './client';
import { storeNewestReviews } from './public-reviews';
import { facilities, facilityScoreMonths } from './schema';

/** The row of facility_score_months that sums every review's own mean of its answered themes. */
export const OVERALL = 'overall';

/** Sums are stored times this: 1 to 8 all divide it, so a review's mean times it is an integer. */
export const SCORE_SCALE = 840;

/** A review as it counts in the scores: its published ratings and the month it was published. */
export interface ScoredReview {
  facilityId: number;
  ratings: Ratings;
  publishedAt: Date;
}

/** First day of the calendar month (UTC) as "YYYY-MM-01". */
export function monthOf(date: Date): string {
  return `${date.toISOString().slice(0, 7)}-01`;
}

/**
 * The first month inside a window of `windowMonths` calendar months ending with the month of
 * `now`: with 36 months in November 2026, December 2023.
 */
export function windowStart(now: Date, windowMonths: number): string {
  return monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (windowMonths - 1), 1)));
}

/**
 * What one review adds: each answered theme with its score, and 'overall' with the mean of the
 * answered themes; `scaled` is the value times SCORE_SCALE, `bucket` the 1-5 column it counts in.
 */
export function contributions(ratings: Ratings): { theme: string; scaled: number; bucket: number }[] {
  const answered = THEME_KEYS.flatMap((theme) => {
    const value = ratings[theme];
    return typeof value === 'number' ? [{ theme: theme as string, value }] : [];
  });
  if (answered.length === 0) return [];
  const total = answered.reduce((sum, { value }) => sum + value, 0);
  const overallScaled = (total * SCORE_SCALE) / answered.length;
  return [
    ...answered.map(({ theme, value }) => ({ theme, scaled: value * SCORE_SCALE, bucket: value })),
    // Half up, as the recomputation does with floor(x + 0.5).
    { theme: OVERALL, scaled: overallScaled, bucket: Math.floor(overallScaled / SCORE_SCALE + 0.5) },
  ];
}

interface Delta {
  facilityId: number;
  month: string;
  theme: string;
  count: number;
  scaledSum: number;
  n: [number, number, number, number, number];
}

/**
 * Moves what the public sees of a facility when one of its reviews changes publicly: the monthly
 * figures, the summed scores, the review count and the newest reviews. `before` is what counted
 * until now (null when it was not public), `after` what counts from now on (null when it leaves
 * the public list). Call inside the transaction that changes the review; concurrent changes add
 * up, never overwrite.
 */
export async function applyPublicChange(db: Database, before: ScoredReview | null, after: ScoredReview | null): Promise<void> {
  if (before && after && before.facilityId !== after.facilityId) throw new Error('A review cannot move to another facility');
  const deltas = new Map<string, Delta>();
  const count = (review: ScoredReview, sign: 1 | -1) => {
    const month = monthOf(review.publishedAt);
    for (const { theme, scaled, bucket } of contributions(review.ratings)) {
      const key = `${month}|${theme}`;
      let delta = deltas.get(key);
      if (!delta) {
        delta = { facilityId: review.facilityId, month, theme, count: 0, scaledSum: 0, n: [0, 0, 0, 0, 0] };
        deltas.set(key, delta);
      }
      delta.count += sign;
      delta.scaledSum += sign * scaled;
      delta.n[bucket - 1]! += sign;
    }
  };
  if (before) count(before, -1);
  if (after) count(after, 1);
  const rows = [...deltas.values()].filter((d) => d.count !== 0 || d.scaledSum !== 0 || d.n.some((n) => n !== 0));
  const counted = (after ? 1 : 0) - (before ? 1 : 0);
  const facilityId = (after ?? before)?.facilityId;
  if (facilityId === undefined) return;

  // One change of a facility at a time, so that each one's summaries below (statements of their
  // own, reading what is committed by then) include every change before it.
  await db.select({ id: facilities.id }).from(facilities).where(eq(facilities.id, facilityId)).for('no key update');

  if (rows.length > 0) {
    const added = (column: { name: string }) => sql`${column} + excluded.${sql.identifier(column.name)}`;
    await db
      .insert(facilityScoreMonths)
      .values(
        rows.map(({ n, ...d }) => ({ ...d, n1: n[0], n2: n[1], n3: n[2], n4: n[3], n5: n[4] })),
      )
      .onConflictDoUpdate({
        target: [facilityScoreMonths.facilityId, facilityScoreMonths.month, facilityScoreMonths.theme],
        set: {
          count: added(facilityScoreMonths.count),
          scaledSum: added(facilityScoreMonths.scaledSum),
          n1: added(facilityScoreMonths.n1),
          n2: added(facilityScoreMonths.n2),
          n3: added(facilityScoreMonths.n3),
          n4: added(facilityScoreMonths.n4),
          n5: added(facilityScoreMonths.n5),
        },
      });
  }

  if (counted !== 0) {
    await db
      .update(facilities)
      .set({ reviewCount: sql`${facilities.reviewCount} + ${counted}` })
      .where(sql`${facilities.id} = ${facilityId}`);
  }
  if (rows.length > 0 || counted !== 0) await summariseScores(db, sql`= ${facilityId}`);
  await storeNewestReviews(db, [facilityId]);
}

/** Sums the months again into the facility_scores rows of the facilities matching `which`, each for the window it holds. */
async function summariseScores(db: Database, which: SQL): Promise<void> {
  await db.execute(sql`
    update facility_scores s
    set scores = ${scoresJson(sql`s.facility_id`, sql`s.window_start`)}, years = ${yearlyOverallJson(sql`s.facility_id`)}
    where s.facility_id ${which}`);
}

/**
 * Brings facility_scores to the window starting `fromMonth` for every facility without a row for
 * it: at the start of the API and when a new month moves the window. In batches, each locking its
 * facilities before it sums, so a score change running meanwhile waits and then updates the new
 * row. Returns the number of facilities brought up to date.
 */
export function refreshFacilityScores(db: Database, fromMonth: string): Promise<number> {
  return inFacilityBatches(
    db,
    sql`not exists (select 1 from facility_scores s where s.facility_id = f.id and s.window_start = ${fromMonth}::date)`,
    (tx, ids) =>
      tx.execute(sql`
        insert into facility_scores (facility_id, window_start, scores, years)
        select f.id, ${fromMonth}::date, ${scoresJson(sql`f.id`, fromMonth)}, ${yearlyOverallJson(sql`f.id`)}
        from facilities f where f.id = any(${idList(ids)})
        on conflict (facility_id) do update
        set window_start = excluded.window_start, scores = excluded.scores, years = excluded.years`),
  );
}

/**
 * Rebuilds scores, review counts and newest reviews from the published reviews themselves: after a
 * bulk load, and as the reference the maintained figures must always equal. Without
 * `facilityIds`, for all.
 */
export async function recomputeScores(db: Database, facilityIds?: number[]): Promise<void> {
  const reviewsOf = facilityIds ? sql`and r.facility_id = any(${idList(facilityIds)})` : sql``;
  await db.execute(sql`delete from facility_score_months ${facilityIds ? sql`where facility_id = any(${idList(facilityIds)})` : sql``}`);
  await db.execute(sql`
    with public_reviews as (
      select r.id, r.facility_id, to_char(r.published_at at time zone 'UTC', 'YYYY-MM-01')::date as month, rev.ratings
      from reviews r join review_revisions rev on rev.id = r.published_revision_id
      where r.published_revision_id is not null and r.status not in ('withdrawn', 'removed') ${reviewsOf}
    ),
    answers as (
      select p.id, p.facility_id, p.month, s.key as theme, (s.value)::text::int as value
      from public_reviews p, lateral jsonb_each(p.ratings) s
      where jsonb_typeof(s.value) = 'number'
    ),
    scored as (
      select facility_id, month, theme, value * ${SCORE_SCALE}::bigint as scaled, value as bucket from answers
      union all
      select facility_id, month, ${OVERALL}, sum(value) * ${SCORE_SCALE}::bigint / count(*),
        floor(sum(value)::numeric / count(*) + 0.5)::int
      from answers group by id, facility_id, month
    )
    insert into facility_score_months (facility_id, month, theme, count, scaled_sum, n1, n2, n3, n4, n5)
    select facility_id, month, theme, count(*), sum(scaled),
      count(*) filter (where bucket = 1), count(*) filter (where bucket = 2), count(*) filter (where bucket = 3),
      count(*) filter (where bucket = 4), count(*) filter (where bucket = 5)
    from scored group by facility_id, month, theme`);
  await db.execute(sql`
    update facilities f set review_count = coalesce((
      select count(*) from reviews r
      where r.facility_id = f.id and r.published_revision_id is not null and r.status not in ('withdrawn', 'removed')
    ), 0)
    ${facilityIds ? sql`where f.id = any(${idList(facilityIds)})` : sql``}`);
  await summariseScores(db, facilityIds ? sql`= any(${idList(facilityIds)})` : sql`is not null`);
  await storeNewestReviews(db, facilityIds);
}

/** One theme's (or 'overall') figures over a set of months. */
export interface ScoreFigures {
  count: number;
  /** Mean of the scores, unrounded; null without scores. */
  mean: number | null;
  /** Number of scores 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
}

/**
 * Per facility and theme, the figures of the months from `fromMonth` on (inclusive); with `theme`,
 * of that theme only (a list of facilities shows just the overall score).
 */
export async function readScores(
  db: Database,
  facilityIds: number[],
  fromMonth: string,
  theme?: string,
): Promise<Map<number, Map<string, ScoreFigures>>> {
  const result = new Map<number, Map<string, ScoreFigures>>();
  if (facilityIds.length === 0) return result;
  const rows = await db
    .select({
      facilityId: facilityScoreMonths.facilityId,
      theme: facilityScoreMonths.theme,
      count: sql<number>`sum(${facilityScoreMonths.count})::int`,
      scaledSum: sql<string>`sum(${facilityScoreMonths.scaledSum})`,
      n1: sql<number>`sum(${facilityScoreMonths.n1})::int`,
      n2: sql<number>`sum(${facilityScoreMonths.n2})::int`,
      n3: sql<number>`sum(${facilityScoreMonths.n3})::int`,
      n4: sql<number>`sum(${facilityScoreMonths.n4})::int`,
      n5: sql<number>`sum(${facilityScoreMonths.n5})::int`,
    })
    .from(facilityScoreMonths)
    .where(
      sql`${facilityScoreMonths.facilityId} = any(${idList(facilityIds)}) and ${facilityScoreMonths.month} >= ${fromMonth}${theme === undefined ? sql`` : sql` and ${facilityScoreMonths.theme} = ${theme}`}`,
    )
    .groupBy(facilityScoreMonths.facilityId, facilityScoreMonths.theme);
  for (const row of rows) {
    const count = Number(row.count);
    let themes = result.get(row.facilityId);
    if (!themes) result.set(row.facilityId, (themes = new Map()));
    themes.set(row.theme, figuresOf(count, Number(row.scaledSum), [row.n1, row.n2, row.n3, row.n4, row.n5].map(Number)));
  }
  return result;
}

/** The figures of one row of sums: count, scaled sum and the numbers of 1s to 5s. */
function figuresOf(count: number, scaledSum: number, n: number[]): ScoreFigures {
  return {
    count,
    mean: count > 0 ? scaledSum / SCORE_SCALE / count : null,
    distribution: [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 0, n[4] ?? 0],
  };
}

/**
 * A subquery giving one facility's figures per theme over the months from `fromMonth` on, as one
 * JSON array, to select next to the facility itself: one round trip reads both. Read it with
 * `scoresFromJson`.
 */
export function scoresJson(facilityId: SQLWrapper, fromMonth: string | SQLWrapper): SQL<unknown> {
  return sql`(
    select coalesce(json_agg(json_build_array(s.theme, s.count, s.scaled_sum, s.n1, s.n2, s.n3, s.n4, s.n5)), '[]'::json)
    from (
      select m.theme, sum(m.count) as count, sum(m.scaled_sum) as scaled_sum,
        sum(m.n1) as n1, sum(m.n2) as n2, sum(m.n3) as n3, sum(m.n4) as n4, sum(m.n5) as n5
      from facility_score_months m
      where m.facility_id = ${facilityId} and m.month >= ${fromMonth}::date
      group by m.theme
      having sum(m.count) > 0
    ) s
  )`;
}

export function scoresFromJson(value: unknown): Map<string, ScoreFigures> {
  const rows = parsedJson<[string, ...(number | string)[]][]>(value);
  return new Map(rows.map(([theme, count, scaledSum, ...n]) => [theme, figuresOf(Number(count), Number(scaledSum), n.map(Number))]));
}

/**
 * A subquery giving one facility's overall mean and number of reviews per calendar year of
 * publication, oldest first, as one JSON array. Read it with `yearlyOverallFromJson`.
 */
export function yearlyOverallJson(facilityId: SQLWrapper): SQL<unknown> {
  return sql`(
    select coalesce(json_agg(json_build_array(y.year, y.count, y.scaled_sum) order by y.year), '[]'::json)
    from (
      select extract(year from m.month)::int as year, sum(m.count) as count, sum(m.scaled_sum) as scaled_sum
      from facility_score_months m
      where m.facility_id = ${facilityId} and m.theme = ${OVERALL}
      group by 1
    ) y
    where y.count > 0
  )`;
}

export function yearlyOverallFromJson(value: unknown): { year: number; count: number; mean: number }[] {
  return parsedJson<(number | string)[][]>(value).map(([year, count, scaledSum]) => ({
    year: Number(year),
    count: Number(count),
    mean: Number(scaledSum) / SCORE_SCALE / Number(count),
  }));
}
