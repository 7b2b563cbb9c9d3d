import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { THEME_KEYS, type Ratings } from '@zorgwaardering/core';
import {
  facilityNewestReviews,
  invitationCodes,
  memberships,
  recomputeScores,
  reviewResponses,
  reviewRevisions,
  reviews,
  storeNewestReviews,
  users,
  type Database,
} from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';
import { createFacility, publishReview } from '../support/fixtures';

const TEXT =
  'Onze dochter gaat hier sinds september graag naartoe. De begeleiders vertellen bij het afhalen hoe de dag verliep en ze nemen de tijd voor vragen.';
const DAY = 86_400_000;

/** "YYYY-MM", `back` months before `now`. */
const monthOf = (now: Date, back = 0) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);

const fullRatings = (partial: Partial<Ratings>): Ratings => Object.fromEntries(THEME_KEYS.map((key) => [key, partial[key] ?? null])) as Ratings;

/** The overall score of a review as the public list filters it: the mean of its answered themes, half up. */
const overallOf = (ratings: Ratings) => {
  const answered = Object.values(ratings).filter((value): value is number => typeof value === 'number');
  return Math.floor(answered.reduce((sum, value) => sum + value, 0) / answered.length + 0.5);
};

/** Collects every key of a JSON value, at any depth. */
function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysIn(inner, into);
    }
  }
  return into;
}

let authorCounter = 0;

/** A published review written straight into the database, for lists with many reviews. */
async function insertPublished(db: Database, facilityId: number, ratings: Ratings, publishedAt: Date): Promise<string> {
  authorCounter += 1;
  const [author] = await db
    .insert(users)
    .values({ email: `auteur${authorCounter}@example.be`, firstName: 'Auteur', lastName: `Nummer${authorCounter}` })
    .returning();
  const [review] = await db.insert(reviews).values({ facilityId, authorId: author!.id, createdAt: publishedAt, updatedAt: publishedAt }).returning();
  const [revision] = await db
    .insert(reviewRevisions)
    .values({ reviewId: review!.id, number: 1, createdBy: author!.id, ratings, text: TEXT, relationship: 'ouder', periodFrom: '2026-01', periodTo: '2026-02', createdAt: publishedAt })
    .returning();
  await db
    .update(reviews)
    .set({ status: 'published', currentRevisionId: revision!.id, publishedRevisionId: revision!.id, publishedAt })
    .where(eq(reviews.id, review!.id));
  return review!.id;
}

