import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { THEME_KEYS, type Ratings } from '@zorgwaardering/core';
import { recomputeScores, reviewRevisions, reviews, users, type Database } from '@zorgwaardering/db';

const TEXT = 'We kwamen hier twee jaar lang elke week. De begeleiding was vriendelijk en we wisten altijd wat er gebeurde.';

/** Eight theme scores from a list; missing or 0 is "not applicable". */
export const ratingsOf = (...values: number[]): Ratings =>
  Object.fromEntries(THEME_KEYS.map((key, i) => [key, values[i] ? values[i] : null])) as Ratings;

/**
 * Published reviews written straight into the database, each by an author of its own, with the
 * facility's scores and review count brought up to date: for tests about what the public sees,
 * without going through the editorial desk for every review.
 */
export async function insertPublishedReviews(
  db: Database,
  facilityId: number,
  count: number,
  options: { ratings?: Ratings; text?: string; publishedAt?: Date } = {},
): Promise<string[]> {
  if (count === 0) return [];
  const publishedAt = options.publishedAt ?? new Date();
  const month = publishedAt.toISOString().slice(0, 7);
  const authors = await db
    .insert(users)
    .values(Array.from({ length: count }, () => ({ email: `auteur-${randomUUID()}@example.be` })))
    .returning({ id: users.id });
  const reviewIds = authors.map(() => randomUUID());
  const revisionIds = authors.map(() => randomUUID());
  await db.insert(reviews).values(authors.map((author, i) => ({ id: reviewIds[i]!, facilityId, authorId: author.id, status: 'published' as const })));
  await db.insert(reviewRevisions).values(
    authors.map((author, i) => ({
      id: revisionIds[i]!,
      reviewId: reviewIds[i]!,
      number: 1,
      createdBy: author.id,
      ratings: options.ratings ?? ratingsOf(4, 4, 4, 4, 4, 4, 4, 4),
      text: options.text ?? TEXT,
      relationship: 'ouder' as const,
      periodFrom: month,
      periodTo: month,
    })),
  );
  await db.execute(sql`
    update reviews set current_revision_id = rev.id, published_revision_id = rev.id, published_at = ${publishedAt.toISOString()}
    from review_revisions rev
    where rev.review_id = reviews.id and reviews.id in (${sql.join(reviewIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  await recomputeScores(db, [facilityId]);
  return reviewIds;
}
