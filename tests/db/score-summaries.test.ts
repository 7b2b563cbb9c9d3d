import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { applyPublicChange, facilityScores, refreshFacilityScores, scoresFromJson, windowStart, type ScoredReview } from '@zorgwaardering/db';
import { openTestDatabase, type TestDatabase } from '../support/databases';
import { createFacility } from '../support/fixtures';

const ratings = (value: number) => ({ communicatie: value, respect: value, inspraak: value, veiligheid: value, begeleiding: null, welbevinden: null, omgeving: null, organisatie: null });

// Two connections at once: PostgreSQL only (PGlite has one).
describe.skipIf(!process.env.TEST_DATABASE_URL)('summed scores under concurrent changes (postgresql)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('postgresql');
  });
  afterAll(() => database.close());

  it('keeps both of two score changes of one facility that run at the same time', async () => {
    const db = database.db;
    const now = new Date();
    const facility = await createFacility(db);
    await refreshFacilityScores(db, windowStart(now, 36));
    const review = (months: number, value: number): ScoredReview => ({
      facilityId: facility.id,
      ratings: ratings(value),
      publishedAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 15)),
    });

    // The first change holds its transaction open after summing; the second, on other months,
    // starts meanwhile and must wait for it rather than sum without it.
    let applied!: () => void;
    const firstApplied = new Promise<void>((resolve) => (applied = resolve));
    const first = db.transaction(async (tx) => {
      await applyPublicChange(tx, null, review(2, 5));
      applied();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const second = firstApplied.then(() => db.transaction((tx) => applyPublicChange(tx, null, review(5, 1))));
    await Promise.all([first, second]);

    const [row] = await db.select().from(facilityScores).where(eq(facilityScores.facilityId, facility.id));
    const overall = scoresFromJson(row!.scores).get('overall');
    expect(overall).toMatchObject({ count: 2, mean: 3, distribution: [1, 0, 0, 0, 1] });
  });
});
