import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@zorgwaardering/db/seed';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';

describe.each(databaseKinds)('finding a facility (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(kind);
    await seedDemo(api.database.db);
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