describe.each(databaseKinds)('the public reviews of a facility (%s)', (kind) => {
  let api: TestApi;
  let facilityId: number;
  let organisationId: number;
  let parent: string;

  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    api.clock.reset();
    await api.database.reset();
    const facility = await createFacility(api.database.db, { name: 'Kinderopvang Het Nestje' });
    facilityId = facility.id;
    organisationId = facility.organisationId;
    parent = await api.signIn('sofie@example.be');
  });

  const list = async (query = '', id = facilityId) => {
    const res = await api.request(`/api/facilities/${id}/reviews${query ? `?${query}` : ''}`);
    expect(res.status).toBe(200);
    return json(res);
  };

  const reviewBody = (overrides: Record<string, unknown> = {}) => {
    const now = api.clock.now();
    return {
      facilityId,
      ratings: { communicatie: 5, respect: 4, inspraak: 4, veiligheid: 5, begeleiding: 5, welbevinden: 5, omgeving: 3, organisatie: null },
      text: TEXT,
      relationship: 'ouder',
      periodFrom: monthOf(now, 3),
      periodTo: monthOf(now),
      author: { firstName: 'Sofie', lastName: 'Claes' },
      displayLabel: 'Ouder van een peuter',
      ...overrides,
    };
  };
  const submit = (cookie: string, overrides: Record<string, unknown> = {}) => api.request('/api/reviews', { json: reviewBody(overrides), cookie });

  describe('filters and pages', () => {
    let expected: { id: string; ratings: Ratings }[];

    beforeEach(async () => {
      expected = [];
      const start = Date.now() - 60 * DAY;
      for (let i = 0; i < 12; i++) {
        const ratings = fullRatings({ communicatie: (i % 5) + 1, respect: 4, inspraak: 4, veiligheid: 4, begeleiding: i % 2 === 0 ? 5 : null });
        expected.push({ id: await insertPublished(api.database.db, facilityId, ratings, new Date(start + i * DAY)), ratings });
      }
      // A mean of exactly 3.5 counts as an overall 4, as in the scores.
      const half = fullRatings({ communicatie: 3, respect: 4, inspraak: 3, veiligheid: 4 });
      expected.push({ id: await insertPublished(api.database.db, facilityId, half, new Date(start + 12 * DAY)), ratings: half });
      await recomputeScores(api.database.db, [facilityId]);
      expected.reverse(); // newest first
    });

    it('lists newest first, 10 a page, with the total', async () => {
      const first = await list();
      expect(first).toMatchObject({ page: 1, pageSize: 10, total: 13, totalPages: 2 });
      expect(first.items.map((r: { id: string }) => r.id)).toEqual(expected.slice(0, 10).map((r) => r.id));
      const second = await list('page=2');
      expect(second.items.map((r: { id: string }) => r.id)).toEqual(expected.slice(10).map((r) => r.id));
      expect((await list('page=3')).items).toEqual([]);
    });

    it('reads the first page from the kept newest reviews exactly as from the reviews themselves', async () => {
      const kept = await list();
      const [row] = await api.database.db.select().from(facilityNewestReviews).where(eq(facilityNewestReviews.facilityId, facilityId));
      expect(row).toBeDefined();
      await api.database.db.delete(facilityNewestReviews);
      expect(await list()).toEqual(kept);
    });

    it('filters by theme: only reviews that scored it', async () => {
      const page = await list('theme=begeleiding');
      const answered = expected.filter((r) => r.ratings.begeleiding !== null);
      expect(page).toMatchObject({ total: answered.length, totalPages: 1 });
      expect(page.items.map((r: { id: string }) => r.id)).toEqual(answered.map((r) => r.id));
      expect(await list('theme=organisatie')).toMatchObject({ items: [], total: 0, totalPages: 0 });
    });

    it('filters by the score of a theme', async () => {
      for (const score of [1, 2, 3, 4, 5]) {
        const page = await list(`theme=communicatie&score=${score}`);
        const matching = expected.filter((r) => r.ratings.communicatie === score);
        expect(page.total).toBe(matching.length);
        expect(page.items.map((r: { id: string }) => r.id)).toEqual(matching.map((r) => r.id));
        expect(page.items.every((r: { ratings: Ratings }) => r.ratings.communicatie === score)).toBe(true);
      }
    });

    it('filters by the overall score without a theme, rounding half up', async () => {
      const totals = new Map<number, number>();
      for (const score of [1, 2, 3, 4, 5]) {
        const page = await list(`score=${score}`);
        const matching = expected.filter((r) => overallOf(r.ratings) === score);
        expect(page.total).toBe(matching.length);
        expect(page.items.map((r: { id: string }) => r.id)).toEqual(matching.slice(0, 10).map((r) => r.id));
        totals.set(score, page.total);
      }
      expect([...totals.values()].reduce((a, b) => a + b, 0)).toBe(13);
      const halfId = expected[0]!.id;
      expect((await list('score=4')).items.map((r: { id: string }) => r.id)).toContain(halfId);
      expect((await list('score=3')).items.map((r: { id: string }) => r.id)).not.toContain(halfId);
    });

    it('pages through a filtered list with the filtered total', async () => {
      const first = await list('theme=respect&score=4');
      expect(first).toMatchObject({ total: 13, totalPages: 2 });
      expect((await list('theme=respect&score=4&page=2')).items).toHaveLength(3);
      expect(await list('theme=respect&score=5')).toMatchObject({ items: [], total: 0, totalPages: 0 });
    });

    it('treats empty filters from a form as no filter', async () => {
      expect((await list('theme=&score=&page=1')).total).toBe(13);
    });

    it('refuses an unknown theme or a score outside 1 to 5, in Dutch and naming the filter', async () => {
      for (const [query, path] of [
        ['theme=parking', 'theme'],
        ['score=6', 'score'],
        ['score=0', 'score'],
        ['score=vier', 'score'],
        ['theme=respect&score=2.5', 'score'],
      ] as const) {
        const res = await api.request(`/api/facilities/${facilityId}/reviews?${query}`);
        expect(res.status).toBe(400);
        const { error } = await json(res);
        expect(error.code).toBe('invalid');
        expect(error.details[0]).toEqual({ path, message: path === 'theme' ? "Kies een van de 8 thema's" : 'Kies een score van 1 tot 5' });
      }
    });
  });

  it('marks a review published before the scoring window as older, and it does not count in the scores', async () => {
    await api.database.db.insert(users).values({ email: 'lotte@redactie.test', firstName: 'Lotte', lastName: 'Peeters', roles: ['editor'] });
    const editor = await api.signIn('lotte@redactie.test');
    const publishThroughDesk = async (reviewId: string) => {
      const queue = await json(await api.request('/api/moderation/queue?queue=new', { cookie: editor }));
      const item = queue.items.find((i: { reviewId: string }) => i.reviewId === reviewId);
      expect((await api.request(`/api/moderation/items/${item.id}/claim`, { method: 'POST', cookie: editor })).status).toBe(200);
      const decided = await api.request(`/api/moderation/items/${item.id}/decision`, { json: { decision: 'publish', version: item.version }, cookie: editor });
      expect(decided.status).toBe(200);
    };

    api.clock.advance(-40 * 31 * DAY);
    const old = await json(await submit(parent));
    await publishThroughDesk(old.id);
    api.clock.reset();
    const recent = await json(await submit(parent, { ratings: { communicatie: 2, respect: 2, inspraak: 2, veiligheid: 2 } }));
    await publishThroughDesk(recent.id);

    const page = await list();
    expect(page.items.map((r: { id: string; older: boolean }) => [r.id, r.older])).toEqual([
      [recent.id, false],
      [old.id, true],
    ]);
    const oldItem = page.items[1];
    expect(oldItem.month < (await json(await api.request(`/api/facilities/${facilityId}`))).scoreRules.windowStart).toBe(true);

    const facility = await json(await api.request(`/api/facilities/${facilityId}`));
    expect(facility.reviewCount).toBe(2);
    expect(facility.overall.count).toBe(1);
    expect(facility.themes.find((t: { key: string }) => t.key === 'communicatie').count).toBe(1);
  });

  describe('invitation codes', () => {
    let rep: string;
    let otherFacilityId: number;

    beforeEach(async () => {
      const [repUser] = await api.database.db.insert(users).values({ email: 'beheer@nestje.test', firstName: 'Ann', lastName: 'Maes' }).returning();
      await api.database.db.insert(memberships).values({ userId: repUser!.id, organisationId, role: 'manager' });
      const other = await createFacility(api.database.db, { name: 'Kinderopvang De Vlinder' });
      otherFacilityId = other.id;
      await api.database.db.insert(memberships).values({ userId: repUser!.id, organisationId: other.organisationId });
      rep = await api.signIn('beheer@nestje.test');
    });

    const makeCodes = (count: unknown, cookie: string | null = rep, id = facilityId) =>
      api.request(`/api/facilities/${id}/invitation-codes`, { json: { count }, ...(cookie ? { cookie } : {}) });
    const codesFor = async (count: number, id = facilityId): Promise<string[]> => {
      const res = await makeCodes(count, rep, id);
      expect(res.status).toBe(201);
      return (await json(res)).codes;
    };

    it('a member makes codes that are shown once and stored only as hashes, valid for 90 days', async () => {
      const res = await makeCodes(3);
      expect(res.status).toBe(201);
      expect(res.headers.get('cache-control')).toContain('no-store');
      const body = await json(res);
      expect(body.facilityId).toBe(facilityId);
      expect(body.codes).toHaveLength(3);
      expect(new Set(body.codes).size).toBe(3);
      for (const code of body.codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
      expect(Math.abs(new Date(body.expiresAt).getTime() - (Date.now() + 90 * DAY))).toBeLessThan(60_000);

      const stored = await api.database.db.select().from(invitationCodes).where(eq(invitationCodes.facilityId, facilityId));
      expect(stored).toHaveLength(3);
      const storedText = JSON.stringify(stored);
      for (const code of body.codes as string[]) {
        expect(storedText).not.toContain(code);
        expect(storedText).not.toContain(code.replace('-', ''));
      }
      expect(stored.every((row) => row.usedAt === null)).toBe(true);
    });

    it('refuses the signed-out (401), non-members (403), unknown facilities (404) and a bad count (400)', async () => {
      expect((await makeCodes(3, null)).status).toBe(401);
      const forbidden = await makeCodes(3, parent);
      expect(forbidden.status).toBe(403);
      expect((await json(forbidden)).error.message).toMatch(/organisatie van deze voorziening/);
      expect((await makeCodes(3, rep, 999_999)).status).toBe(404);
      for (const count of [0, 51, 2.5, 'drie']) {
        const res = await makeCodes(count);
        expect(res.status).toBe(400);
        expect((await json(res)).error.details[0]).toEqual({ path: 'count', message: 'Kies een aantal van 1 tot 50' });
      }
      expect(await api.database.db.select().from(invitationCodes)).toHaveLength(0);
    });

    it('a review with a code is verified once published; the code works once and only for its facility', async () => {
      const [code, spare] = await codesFor(2);
      const [otherCode] = await codesFor(1, otherFacilityId);

      // Typed in lower case without the hyphen: still the same code.
      const res = await submit(parent, { invitationCode: ` ${code!.toLowerCase().replace('-', '')} ` });
      expect(res.status).toBe(201);
      const { id } = await json(res);
      const [review] = await api.database.db.select().from(reviews).where(eq(reviews.id, id));
      expect(review!.invitationCodeId).not.toBeNull();
      const [used] = await api.database.db.select().from(invitationCodes).where(eq(invitationCodes.id, review!.invitationCodeId!));
      expect(used!.usedAt).not.toBeNull();

      const other = await api.signIn('tom@example.be');
      const withoutCode = await json(await submit(other, { author: { firstName: 'Tom', lastName: 'Peeters' } }));
      await publishReview(api.database.db, id, new Date(Date.now() - DAY));
      await publishReview(api.database.db, withoutCode.id);
      const page = await list();
      expect(page.items.map((r: { id: string; verified: boolean }) => [r.id, r.verified])).toEqual([
        [withoutCode.id, false],
        [id, true],
      ]);

      const third = await api.signIn('an@example.be');
      const refusals: [string, RegExp][] = [
        [code!, /al gebruikt/],
        [otherCode!, /andere voorziening/],
        ['ABCD-EFGH', /bestaat niet/],
        ['abc', /8 letters en cijfers/],
      ];
      for (const [invitationCode, message] of refusals) {
        const refused = await submit(third, { invitationCode, author: { firstName: 'An', lastName: 'Janssens' } });
        expect(refused.status).toBe(400);
        const { error } = await json(refused);
        expect(error.details).toEqual([{ path: 'invitationCode', message: expect.stringMatching(message) }]);
      }
      // Nothing of a refused submission is kept: the spare code still works.
      expect((await api.database.db.select().from(reviews)).length).toBe(2);
      expect((await submit(third, { invitationCode: spare, author: { firstName: 'An', lastName: 'Janssens' } })).status).toBe(201);
    });

    it('two submissions with the same code at once: one gets it', async () => {
      const [code] = await codesFor(1);
      const other = await api.signIn('tom@example.be');
      const results = await Promise.all([
        submit(parent, { invitationCode: code }),
        submit(other, { invitationCode: code, author: { firstName: 'Tom', lastName: 'Peeters' } }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
      const withCode = (await api.database.db.select().from(reviews)).filter((r) => r.invitationCodeId !== null);
      expect(withCode).toHaveLength(1);
    });

    it('an expired code is refused', async () => {
      const [code] = await codesFor(1);
      api.clock.advance(91 * DAY);
      const res = await submit(parent, { invitationCode: code });
      expect(res.status).toBe(400);
      expect((await json(res)).error.details).toEqual([{ path: 'invitationCode', message: expect.stringMatching(/verlopen/) }]);
    });
  });

  it("shows the facility's latest published response, and null without one", async () => {
    const [repUser] = await api.database.db.insert(users).values({ email: 'beheer@nestje.test', firstName: 'Ann', lastName: 'Maes' }).returning();
    const answered = await json(await submit(parent));
    const other = await api.signIn('tom@example.be');
    const unanswered = await json(await submit(other, { author: { firstName: 'Tom', lastName: 'Peeters' } }));
    await publishReview(api.database.db, answered.id, new Date(Date.now() - DAY));
    await publishReview(api.database.db, unanswered.id);
    const response = (text: string, status: 'pending' | 'published', publishedAt: string | null, createdAt: string) => ({
      reviewId: answered.id,
      facilityId,
      writtenBy: repUser!.id,
      text,
      status,
      publishedAt: publishedAt ? new Date(publishedAt) : null,
      createdAt: new Date(createdAt),
    });
    await api.database.db.insert(reviewResponses).values([
      response('Dank je voor je waardering.', 'published', '2026-01-10T10:00:00Z', '2026-01-09T10:00:00Z'),
      response('Dank je voor je waardering. We bekijken je opmerking over de buitenruimte.', 'published', '2026-02-03T10:00:00Z', '2026-02-01T10:00:00Z'),
      response('Een nieuwere versie die nog bij de redactie ligt.', 'pending', null, '2026-03-01T10:00:00Z'),
    ]);
    // As publishing a response does: the facility's newest reviews are written again.
    await storeNewestReviews(api.database.db, [facilityId]);

    const page = await list();
    const byId = new Map(page.items.map((r: { id: string }) => [r.id, r]));
    expect((byId.get(answered.id) as { response: unknown }).response).toEqual({
      text: 'Dank je voor je waardering. We bekijken je opmerking over de buitenruimte.',
      month: '2026-02',
    });
    expect((byId.get(unanswered.id) as { response: unknown }).response).toBeNull();
  });

  it('never shows who wrote a review or a response, in any list', async () => {
    const [repUser] = await api.database.db.insert(users).values({ email: 'beheer@nestje.test', firstName: 'Ann', lastName: 'Maes' }).returning();
    await api.database.db.insert(memberships).values({ userId: repUser!.id, organisationId });
    const rep = await api.signIn('beheer@nestje.test');
    const [code] = (await json(await api.request(`/api/facilities/${facilityId}/invitation-codes`, { json: { count: 1 }, cookie: rep }))).codes;
    const { id } = await json(await submit(parent, { invitationCode: code }));
    await publishReview(api.database.db, id);
    await api.database.db.insert(reviewResponses).values({
      reviewId: id,
      facilityId,
      writtenBy: repUser!.id,
      text: 'Dank je wel, we geven het door aan het team.',
      status: 'published',
      publishedAt: new Date(),
    });
    await storeNewestReviews(api.database.db, [facilityId]);
    const me = await json(await api.request('/api/me', { cookie: parent }));
    const [stored] = await api.database.db.select().from(reviews).where(eq(reviews.id, id));

    for (const query of ['', 'theme=communicatie', 'theme=communicatie&score=5', 'score=5']) {
      const res = await api.request(`/api/facilities/${facilityId}/reviews${query ? `?${query}` : ''}`);
      const body = await res.text();
      const parsed = JSON.parse(body);
      expect(parsed.total).toBe(query === 'score=5' ? 0 : 1);
      for (const secret of ['Sofie', 'Claes', 'sofie@example.be', me.id, 'Ann', 'Maes', 'beheer@nestje.test', repUser!.id, stored!.invitationCodeId!, code]) {
        expect(body).not.toContain(secret);
      }
      const keys = keysIn(parsed);
      for (const key of ['author', 'authorId', 'email', 'name', 'firstName', 'lastName', 'writtenBy', 'createdBy', 'invitationCodeId']) {
        expect(keys.has(key)).toBe(false);
      }
    }
  });
});
