import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { THEME_KEYS } from '@zorgwaardering/core';
import { refreshScores } from '@zorgwaardering/api';
import { facilityNewestReviews, facilityScores, recomputeScores, rowsOf, users, type Database } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';
import { createFacility } from '../support/fixtures';

const DAY = 86_400_000;
const TEXT = 'We kwamen hier twee jaar lang elke week. De begeleiding was vriendelijk en we wisten altijd wat er gebeurde.';
const monthOf = (date: Date) => date.toISOString().slice(0, 7);

type Ratings = Record<string, number | null>;
const ratingsFrom = (values: number[]): Ratings => Object.fromEntries(THEME_KEYS.map((key, i) => [key, values[i]! === 0 ? null : values[i]!]));
/** Eight scores, 0 meaning "not answered"; the first four are always answered. */
const ratingsArbitrary = fc
  .tuple(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }))
  .map(([answered, optional]) => ratingsFrom([...answered, ...optional]));

/** The maintained figures in a comparable form: months that net to nothing are left out. */
async function snapshot(db: Database) {
  const months = await db.execute(sql`
    select facility_id, month::text as month, theme, count, scaled_sum::text as scaled_sum, n1, n2, n3, n4, n5
    from facility_score_months
    where count <> 0 or scaled_sum <> 0 or n1 <> 0 or n2 <> 0 or n3 <> 0 or n4 <> 0 or n5 <> 0
    order by facility_id, month, theme`);
  const counts = await db.execute(sql`select id, review_count from facilities order by id`);
  const rows = (result: unknown) => rowsOf<object>(result).map((row) => ({ ...row }));
  // The summed figures per facility, themes in a fixed order (JSON aggregation keeps none).
  const summaries = (await db.select().from(facilityScores).orderBy(facilityScores.facilityId)).map((row) => ({
    ...row,
    scores: (typeof row.scores === 'string' ? JSON.parse(row.scores) : row.scores).map(String).sort(),
    years: typeof row.years === 'string' ? JSON.parse(row.years) : row.years,
  }));
  // The newest reviews per facility; no row and an empty list both mean none.
  const newestReviews = (await db.select().from(facilityNewestReviews).orderBy(facilityNewestReviews.facilityId))
    .map((row) => ({ ...row, reviews: (typeof row.reviews === 'string' ? JSON.parse(row.reviews) : row.reviews) as unknown[] }))
    .filter((row) => row.reviews.length > 0);
  return { months: rows(months), counts: rows(counts), summaries, newestReviews };
}

