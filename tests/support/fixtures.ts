import { eq } from 'drizzle-orm';
import { facilities, organisations, recomputeScores, reviewRevisions, reviews, type Database } from '@zorgwaardering/db';

let counter = 0;

/** A valid company number from a counter: 8 digits and their mod-97 check. */
function companyNumber(n: number): string {
  const base = 3_000_000 + (n % 6_000_000);
  const digits = String(base).padStart(8, '0') + String(97 - (base % 97)).padStart(2, '0');
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

export async function createFacility(
  db: Database,
  overrides: Partial<typeof facilities.$inferInsert> = {},
): Promise<typeof facilities.$inferSelect> {
  counter += 1;
  const sector = overrides.sector ?? 'kinderopvang';
  const [organisation] = await db
    .insert(organisations)
    .values({ name: `Vzw Proef ${counter}`, companyNumber: companyNumber(counter * 7919 + Math.floor(Math.random() * 1e6)), sector })
    .returning();
  const participating = overrides.participating ?? true;
  const [facility] = await db
    .insert(facilities)
    .values({
      organisationId: organisation!.id,
      sector,
      kind: 'groepsopvang',
      name: `Kinderopvang Proef ${counter}`,
      street: 'Kerkstraat',
      houseNumber: String(counter),
      postcode: '9000',
      municipality: 'Gent',
      province: 'oost-vlaanderen',
      capacity: 18,
      externalId: `TEST-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      participating,
      liveSince: participating ? '2025-03-03' : null,
      ...overrides,
    })
    .returning();
  return facility!;
}

/** Marks a review's current revision as published and brings its facility's scores up to date, as the editorial desk does. */
export async function publishReview(db: Database, reviewId: string, at = new Date()) {
  const [review] = await db.select().from(reviews).where(eq(reviews.id, reviewId));
  await db
    .update(reviews)
    .set({ status: 'published', publishedRevisionId: review!.currentRevisionId, publishedAt: at, version: review!.version + 1 })
    .where(eq(reviews.id, reviewId));
  await recomputeScores(db, [review!.facilityId]);
}

export async function revisionsOf(db: Database, reviewId: string) {
  return db.select().from(reviewRevisions).where(eq(reviewRevisions.reviewId, reviewId)).orderBy(reviewRevisions.number);
}
