import { inArray } from 'drizzle-orm';
import { applyPublicChange, reviewRevisions, type Database, type ScoredReview } from '@zorgwaardering/db';
import type { Ratings } from '@zorgwaardering/core';

/** The fields of a review that decide whether and how it counts in the scores. */
export interface ReviewPublicState {
  facilityId: number;
  status: string;
  publishedRevisionId: string | null;
  publishedAt: Date | null;
}

const isPublic = (review: ReviewPublicState) =>
  review.publishedRevisionId !== null && review.publishedAt !== null && review.status !== 'withdrawn' && review.status !== 'removed';

/**
 * Keeps the maintained scores and newest reviews in step with one review's change from `before` to `after`: call in
 * the transaction that changes the review. Nothing happens when what the public sees stays the same.
 */
export async function syncScores(tx: Database, before: ReviewPublicState, after: ReviewPublicState): Promise<void> {
  const wasPublic = isPublic(before);
  const nowPublic = isPublic(after);
  if (
    wasPublic === nowPublic &&
    (!wasPublic || (before.publishedRevisionId === after.publishedRevisionId && before.publishedAt!.getTime() === after.publishedAt!.getTime()))
  ) {
    return;
  }
  const revisionIds = [wasPublic ? before.publishedRevisionId! : null, nowPublic ? after.publishedRevisionId! : null].filter((id) => id !== null);
  const rows = await tx.select({ id: reviewRevisions.id, ratings: reviewRevisions.ratings }).from(reviewRevisions).where(inArray(reviewRevisions.id, revisionIds));
  const ratings = new Map<string, Ratings>(rows.map((row) => [row.id, row.ratings]));
  const scored = (review: ReviewPublicState): ScoredReview => ({
    facilityId: review.facilityId,
    ratings: ratings.get(review.publishedRevisionId!)!,
    publishedAt: review.publishedAt!,
  });
  await applyPublicChange(tx, wasPublic ? scored(before) : null, nowPublic ? scored(after) : null);
}
