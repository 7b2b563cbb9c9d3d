import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { facilities } from '@zorgwaardering/db';
import { seedDemo } from '@zorgwaardering/db/seed';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';
import { createFacility } from '../support/fixtures';
import { insertPublishedReviews, ratingsOf } from '../support/published-reviews';

describe.each(databaseKinds)('finding a facility (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(kind);
    await seedDemo(api.database.db, { reviews: 0 });
  });
  afterAll(() => api.close());

  const search = async (query: string) => {
    const res = await api.request(`/api/facilities?${query}`);
    expect(res.status).toBe(200);
    return json(res);
  };

  it('finds the demo facility by part of its name, in any case', async () => {
    const page = await search('q=speelvogel');
    expect(page.items.map((f: { name: string }) => f.name)).toContain('Kinderdagverblijf De Speelvogel');
    const speelvogel = page.items.find((f: { name: string }) => f.name === 'Kinderdagverblijf De Speelvogel');
    expect(speelvogel).toMatchObject({ postcode: '9000', municipality: 'Gent', kind: 'groepsopvang', kindLabel: 'Groepsopvang', participating: true, reviewCount: 0 });
  });

  it('finds facilities by municipality and by postcode', async () => {
    const byPlace = await search('q=Gent');
    expect(byPlace.total).toBeGreaterThan(0);
    expect(byPlace.items.every((f: { name: string; municipality: string }) => /gent/i.test(f.municipality) || /gent/i.test(f.name))).toBe(true);
    const byPostcode = await search('q=9000');
    expect(byPostcode.items.every((f: { postcode: string }) => f.postcode === '9000')).toBe(true);
  });

  it('filters by sector, kind and province, and pages through the results with the total', async () => {
    const first = await search('sector=kinderopvang&province=antwerpen');
    expect(first.items.every((f: { sector: string; province: string }) => f.sector === 'kinderopvang' && f.province === 'antwerpen')).toBe(true);
    expect(first.pageSize).toBe(20);
    expect(first.totalPages).toBe(Math.ceil(first.total / 20));
    if (first.totalPages > 1) {
      const second = await search('sector=kinderopvang&province=antwerpen&page=2');
      const ids = new Set(first.items.map((f: { id: number }) => f.id));
      expect(second.items.some((f: { id: number }) => ids.has(f.id))).toBe(false);
    }
    const kind = await search('kind=woonzorgcentrum');
    expect(kind.items.every((f: { kind: string }) => f.kind === 'woonzorgcentrum')).toBe(true);
  });

  it('answers an empty page when nothing matches', async () => {
    expect(await search('q=bestaatnergens')).toMatchObject({ items: [], total: 0, totalPages: 0 });
  });

  it('keeps the total on a page past the last one, with and without a search term', async () => {
    for (const query of ['q=gent', 'sector=kinderopvang']) {
      const first = await search(query);
      expect(first.total, query).toBeGreaterThan(0);
      expect(await search(`${query}&page=${first.totalPages + 1}`), query).toMatchObject({ items: [], total: first.total, totalPages: first.totalPages });
    }
  });

  it('treats % and _ in the search as ordinary characters', async () => {
    expect((await search('q=%25')).total).toBe(0);
  });

  it('names the filter that is not valid', async () => {
    for (const [query, path] of [
      ['sector=tandarts', 'sector'],
      ['page=0', 'page'],
      ['postcode=90', 'postcode'],
      ['kind=kasteel', 'kind'],
    ]) {
      const res = await api.request(`/api/facilities?${query}`);
      expect(res.status).toBe(400);
      expect((await json(res)).error.details[0].path).toBe(path);
    }
  });

  it('answers 404 for an unknown facility and 400 for an id that is not a number', async () => {
    expect((await api.request('/api/facilities/999999')).status).toBe(404);
    expect((await api.request('/api/facilities/999999/reviews')).status).toBe(404);
    expect((await api.request('/api/facilities/abc')).status).toBe(400);
  });

  it('describes a facility with the 8 themes worded for its sector', async () => {
    const page = await search('sector=ouderenzorg');
    const facility = await json(await api.request(`/api/facilities/${page.items[0].id}`));
    expect(facility.themes).toHaveLength(8);
    expect(facility.themes[0]).toMatchObject({ key: 'communicatie', label: 'Communicatie', average: null, count: 0 });
    expect(facility.themes.find((t: { key: string }) => t.key === 'welbevinden').question).toMatch(/bewoner/);
    expect(facility.organisationName).toEqual(expect.any(String));
  });
});

describe('typo-tolerant search', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi('pglite');
    await seedDemo(api.database.db);
  });
  afterAll(() => api.close());

  it('finds "De Speelvogel" when searching "Speelvogl", first', async () => {
    const page = await json(await api.request('/api/facilities?q=Speelvogl'));
    expect(page.items[0].name).toBe('Kinderdagverblijf De Speelvogel');
  });
});

