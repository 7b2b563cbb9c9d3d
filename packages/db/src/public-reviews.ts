import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { idList, inFacilityBatches, type Database } from './client';
import { reviews } from './schema';

/** Reviews per page of a facility's reviews, and the number kept in facility_newest_reviews. */
export const REVIEW_PAGE_SIZE = 10;

/** A review the public may see: it has an approved revision and was not withdrawn or removed. */
export const isPublicReview = sql`${reviews.publishedRevisionId} is not null and ${reviews.status} not in ('withdrawn', 'removed')`;

/**
 * FROM and WHERE of a facility's public reviews joined to their published revisions, narrowed by
 * `condition`. `facilityId` is written into SQL that drizzle leaves unqualified: pass a column as
 * raw SQL with its table (`sql\`facilities.id\``).
 */
export function publicReviewsOf(facilityId: SQLWrapper, condition?: SQL | null): SQL {
  return sql`from reviews join review_revisions on review_revisions.id = reviews.published_revision_id
    where reviews.facility_id = ${facilityId} and ${isPublicReview}${condition ? sql` and ${condition}` : sql``}`;
}

const monthOf = (timestamp: SQL) => sql`to_char(${timestamp} at time zone 'UTC', 'YYYY-MM')`;

/**
 * A subquery giving one page of a facility's public reviews, newest first, as a JSON array: per
 * review what the public sees of it and the facility's latest published response to it, never who
 * wrote either: its month of publication (UTC, "YYYY-MM") and not the moment. Without `offset`,
 * the first page.
 */
export function reviewPageJson(facilityId: SQLWrapper, condition?: SQL | null, offset?: SQLWrapper): SQL<unknown> {
  return sql`(
    select coalesce(json_agg(p order by p.published_at desc, p.id desc), '[]'::json) from (
      select reviews.id, reviews.published_at, reviews.invitation_code_id is not null as verified,
        review_revisions.ratings, review_revisions.text, review_revisions.relationship,
        review_revisions.display_label, review_revisions.source,
        ${monthOf(sql`coalesce(reviews.published_at, review_revisions.created_at)`)} as month,
        (
          select json_build_array(rr.text, ${monthOf(sql`coalesce(rr.published_at, rr.created_at)`)})
          from review_responses rr
          where rr.review_id = reviews.id and rr.status = 'published' and rr.facility_id = ${facilityId}
          order by rr.published_at desc nulls last, rr.created_at desc
          limit 1
        ) as response
      ${publicReviewsOf(facilityId, condition)}
      order by reviews.published_at desc, reviews.id desc
      limit ${sql.raw(String(REVIEW_PAGE_SIZE))}${offset ? sql` offset ${offset}` : sql``}
    ) p
  )`;
}

/**
 * Writes the newest reviews of the facilities (all without `facilityIds`) into
 * facility_newest_reviews. `applyPublicChange` calls it for a review's public change; a change to
 * a facility's published responses calls it too, after locking the facility's row as
 * `applyPublicChange` does, so that changes take turns.
 */
export async function storeNewestReviews(db: Database, facilityIds?: number[]): Promise<void> {
  await db.execute(sql`
    insert into facility_newest_reviews (facility_id, reviews)
    select f.id, ${reviewPageJson(sql`f.id`)} from facilities f ${facilityIds ? sql`where f.id = any(${idList(facilityIds)})` : sql``}
    on conflict (facility_id) do update set reviews = excluded.reviews`);
}

/**
 * Writes the newest reviews of every facility that has no row in facility_newest_reviews yet: once
 * after the table is added to a database that has reviews. Returns the number of facilities
 * written.
 */
export function storeMissingNewestReviews(db: Database): Promise<number> {
  return inFacilityBatches(db, sql`not exists (select 1 from facility_newest_reviews n where n.facility_id = f.id)`, (tx, ids) =>
    storeNewestReviews(tx, ids),
  );
}
