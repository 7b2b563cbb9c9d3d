import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { reviews, users } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';
import { createFacility, publishReview, revisionsOf } from '../support/fixtures';

const thisMonth = () => new Date().toISOString().slice(0, 7);
const monthsAgo = (n: number) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 7);
};

const TEXT =
  'Onze dochter gaat hier sinds september graag naartoe. De begeleiders vertellen bij het afhalen hoe de dag verliep en ze nemen de tijd voor vragen.';

function reviewBody(facilityId: number, overrides: Record<string, unknown> = {}) {
  return {
    facilityId,
    ratings: { communicatie: 5, respect: 4, inspraak: 4, veiligheid: 5, begeleiding: 5, welbevinden: 5, omgeving: 3, organisatie: null },
    text: TEXT,
    relationship: 'ouder',
    periodFrom: monthsAgo(6),
    periodTo: thisMonth(),
    author: { firstName: 'Sofie', lastName: 'Claes' },
    displayLabel: 'Ouder van een peuter',
    ...overrides,
  };
}

describe.each(databaseKinds)('reviews (%s)', (kind) => {
  let api: TestApi;
  let cookie: string;
  let facilityId: number;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    api.clock.reset();
    await api.database.reset();
    facilityId = (await createFacility(api.database.db)).id;
    cookie = await api.signIn('sofie@example.be');
  });

  const submit = (body: unknown, options: { cookie?: string; key?: string } = {}) =>
    api.request('/api/reviews', {
      json: body,
      cookie: options.cookie ?? cookie,
      ...(options.key ? { headers: { 'idempotency-key': options.key } } : {}),
    });

  describe('submitting', () => {
    it('accepts a review as pending and lists it under my reviews', async () => {
      const res = await submit(reviewBody(facilityId));
      expect(res.status).toBe(201);
      const created = await json(res);
      expect(created).toEqual({ id: expect.any(String), status: 'pending' });

      const mine = await json(await api.request('/api/me/reviews', { cookie }));
      expect(mine.items).toHaveLength(1);
      expect(mine.items[0]).toMatchObject({
        id: created.id,
        status: 'pending',
        statusLabel: 'In behandeling bij de redactie',
        facility: { id: facilityId },
        latestRevision: { number: 1, text: TEXT, relationship: 'ouder', displayLabel: 'Ouder van een peuter' },
      });
      expect(mine.items[0].latestRevision.ratings.organisatie).toBeNull();
    });

    it('keeps the name given the first time for the editors and does not ask it again', async () => {
      await submit(reviewBody(facilityId));
      const [user] = await api.database.db.select().from(users).where(eq(users.email, 'sofie@example.be'));
      expect(user).toMatchObject({ firstName: 'Sofie', lastName: 'Claes' });
      const other = await createFacility(api.database.db);
      const { author: _author, ...withoutName } = reviewBody(other.id);
      expect((await submit(withoutName)).status).toBe(201);
    });

    it('strips markup from the text before checking and storing it', async () => {
      const res = await submit(reviewBody(facilityId, { text: `<p><b>Heel tevreden</b></p><script>alert("x")</script> ${TEXT} &amp; <3` }));
      expect(res.status).toBe(201);
      const { id } = await json(res);
      const [revision] = await revisionsOf(api.database.db, id);
      expect(revision!.text).toBe(`Heel tevreden ${TEXT} & <3`);
    });

    it('counts the text length after markup is removed', async () => {
      const res = await submit(reviewBody(facilityId, { text: `<div>${'<br>'.repeat(60)}Te kort.</div>` }));
      expect(res.status).toBe(400);
      expect((await json(res)).error.details).toContainEqual({ path: 'text', message: expect.stringMatching(/minstens 50/) });
    });

    it('creates one review when the same submission is retried with the same key', async () => {
      const first = await json(await submit(reviewBody(facilityId), { key: 'formulier-123456' }));
      const retry = await submit(reviewBody(facilityId), { key: 'formulier-123456' });
      expect(retry.status).toBe(201);
      expect((await json(retry)).id).toBe(first.id);
      expect(await api.database.db.select().from(reviews)).toHaveLength(1);
    });

    it('creates one review when a double click sends the same key twice at once', async () => {
      const results = await Promise.all([
        submit(reviewBody(facilityId), { key: 'dubbelklik-000001' }),
        submit(reviewBody(facilityId), { key: 'dubbelklik-000001' }),
      ]);
      expect(results.map((r) => r.status)).toEqual([201, 201]);
      const ids = await Promise.all(results.map(async (r) => (await json(r)).id));
      expect(ids[0]).toBe(ids[1]);
      expect(await api.database.db.select().from(reviews)).toHaveLength(1);
    });

    it('refuses a second review of the same facility inside the interval, naming the date and the review to edit', async () => {
      const first = await json(await submit(reviewBody(facilityId)));
      const res = await submit(reviewBody(facilityId));
      expect(res.status).toBe(409);
      const { error } = await json(res);
      expect(error.code).toBe('interval');
      expect(error.details.existingReviewId).toBe(first.id);
      const expected = new Date(Date.now() + 180 * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
      expect(error.details.availableFrom).toBe(expected);
      expect(error.message).toMatch(/Een nieuwe waardering kan vanaf \d+ \w+ \d{4}/);
    });

    it('accepts a new review after the interval', async () => {
      await submit(reviewBody(facilityId));
      api.clock.advance(181 * 86_400_000);
      const res = await submit(reviewBody(facilityId, { periodFrom: thisMonth(), periodTo: thisMonth() }));
      expect(res.status).toBe(201);
    });

    it('lets two different submissions at once end in one review and one interval refusal', async () => {
      const results = await Promise.all([submit(reviewBody(facilityId), { key: 'tab-een-00001' }), submit(reviewBody(facilityId), { key: 'tab-twee-00002' })]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    });
  });

  describe('bad input', () => {
    const expectField = async (res: Response, status: number, path: string) => {
      expect(res.status).toBe(status);
      const { error } = await json(res);
      expect(error.details.map((d: { path: string }) => d.path)).toContain(path);
      return error;
    };

    it('needs at least four rated themes', async () => {
      const ratings = { communicatie: 5, respect: 4, inspraak: 4, veiligheid: null, begeleiding: null, welbevinden: null, omgeving: null, organisatie: null };
      const error = await expectField(await submit(reviewBody(facilityId, { ratings })), 400, 'ratings');
      expect(error.details[0].message).toMatch(/minstens 4/);
    });

    it('refuses a text of 49 characters', async () => {
      await expectField(await submit(reviewBody(facilityId, { text: 'x'.repeat(49) })), 400, 'text');
    });

    it('refuses a text over 4,000 characters', async () => {
      await expectField(await submit(reviewBody(facilityId, { text: 'Goed. '.repeat(700) })), 400, 'text');
    });

    it('refuses a rating of 6', async () => {
      const ratings = { ...reviewBody(facilityId).ratings, veiligheid: 6 };
      await expectField(await submit(reviewBody(facilityId, { ratings })), 400, 'ratings.veiligheid');
    });

    it('refuses an unknown theme key', async () => {
      const ratings = { ...reviewBody(facilityId).ratings, parking: 2 };
      const error = await expectField(await submit(reviewBody(facilityId, { ratings })), 400, 'ratings');
      expect(error.details[0].message).toContain('parking');
    });

    it('refuses an unknown facility', async () => {
      await expectField(await submit(reviewBody(999_999)), 400, 'facilityId');
    });

    it('refuses a facility that does not take part yet', async () => {
      const other = await createFacility(api.database.db, { participating: false, name: 'Kinderopvang Nog Niet' });
      const error = await expectField(await submit(reviewBody(other.id)), 409, 'facilityId');
      expect(error.code).toBe('facility_not_participating');
      expect(error.message).toMatch(/neemt nog niet deel/);
    });

    it('refuses a period that ended more than 24 months ago', async () => {
      await expectField(await submit(reviewBody(facilityId, { periodFrom: monthsAgo(40), periodTo: monthsAgo(25) })), 400, 'periodTo');
    });

    it('refuses a period in the wrong order or in the future', async () => {
      await expectField(await submit(reviewBody(facilityId, { periodFrom: thisMonth(), periodTo: monthsAgo(2) })), 400, 'periodFrom');
      await expectField(await submit(reviewBody(facilityId, { periodTo: '2999-01' })), 400, 'periodTo');
      await expectField(await submit(reviewBody(facilityId, { periodTo: '2026-13' })), 400, 'periodTo');
    });

    it('refuses a relationship that does not fit the sector', async () => {
      await expectField(await submit(reviewBody(facilityId, { relationship: 'bewoner' })), 400, 'relationship');
    });

    it('asks for a name the first time', async () => {
      const { author: _author, ...withoutName } = reviewBody(facilityId);
      const error = await expectField(await submit(withoutName), 400, 'author.firstName');
      expect(error.details.find((d: { path: string }) => d.path === 'author.firstName').message).toMatch(/alleen de redactie/);
    });

    it('needs a signed-in user', async () => {
      const res = await api.request('/api/reviews', { json: reviewBody(facilityId) });
      expect(res.status).toBe(401);
      expect((await api.request('/api/me/reviews')).status).toBe(401);
    });

    it('keeps nothing of a refused submission', async () => {
      await submit(reviewBody(facilityId, { text: 'kort' }));
      expect(await api.database.db.select().from(reviews)).toHaveLength(0);
    });
  });

  describe('editing and withdrawing', () => {
    it('an edit creates a new revision, keeps the earlier one, and goes back to the editors', async () => {
      const { id } = await json(await submit(reviewBody(facilityId)));
      await publishReview(api.database.db, id);
      const edited = `${TEXT} Update: intussen is er ook een nieuwe buitenspeelruimte.`;
      const res = await api.request(`/api/reviews/${id}`, { method: 'PATCH', json: { ...reviewBody(facilityId), text: edited }, cookie });
      expect(res.status).toBe(200);
      expect(await json(res)).toMatchObject({ id, status: 'pending' });

      const revisions = await revisionsOf(api.database.db, id);
      expect(revisions.map((r) => [r.number, r.text])).toEqual([
        [1, TEXT],
        [2, edited],
      ]);
      // the approved version stays public until the editors approve the new one
      const page = await json(await api.request(`/api/facilities/${facilityId}/reviews`));
      expect(page.items.map((r: { text: string }) => r.text)).toEqual([TEXT]);
    });

    it('refuses a stale edit', async () => {
      const { id } = await json(await submit(reviewBody(facilityId)));
      const first = await api.request(`/api/reviews/${id}`, { method: 'PATCH', json: { ...reviewBody(facilityId), version: 1 }, cookie });
      expect(first.status).toBe(200);
      const stale = await api.request(`/api/reviews/${id}`, { method: 'PATCH', json: { ...reviewBody(facilityId), version: 1 }, cookie });
      expect(stale.status).toBe(409);
      expect((await json(stale)).error.code).toBe('stale_version');
    });

    it("does not let anyone else edit or withdraw a review, nor tell it exists", async () => {
      const { id } = await json(await submit(reviewBody(facilityId)));
      const other = await api.signIn('iemand@example.be');
      const edit = await api.request(`/api/reviews/${id}`, { method: 'PATCH', json: reviewBody(facilityId), cookie: other });
      expect(edit.status).toBe(404);
      const withdraw = await api.request(`/api/reviews/${id}/withdraw`, { method: 'POST', cookie: other });
      expect(withdraw.status).toBe(404);
      expect((await revisionsOf(api.database.db, id))).toHaveLength(1);
    });

    it('withdrawing takes a published review off the public page, and twice is harmless', async () => {
      const { id } = await json(await submit(reviewBody(facilityId)));
      await publishReview(api.database.db, id);
      expect((await json(await api.request(`/api/facilities/${facilityId}/reviews`))).total).toBe(1);
      const res = await api.request(`/api/reviews/${id}/withdraw`, { method: 'POST', cookie });
      expect(res.status).toBe(200);
      expect(await json(res)).toEqual({ id, status: 'withdrawn' });
      expect((await api.request(`/api/reviews/${id}/withdraw`, { method: 'POST', cookie })).status).toBe(200);
      expect((await json(await api.request(`/api/facilities/${facilityId}/reviews`))).total).toBe(0);
      const edit = await api.request(`/api/reviews/${id}`, { method: 'PATCH', json: reviewBody(facilityId), cookie });
      expect(edit.status).toBe(409);
    });

    it('a withdrawn review does not block a new one', async () => {
      const { id } = await json(await submit(reviewBody(facilityId)));
      await api.request(`/api/reviews/${id}/withdraw`, { method: 'POST', cookie });
      expect((await submit(reviewBody(facilityId))).status).toBe(201);
    });
  });

  describe('public reading and privacy', () => {
    it('keeps pending reviews off the public list and shows published ones without the author', async () => {
      const pending = await json(await submit(reviewBody(facilityId)));
      let page = await json(await api.request(`/api/facilities/${facilityId}/reviews`));
      expect(page).toMatchObject({ items: [], total: 0 });

      await publishReview(api.database.db, pending.id, new Date('2026-03-15T10:00:00Z'));
      const res = await api.request(`/api/facilities/${facilityId}/reviews`);
      page = await json(res);
      expect(page.total).toBe(1);
      expect(page.items[0]).toEqual({
        id: pending.id,
        ratings: reviewBody(facilityId).ratings,
        text: TEXT,
        month: '2026-03',
        relationship: 'ouder',
        relationshipLabel: 'Ouder',
        displayLabel: 'Ouder van een peuter',
        verified: false,
        editedByEditors: false,
        older: false,
        response: null,
      });
    });

    it('no public JSON contains the author name, e-mail or user id', async () => {
      const { id } = await json(await submit(reviewBody(facilityId)));
      await publishReview(api.database.db, id);
      const me = await json(await api.request('/api/me', { cookie }));
      const bodies = await Promise.all(
        [`/api/facilities/${facilityId}/reviews`, `/api/facilities/${facilityId}`, `/api/facilities?q=Proef`].map(async (path) => {
          const res = await api.request(path);
          expect(res.status).toBe(200);
          return res.text();
        }),
      );
      for (const body of bodies) {
        for (const secret of ['Sofie', 'Claes', 'sofie@example.be', me.id]) expect(body).not.toContain(secret);
      }
    });

    it('shows a theme average only from three published reviews that score it', async () => {
      const scores = [4, 5, 3];
      for (const [i, score] of scores.entries()) {
        const author = i === 0 ? cookie : await api.signIn(`ouder${i}@example.be`);
        const ratings = { communicatie: score, respect: 4, inspraak: 4, veiligheid: 5, begeleiding: i === 2 ? null : 5, welbevinden: 5, omgeving: 3, organisatie: null };
        const { id } = await json(await submit(reviewBody(facilityId, { ratings }), { cookie: author }));
        await publishReview(api.database.db, id);
        const facility = await json(await api.request(`/api/facilities/${facilityId}`));
        const communicatie = facility.themes.find((t: { key: string }) => t.key === 'communicatie');
        expect(communicatie.count).toBe(i + 1);
        expect(communicatie.average).toBe(i < 2 ? null : 4);
      }
      const facility = await json(await api.request(`/api/facilities/${facilityId}`));
      expect(facility.reviewCount).toBe(3);
      const theme = (key: string) => facility.themes.find((t: { key: string }) => t.key === key);
      expect(theme('begeleiding')).toMatchObject({ count: 2, average: null });
      expect(theme('organisatie')).toMatchObject({ count: 0, average: null });
      expect(theme('communicatie').question).toMatch(/je kind/);
      expect(facility.themes.map((t: { key: string }) => t.key)).toEqual([
        'communicatie', 'respect', 'inspraak', 'veiligheid', 'begeleiding', 'welbevinden', 'omgeving', 'organisatie',
      ]);
    });
  });
});