describe.each(databaseKinds)('ordering search results and showing scores (%s)', (kind) => {
  let api: TestApi;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.database.reset();
    for (const name of ['Kinderopvang Zeester', 'Kinderopvang Aster', 'Kinderopvang Mol', 'Kinderopvang Berk']) {
      ids[name] = (await createFacility(api.database.db, { name, municipality: 'Testegem', postcode: '9999' })).id;
    }
  });

  const names = (page: { items: { name: string }[] }) => page.items.map((f) => f.name);
  const search = async (query: string) => {
    const res = await api.request(`/api/facilities?${query}`);
    expect(res.status).toBe(200);
    return json(res);
  };

  it('sorts by name, the default without a search term', async () => {
    const sorted = ['Kinderopvang Aster', 'Kinderopvang Berk', 'Kinderopvang Mol', 'Kinderopvang Zeester'];
    expect(await search('sort=name')).toMatchObject({ sort: 'name', items: sorted.map((name) => ({ name })) });
    expect(names(await search(''))).toEqual(sorted);
    // Relevance needs something to be relevant to.
    expect((await search('sort=relevance')).sort).toBe('name');
    expect(names(await search('q=testegem&sort=name'))).toEqual(sorted);
  });

  it('sorts by relevance by default with a search term', async () => {
    const page = await search('q=zeester');
    expect(page.sort).toBe('relevance');
    expect(names(page)[0]).toBe('Kinderopvang Zeester');
  });

  it('sorts by number of published reviews, most first, then by name', async () => {
    const counts: Record<string, number> = { 'Kinderopvang Zeester': 14, 'Kinderopvang Aster': 2, 'Kinderopvang Mol': 14, 'Kinderopvang Berk': 0 };
    for (const [name, count] of Object.entries(counts)) {
      await api.database.db.update(facilities).set({ reviewCount: count }).where(sql`${facilities.id} = ${ids[name]!}`);
    }
    const page = await search('sort=reviews');
    expect(page.sort).toBe('reviews');
    expect(page.items.map((f: { name: string; reviewCount: number }) => [f.name, f.reviewCount])).toEqual([
      ['Kinderopvang Mol', 14],
      ['Kinderopvang Zeester', 14],
      ['Kinderopvang Aster', 2],
      ['Kinderopvang Berk', 0],
    ]);
    expect(names(await search('q=testegem&sort=reviews')).slice(0, 2)).toEqual(['Kinderopvang Mol', 'Kinderopvang Zeester']);
  });

  it('refuses an unknown order with 400 naming the parameter', async () => {
    const res = await api.request('/api/facilities?sort=beste');
    expect(res.status).toBe(400);
    expect((await json(res)).error.details[0].path).toBe('sort');
  });

  it('shows a score only from the minimum number of reviews, marked indicative below the threshold', async () => {
    const { minReviewsForAverage, indicativeBelowReviews } = api.deps.rules.scores;
    await insertPublishedReviews(api.database.db, ids['Kinderopvang Aster']!, minReviewsForAverage - 1);
    await insertPublishedReviews(api.database.db, ids['Kinderopvang Berk']!, minReviewsForAverage, { ratings: ratingsOf(5, 4, 4, 4) });
    await insertPublishedReviews(api.database.db, ids['Kinderopvang Mol']!, indicativeBelowReviews, { ratings: ratingsOf(3, 3, 3, 3, 3, 3, 3, 3) });
    const byName = Object.fromEntries((await search('sort=name')).items.map((f: { name: string }) => [f.name, f]));
    expect(byName['Kinderopvang Aster']).toMatchObject({ reviewCount: minReviewsForAverage - 1, score: null });
    expect(byName['Kinderopvang Berk']).toMatchObject({ reviewCount: minReviewsForAverage, score: { average: 4.3, count: minReviewsForAverage, indicative: true } });
    expect(byName['Kinderopvang Mol']).toMatchObject({ reviewCount: indicativeBelowReviews, score: { average: 3, count: indicativeBelowReviews, indicative: false } });
    expect(byName['Kinderopvang Zeester']).toMatchObject({ reviewCount: 0, score: null });
  });
});

describe.each(databaseKinds)('literal matches before near spellings (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.database.reset();
  });

  const search = async (query: string) => {
    const res = await api.request(`/api/facilities?${query}`);
    expect(res.status).toBe(200);
    return json(res);
  };
  const names = (page: { items: { name: string }[] }) => page.items.map((f) => f.name);

  it('mixes in near spellings while the literal matches fill less than a page, ranked by how near', async () => {
    for (const name of ['Kinderopvang Zonnebloem', 'Kinderopvang Zonnebloom', 'Kinderopvang Maanlicht']) {
      await createFacility(api.database.db, { name, municipality: 'Testegem', postcode: '9999' });
    }
    const page = await search('q=zonnebloem');
    expect(names(page)).toEqual(['Kinderopvang Zonnebloem', 'Kinderopvang Zonnebloom']);
    expect(page.total).toBe(2);
  });

  it('with a page or more of literal matches, lists only those: whole words first, then the rest', async () => {
    for (let i = 1; i <= 20; i++) await createFacility(api.database.db, { name: `Kinderopvang Zonnebloem ${String(i).padStart(2, '0')}`, municipality: 'Testegem', postcode: '9999' });
    await createFacility(api.database.db, { name: 'Kinderopvang Zonnebloemetje', municipality: 'Testegem', postcode: '9999' });
    await createFacility(api.database.db, { name: 'Kinderopvang Zonnebloom', municipality: 'Testegem', postcode: '9999' });
    const first = await search('q=zonnebloem');
    expect(first.total).toBe(21);
    expect(names(first).every((name: string) => /^Kinderopvang Zonnebloem \d\d$/.test(name))).toBe(true);
    expect(names(await search('q=zonnebloem&page=2'))).toEqual(['Kinderopvang Zonnebloemetje']);
  });
});
