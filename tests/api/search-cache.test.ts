import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';
import { createFacility } from '../support/fixtures';
import { insertPublishedReviews } from '../support/published-reviews';

const TEXT = 'We kwamen hier twee jaar lang elke week. De begeleiding was vriendelijk en we wisten altijd wat er gebeurde.';

describe.each(databaseKinds)('search results served from memory (%s)', (kind) => {
  let api: TestApi;
  let facilityId: number;
  beforeAll(async () => {
    api = await createTestApi(kind, { searchCacheSeconds: 30 });
    facilityId = (await createFacility(api.database.db, { name: 'Kinderopvang De Zonnebloem', municipality: 'Zonnegem', postcode: '9998' })).id;
    await api.database.db.insert(users).values({ email: 'redactie@redactie.test', firstName: 'Lotte', lastName: 'Peeters', roles: ['editor'] });
  });
  afterAll(() => api.close());

  const counts = async () => ({
    facility: (await json(await api.request(`/api/facilities/${facilityId}`))).reviewCount,
    reviews: (await json(await api.request(`/api/facilities/${facilityId}/reviews`))).total,
    search: (await json(await api.request('/api/facilities?q=zonnegem'))).items[0].reviewCount,
  });

  it('shows a change made elsewhere within the cache time, and a decision taken here at once; a facility and its reviews always', async () => {
    expect(await counts()).toEqual({ facility: 0, reviews: 0, search: 0 });

    // Another process (an import, another API instance) changes the database: search sees it after 30 s at most.
    await insertPublishedReviews(api.database.db, facilityId, 2);
    expect(await counts()).toEqual({ facility: 2, reviews: 2, search: 0 });
    api.clock.advance(31_000);
    expect(await counts()).toEqual({ facility: 2, reviews: 2, search: 2 });

    // A decision through this API clears the memory as soon as it has committed.
    const parent = await api.signIn('ouder@example.be');
    const period = api.clock.now().toISOString().slice(0, 7);
    const submitted = await api.request('/api/reviews', {
      cookie: parent,
      json: {
        facilityId,
        ratings: { communicatie: 4, respect: 5, inspraak: 4, veiligheid: 5, begeleiding: null, welbevinden: null, omgeving: null, organisatie: null },
        text: TEXT,
        relationship: 'ouder',
        periodFrom: period,
        periodTo: period,
        author: { firstName: 'An', lastName: 'Ouder' },
      },
    });
    expect(submitted.status).toBe(201);
    const editor = await api.signIn('redactie@redactie.test');
    const next = await json(await api.request('/api/moderation/next', { method: 'POST', cookie: editor }));
    const decided = await api.request(`/api/moderation/items/${next.item.id}/decision`, { cookie: editor, json: { decision: 'publish', version: next.item.version } });
    expect(decided.status).toBe(200);
    expect(await counts()).toEqual({ facility: 3, reviews: 3, search: 3 });
  });
});
