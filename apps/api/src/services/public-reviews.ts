import { and, count, desc, eq, sql } from 'drizzle-orm';
import { RELATIONSHIPS } from '@zorgwaardering/core';
import { facilities, reviewRevisions, reviews, type Database } from '@zorgwaardering/db';
import { NotFound } from '../errors';

export const REVIEW_PAGE_SIZE = 10;

/** A review the public may see: it has an approved revision and was not withdrawn or removed. */
export const isPublicReview = sql`${reviews.publishedRevisionId} is not null and ${reviews.status} not in ('withdrawn', 'removed')`;

/** The published reviews of a facility, newest first: never who wrote them. */
export async function listPublicReviews(db: Database, facilityId: number, page: number) {
  const [exists] = await db.select({ id: facilities.id }).from(facilities).where(eq(facilities.id, facilityId));
  if (!exists) throw new NotFound('Deze voorziening bestaat niet.');
  const where = and(eq(reviews.facilityId, facilityId), isPublicReview);
  const [{ total }] = (await db.select({ total: count() }).from(reviews).where(where)) as [{ total: number }];
  const rows = await db
    .select({ id: reviews.id, publishedAt: reviews.publishedAt, revision: reviewRevisions })
    .from(reviews)
    .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId))
    .where(where)
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .limit(REVIEW_PAGE_SIZE)
    .offset((page - 1) * REVIEW_PAGE_SIZE);
  return {
    items: rows.map(({ id, publishedAt, revision }) => ({
      id,
      ratings: revision.ratings,
      text: revision.text,
      month: (publishedAt ?? revision.createdAt).toISOString().slice(0, 7),
      relationship: revision.relationship,
      relationshipLabel: RELATIONSHIPS[revision.relationship],
      displayLabel: revision.displayLabel,
      editedByEditors: revision.source === 'editor',
    })),
    page,
    pageSize: REVIEW_PAGE_SIZE,
    total: Number(total),
    totalPages: Math.ceil(Number(total) / REVIEW_PAGE_SIZE),
  };
}