describe.each(databaseKinds)('facility scores (%s)', (kind) => {
  let api: TestApi;
  let editor: string;
  let editor2: string;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());

  async function setUp(parents: number) {
    api.clock.reset();
    await api.database.reset();
    const facilities = [await createFacility(api.database.db, { name: 'Kinderopvang De Zonnebloem' }), await createFacility(api.database.db, { name: 'Kinderopvang Het Anker' })];
    await api.database.db.insert(users).values([
      { email: 'eerste@redactie.test', firstName: 'Lotte', lastName: 'Peeters', roles: ['editor'] },
      { email: 'tweede@redactie.test', firstName: 'Jonas', lastName: 'Wouters', roles: ['editor'] },
    ]);
    // Every facility starts with its summed figures for the current window, as the API does at start.
    await refreshScores(api.database.db, api.deps.rules.scores, api.clock.now());
    editor = await api.signIn('eerste@redactie.test');
    editor2 = await api.signIn('tweede@redactie.test');
    const cookies: string[] = [];
    for (let i = 0; i < parents; i++) cookies.push(await api.signIn(`ouder${i}@example.be`));
    return { facilityIds: facilities.map((f) => f.id), cookies };
  }

  const period = () => monthOf(api.clock.now());
  const submit = async (cookie: string, facilityId: number, ratings: Ratings, i: number) =>
    api.request('/api/reviews', {
      json: {
        facilityId,
        ratings,
        text: TEXT,
        relationship: 'ouder',
        periodFrom: period(),
        periodTo: period(),
        author: { firstName: 'Ouder', lastName: `Nummer ${i}` },
      },
      cookie,
    });

  /** Claims the open item about a review in a queue and decides it. */
  async function decideOpen(reviewId: string, decision: string, queue = 'new', cookie = editor) {
    const listed = await json(await api.request(`/api/moderation/queue?queue=${queue}`, { cookie }));
    const item = listed.items.find((i: { reviewId: string }) => i.reviewId === reviewId);
    expect(item, `an open ${queue} item for ${reviewId}`).toBeDefined();
    expect((await api.request(`/api/moderation/items/${item.id}/claim`, { method: 'POST', cookie })).status).toBe(200);
    const detail = await json(await api.request(`/api/moderation/items/${item.id}`, { cookie }));
    const body: Record<string, unknown> = { decision, version: detail.version };
    if (decision === 'publish_edited') body.editedText = `${detail.revision.text} (ingekort door de redactie)`;
    if (decision !== 'publish') body.reasonCodes = ['other'];
    const res = await api.request(`/api/moderation/items/${item.id}/decision`, { json: body, cookie });
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  }

  const publishNow = async (cookie: string, facilityId: number, ratings: Ratings, i: number) => {
    const res = await submit(cookie, facilityId, ratings, i);
    expect(res.status).toBe(201);
    const { id } = await json(res);
    await decideOpen(id, 'publish');
    return id as string;
  };
  const facility = async (id: number) => json(await api.request(`/api/facilities/${id}`));

  it('maintained scores equal a full recomputation after any sequence of publishes, edits, removals and withdrawals', async () => {
    const op = fc.oneof(
      fc.record({ type: fc.constant('write' as const), author: fc.nat(3), facility: fc.nat(1), ratings: ratingsArbitrary, decision: fc.constantFrom('publish', 'publish_edited', 'reject', 'request_changes') }),
      fc.record({ type: fc.constant('edit' as const), author: fc.nat(3), ratings: ratingsArbitrary, decision: fc.constantFrom('publish', 'publish_edited', 'reject') }),
      fc.record({ type: fc.constant('remove' as const), author: fc.nat(3) }),
      fc.record({ type: fc.constant('withdraw' as const), author: fc.nat(3) }),
      fc.record({ type: fc.constant('wait' as const), days: fc.integer({ min: 3, max: 50 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 18 }), async (ops) => {
        const { facilityIds, cookies } = await setUp(4);
        const reviewOf = new Map<number, { id: string; status: string }>();
        for (const step of ops) {
          if (step.type === 'wait') {
            api.clock.advance(step.days * DAY);
            continue;
          }
          const cookie = cookies[step.author]!;
          const mine = reviewOf.get(step.author);
          if (step.type === 'write' && (!mine || ['withdrawn', 'removed', 'rejected'].includes(mine.status))) {
            const res = await submit(cookie, facilityIds[step.facility]!, step.ratings, step.author);
            if (res.status === 409) continue; // one review per author and facility per interval
            expect(res.status).toBe(201);
            const { id } = await json(res);
            await decideOpen(id, step.decision);
            reviewOf.set(step.author, { id, status: step.decision === 'reject' ? 'rejected' : step.decision === 'request_changes' ? 'changes_requested' : 'published' });
          } else if (step.type === 'edit' && mine && ['published', 'changes_requested'].includes(mine.status)) {
            const res = await api.request(`/api/reviews/${mine.id}`, {
              method: 'PATCH',
              json: { ratings: step.ratings, text: `${TEXT} Intussen is er wat veranderd.`, relationship: 'ouder', periodFrom: period(), periodTo: period() },
              cookie,
            });
            expect(res.status).toBe(200);
            await decideOpen(mine.id, step.decision);
            mine.status = step.decision === 'reject' ? 'rejected' : 'published';
          } else if (step.type === 'remove' && mine?.status === 'published') {
            const notice = await api.request(`/api/reviews/${mine.id}/notices`, {
              json: { reason: 'other', explanation: 'Deze waardering gaat niet over deze voorziening.', email: 'melder@example.be' },
            });
            expect(notice.status).toBe(201);
            await decideOpen(mine.id, 'remove', 'notices', editor2);
            mine.status = 'removed';
          } else if (step.type === 'withdraw' && mine && ['published', 'changes_requested', 'pending'].includes(mine.status)) {
            expect((await api.request(`/api/reviews/${mine.id}/withdraw`, { method: 'POST', cookie })).status).toBe(200);
            mine.status = 'withdrawn';
          }
        }
        const maintained = await snapshot(api.database.db);
        expect(maintained.summaries).toHaveLength(2);
        await recomputeScores(api.database.db);
        expect(maintained).toEqual(await snapshot(api.database.db));
      }),
      { numRuns: kind === 'pglite' ? 6 : 4, endOnFailure: true },
    );
  }, 240_000);

  it('withholds an average below the minimum of reviews and marks it "indicatief" below ten', async () => {
    const { facilityIds, cookies } = await setUp(3);
    const [id] = facilityIds as [number];
    const scores = [5, 4, 3];
    for (let i = 0; i < 2; i++) await publishNow(cookies[i]!, id, ratingsFrom([scores[i]!, 4, 4, 4, 0, 0, 0, 0]), i);

    let page = await facility(id);
    expect(page.reviewCount).toBe(2);
    expect(page.score).toBeNull();
    expect(page.overall).toMatchObject({ average: null, count: 2, distribution: [0, 0, 0, 0, 0], indicative: true });
    expect(page.themes[0]).toMatchObject({ key: 'communicatie', average: null, count: 2, distribution: [0, 0, 0, 0, 0] });
    expect(page.themes[4]).toMatchObject({ average: null, count: 0 });

    await publishNow(cookies[2]!, id, ratingsFrom([3, 4, 4, 4, 0, 0, 0, 0]), 2);
    page = await facility(id);
    expect(page.themes[0]).toMatchObject({ average: 4, count: 3, distribution: [0, 0, 1, 1, 1], indicative: true });
    expect(page.themes[1]).toMatchObject({ average: 4, count: 3, distribution: [0, 0, 0, 3, 0] });
    // Per review the mean of its themes: 4.25, 4 and 3.75; rounded half up into 4, 4 and 4.
    expect(page.overall).toMatchObject({ average: 4, count: 3, distribution: [0, 0, 0, 3, 0], indicative: true });
    expect(page.score).toEqual({ average: 4, count: 3, indicative: true });
    expect(page.scoreRules).toMatchObject({ windowMonths: 36, minReviewsForAverage: 3, indicativeBelowReviews: 10 });

    const found = await json(await api.request(`/api/facilities?q=${encodeURIComponent('De Zonnebloem')}`));
    expect(found.items[0]).toMatchObject({ id, reviewCount: 3, score: { average: 4, count: 3, indicative: true } });
  });

  it('counts only reviews published in the last 36 months; older ones stay readable', async () => {
    const { facilityIds, cookies } = await setUp(4);
    const [id] = facilityIds as [number];
    for (let i = 0; i < 3; i++) await publishNow(cookies[i]!, id, ratingsFrom([2, 2, 2, 2, 0, 0, 0, 0]), i);
    api.clock.advance(20 * 30 * DAY);
    await publishNow(cookies[3]!, id, ratingsFrom([5, 5, 5, 5, 0, 0, 0, 0]), 3);

    let page = await facility(id);
    expect(page.overall).toMatchObject({ average: 2.8, count: 4 });

    // Three years after the first three: they leave the window, the fourth alone is too few. The
    // summed figures are still those of the old window: the page sums the months itself until the
    // hourly refresh moves them, and reads the same from them after.
    api.clock.advance(17 * 30 * DAY);
    page = await facility(id);
    expect(page.overall).toMatchObject({ average: null, count: 1 });
    expect(page.themes[0]).toMatchObject({ average: null, count: 1 });
    expect(page.reviewCount).toBe(4);
    expect((await json(await api.request(`/api/facilities/${id}/reviews`))).total).toBe(4);
    expect(await refreshScores(api.database.db, api.deps.rules.scores, api.clock.now())).toBe(2);
    expect(await refreshScores(api.database.db, api.deps.rules.scores, api.clock.now())).toBe(0);
    expect(await facility(id)).toEqual(page);
  });

  it('reads a facility from its summed figures exactly as from its months', async () => {
    const { facilityIds, cookies } = await setUp(4);
    const [id] = facilityIds as [number];
    for (let i = 0; i < 4; i++) await publishNow(cookies[i]!, id, ratingsFrom([i + 2, 4, 3, 5, i === 0 ? 0 : 2, 0, 0, 0]), i);
    const summed = await facility(id);
    expect(summed.overall.count).toBe(4);
    // A summed row is for one window: with none for the current window the page sums the months.
    await api.database.db.update(facilityScores).set({ windowStart: '2001-01-01', scores: [], years: [] });
    expect(await facility(id)).toEqual(summed);
    await api.database.db.delete(facilityScores);
    expect(await facility(id)).toEqual(summed);
  });

  it('shows a yearly trend once enough years have enough reviews', async () => {
    const { facilityIds, cookies } = await setUp(10);
    const [id] = facilityIds as [number];
    for (let i = 0; i < 5; i++) await publishNow(cookies[i]!, id, ratingsFrom([3, 3, 3, 3, 0, 0, 0, 0]), i);
    expect((await facility(id)).trend).toEqual([]);
    const firstYear = api.clock.now().getUTCFullYear();
    api.clock.advance(366 * DAY);
    for (let i = 5; i < 10; i++) await publishNow(cookies[i]!, id, ratingsFrom([5, 5, 4, 4, 0, 0, 0, 0]), i);
    const page = await facility(id);
    expect(page.trend).toEqual([
      { year: firstYear, average: 3, count: 5 },
      { year: api.clock.now().getUTCFullYear(), average: 4.5, count: 5 },
    ]);
    expect(page.overall).toMatchObject({ average: 3.8, count: 10, indicative: false });
  });
});
