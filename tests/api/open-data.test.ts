import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { facilityPath, THEME_KEYS } from '@zorgwaardering/core';
import { invitationCodes, reviewRevisions, reviews, users } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, TEST_ORIGIN, type TestApi } from '../support/api';
import { json } from '../support/http';
import { createFacility } from '../support/fixtures';
import { insertPublishedReviews, ratingsOf } from '../support/published-reviews';

const LICENCE_URL = 'https://www.vlaanderen.be/digitaal-vlaanderen/onze-oplossingen/open-data/modellicentie-gratis-hergebruik';
const thisMonth = () => new Date().toISOString().slice(0, 7);
const TEXT =
  'Onze dochter gaat hier vier dagen per week naartoe. De begeleiders zijn warm en betrokken, en we krijgen elke dag een kort verslag van haar dag.';
const AUTHOR = { email: 'griet.vanhaverbeke@example.be', firstName: 'Griet', lastName: 'Vanhaverbeke', displayLabel: 'Mama van een peuter uit Wondelgem' };

/** Records of an RFC 4180 document: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record is not ended with CRLF');
  return records;
}

/** The CSV as objects keyed by the header row. */
function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe.each(databaseKinds)('open data (%s)', (kind) => {
  let api: TestApi;
  let facilityId: number;
  let quietFacilityId: number;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    api.clock.reset();
    await api.database.reset();
    facilityId = (await createFacility(api.database.db, { name: 'Kinderopvang "De Pit", Gent', capacity: 14 })).id;
    quietFacilityId = (await createFacility(api.database.db, { name: 'Kinderopvang Het Nestje', capacity: null, participating: false })).id;
  });

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await api.request(path, { headers });
    expect(res.status, await res.clone().text()).toBe(200);
    return res;
  };

  /** Submitted by a signed-in parent with name and description, claimed and published by an editor. */
  async function publishThroughTheDesk(): Promise<{ reviewId: string; authorId: string }> {
    await api.database.db.insert(users).values({ email: 'lotte@redactie.test', firstName: 'Lotte', lastName: 'Peeters', roles: ['editor'] });
    const parent = await api.signIn(AUTHOR.email);
    const editor = await api.signIn('lotte@redactie.test');
    const submitted = await api.request('/api/reviews', {
      json: {
        facilityId,
        ratings: { communicatie: 5, respect: 5, inspraak: 4, veiligheid: 5, begeleiding: 5, welbevinden: 5, omgeving: null, organisatie: 4 },
        text: TEXT,
        relationship: 'ouder',
        periodFrom: thisMonth(),
        periodTo: thisMonth(),
        displayLabel: AUTHOR.displayLabel,
        author: { firstName: AUTHOR.firstName, lastName: AUTHOR.lastName },
      },
      cookie: parent,
    });
    expect(submitted.status).toBe(201);
    const reviewId = (await json(submitted)).id as string;
    const item = (await json(await api.request('/api/moderation/queue?queue=new', { cookie: editor }))).items.find((i: { reviewId: string }) => i.reviewId === reviewId);
    expect((await api.request(`/api/moderation/items/${item.id}/claim`, { method: 'POST', cookie: editor })).status).toBe(200);
    const detail = await json(await api.request(`/api/moderation/items/${item.id}`, { cookie: editor }));
    const decided = await api.request(`/api/moderation/items/${item.id}/decision`, { json: { decision: 'publish', version: detail.version }, cookie: editor });
    expect(decided.status).toBe(200);
    const [author] = await api.database.db.select().from(users).where(eq(users.email, AUTHOR.email));
    return { reviewId, authorId: author!.id };
  }

  describe('facilities', () => {
    it('answers JSON with the licence, the score rules and every facility with address and scores', async () => {
      await insertPublishedReviews(api.database.db, facilityId, 3, { ratings: ratingsOf(5, 4, 4, 4, 2) });
      const res = await get('/api/open-data/facilities');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('link')).toBe(`<${LICENCE_URL}>; rel="license"`);
      const body = await json(res);
      expect(body.licence).toEqual({ name: 'Modellicentie Gratis Hergebruik Vlaanderen v1.0', url: LICENCE_URL });
      expect(body.scoreRules).toMatchObject({ windowMonths: 36, minReviewsForAverage: 3, indicativeBelowReviews: 10 });
      expect(body.next).toBeNull();
      expect(body.items.map((f: { id: number }) => f.id)).toEqual([facilityId, quietFacilityId]);
      const [reviewed, quiet] = body.items;
      expect(reviewed).toMatchObject({
        name: 'Kinderopvang "De Pit", Gent',
        url: `${TEST_ORIGIN}${facilityPath({ id: facilityId, name: 'Kinderopvang "De Pit", Gent' })}`,
        sector: 'kinderopvang',
        kind: 'groepsopvang',
        kindLabel: 'Groepsopvang',
        street: 'Kerkstraat',
        postcode: '9000',
        municipality: 'Gent',
        province: 'oost-vlaanderen',
        capacity: 14,
        participating: true,
        reviewCount: 3,
        overall: { average: 3.8, count: 3, indicative: true },
      });
      expect(Object.keys(reviewed.themes)).toEqual([...THEME_KEYS]);
      expect(reviewed.themes.communicatie).toEqual({ average: 5, count: 3 });
      expect(reviewed.themes.begeleiding).toEqual({ average: 2, count: 3 });
      // Not answered by anyone: no average, no count.
      expect(reviewed.themes.welbevinden).toEqual({ average: null, count: 0 });
      expect(quiet).toMatchObject({ participating: false, capacity: null, reviewCount: 0, overall: { average: null, count: 0 } });
    });

    it('withholds averages below the minimum number of reviews but gives the count', async () => {
      await insertPublishedReviews(api.database.db, facilityId, 2);
      const [facility] = (await json(await get('/api/open-data/facilities'))).items;
      expect(facility.overall).toEqual({ average: null, count: 2, indicative: true });
      expect(facility.themes.respect).toEqual({ average: null, count: 2 });
      const [row] = csvObjects(await (await get('/api/open-data/facilities?format=csv')).text());
      expect(row).toMatchObject({ 'overall.average': '', 'overall.count': '2', 'themes.respect.average': '', 'themes.respect.count': '2' });
    });

    it('pages with a cursor until `next` is null', async () => {
      for (let i = 0; i < 3; i++) await createFacility(api.database.db);
      const seen: number[] = [];
      let path = '/api/open-data/facilities?limit=2';
      for (let pages = 1; ; pages++) {
        const body = await json(await get(path));
        expect(body.items.length).toBeLessThanOrEqual(2);
        seen.push(...body.items.map((f: { id: number }) => f.id));
        if (body.next === null) {
          expect(pages).toBe(3);
          break;
        }
        path = `/api/open-data/facilities?limit=2&after=${body.next}`;
      }
      expect(seen).toHaveLength(5);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    });

    it('answers CSV as an attachment with a header row, RFC 4180 quoting and the licence link', async () => {
      await insertPublishedReviews(api.database.db, facilityId, 3, { ratings: ratingsOf(5, 4, 4, 4) });
      const res = await get('/api/open-data/facilities?format=csv');
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="zorgwaardering-voorzieningen.csv"');
      expect(res.headers.get('link')).toBe(`<${LICENCE_URL}>; rel="license"`);
      const text = await res.text();
      expect(text.startsWith('id,name,url,sector,')).toBe(true);
      expect(text).toContain(',"Kinderopvang ""De Pit"", Gent",');
      const rows = csvObjects(text);
      expect(rows.map((r) => r.id)).toEqual([String(facilityId), String(quietFacilityId)]);
      expect(rows[0]).toMatchObject({
        name: 'Kinderopvang "De Pit", Gent',
        capacity: '14',
        participating: 'true',
        reviewCount: '3',
        'overall.average': '4.3',
        'overall.count': '3',
        'overall.indicative': 'true',
        'themes.communicatie.average': '5',
        'themes.welbevinden.average': '',
        'themes.welbevinden.count': '0',
      });
      expect(rows[1]).toMatchObject({ capacity: '', participating: 'false', liveSince: '' });
    });

    it('chooses CSV from the Accept header when no format is given', async () => {
      const csv = await get('/api/open-data/facilities', { accept: 'text/csv' });
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csv.headers.get('vary')).toMatch(/accept/i);
      const browser = await get('/api/open-data/facilities', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
      expect(browser.headers.get('content-type')).toMatch(/^application\/json/);
      const explicit = await get('/api/open-data/facilities?format=json', { accept: 'text/csv' });
      expect(explicit.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it('starts the CSV after the cursor and stops at the limit', async () => {
      for (let i = 0; i < 3; i++) await createFacility(api.database.db);
      const all = csvObjects(await (await get('/api/open-data/facilities?format=csv')).text()).map((r) => r.id);
      expect(all).toHaveLength(5);
      const rest = csvObjects(await (await get(`/api/open-data/facilities?format=csv&after=${all[1]}&limit=2`)).text()).map((r) => r.id);
      expect(rest).toEqual(all.slice(2, 4));
    });
  });

  describe('reviews', () => {
    it('answers JSON with only published reviews and never who wrote them', async () => {
      const { reviewId, authorId } = await publishThroughTheDesk();
      // Submitted but not published: not open data.
      const pendingParent = await api.signIn('wachtend@example.be');
      expect(
        (
          await api.request('/api/reviews', {
            json: { facilityId, ratings: ratingsOf(3, 3, 3, 3), text: TEXT, relationship: 'ouder', periodFrom: thisMonth(), periodTo: thisMonth(), author: { firstName: 'Wachtend', lastName: 'Ouder' } },
            cookie: pendingParent,
          })
        ).status,
      ).toBe(201);

      const res = await get('/api/open-data/reviews');
      expect(res.headers.get('link')).toBe(`<${LICENCE_URL}>; rel="license"`);
      const text = await res.text();
      const body = JSON.parse(text);
      expect(body.licence.url).toBe(LICENCE_URL);
      expect(body.next).toBeNull();
      expect(body.items).toEqual([
        {
          id: reviewId,
          facilityId,
          month: thisMonth(),
          relationship: 'ouder',
          relationshipLabel: 'Ouder',
          ratings: { communicatie: 5, respect: 5, inspraak: 4, veiligheid: 5, begeleiding: 5, welbevinden: 5, omgeving: null, organisatie: 4 },
          text: TEXT,
          editedByEditors: false,
          verified: false,
        },
      ]);

      const csv = await (await get('/api/open-data/reviews?format=csv')).text();
      expect(csvObjects(csv)).toEqual([
        expect.objectContaining({ id: reviewId, facilityId: String(facilityId), 'ratings.omgeving': '', 'ratings.communicatie': '5', text: TEXT, verified: 'false' }),
      ]);
      const facilitiesJson = await (await get('/api/open-data/facilities')).text();
      const facilitiesCsv = await (await get('/api/open-data/facilities?format=csv')).text();
      for (const document of [text, csv, facilitiesJson, facilitiesCsv]) {
        for (const secret of [AUTHOR.email, AUTHOR.firstName, AUTHOR.lastName, AUTHOR.displayLabel, authorId, 'Wachtend']) {
          expect(document).not.toContain(secret);
        }
        expect(document.toLowerCase()).not.toMatch(/author|displaylabel|email/);
      }
    });

    it('marks reviews written with an invitation code as verified and texts changed by the editors', async () => {
      const [verifiedId, plainId] = await insertPublishedReviews(api.database.db, facilityId, 2);
      const [code] = await api.database.db
        .insert(invitationCodes)
        .values({ facilityId, codeHash: 'proef', expiresAt: new Date(Date.now() + 86_400_000), usedAt: new Date() })
        .returning();
      await api.database.db.update(reviews).set({ invitationCodeId: code!.id }).where(eq(reviews.id, verifiedId!));
      // An editor took a name out: the public sees the editors' revision.
      const [original] = await api.database.db.select().from(reviewRevisions).where(eq(reviewRevisions.reviewId, plainId!));
      const [edited] = await api.database.db
        .insert(reviewRevisions)
        .values({ ...original!, id: undefined, number: 2, source: 'editor', text: `${original!.text} Aangepast.`, createdAt: undefined })
        .returning();
      await api.database.db.update(reviews).set({ currentRevisionId: edited!.id, publishedRevisionId: edited!.id }).where(eq(reviews.id, plainId!));

      const items = (await json(await get('/api/open-data/reviews'))).items as { id: string; verified: boolean; editedByEditors: boolean; text: string }[];
      const byId = new Map(items.map((r) => [r.id, r]));
      expect(byId.get(verifiedId!)).toMatchObject({ verified: true, editedByEditors: false });
      expect(byId.get(plainId!)).toMatchObject({ verified: false, editedByEditors: true, text: `${original!.text} Aangepast.` });
      const rows = csvObjects(await (await get('/api/open-data/reviews?format=csv')).text());
      expect(rows.find((r) => r.id === verifiedId)).toMatchObject({ verified: 'true', editedByEditors: 'false' });
      expect(rows.find((r) => r.id === plainId)).toMatchObject({ verified: 'false', editedByEditors: 'true' });
    });

    it('quotes texts with commas, quotes and line breaks in CSV', async () => {
      const text = 'Fijne opvang, "echt waar".\nDe begeleiders vertellen elke dag hoe het ging, ook als het wat minder was.';
      await insertPublishedReviews(api.database.db, facilityId, 1, { text });
      const csv = await (await get('/api/open-data/reviews?format=csv')).text();
      expect(csv).toContain('"Fijne opvang, ""echt waar"".\nDe begeleiders');
      expect(csvObjects(csv)[0]!.text).toBe(text);
    });

    it('pages with a cursor in JSON and streams every row in CSV, across batches', async () => {
      const ids = await insertPublishedReviews(api.database.db, facilityId, 1_005);
      const sorted = [...ids].sort();
      const first = await json(await get('/api/open-data/reviews?limit=1000'));
      expect(first.items).toHaveLength(1000);
      expect(first.next).toBe(first.items[999].id);
      const second = await json(await get(`/api/open-data/reviews?limit=1000&after=${first.next}`));
      expect(second.items).toHaveLength(5);
      expect(second.next).toBeNull();
      expect([...first.items, ...second.items].map((r: { id: string }) => r.id)).toEqual(sorted);

      const csv = await (await get('/api/open-data/reviews?format=csv')).text();
      expect(csvObjects(csv).map((r) => r.id)).toEqual(sorted);
      const tail = await (await get(`/api/open-data/reviews?format=csv&after=${sorted[999]}`)).text();
      expect(csvObjects(tail).map((r) => r.id)).toEqual(sorted.slice(1000));
    });
  });

  it('refuses a bad cursor, limit or format with 400 naming the parameter', async () => {
    for (const [query, path] of [
      ['facilities?after=abc', 'after'],
      ['facilities?after=-3', 'after'],
      ['facilities?limit=0', 'limit'],
      ['facilities?limit=1001', 'limit'],
      ['facilities?format=xml', 'format'],
      ['reviews?after=12', 'after'],
      ['reviews?after=not-a-uuid&format=csv', 'after'],
      ['reviews?limit=2.5', 'limit'],
    ]) {
      const res = await api.request(`/api/open-data/${query}`);
      expect(res.status, query).toBe(400);
      expect((await json(res)).error.details[0].path, query).toBe(path);
    }
  });

  it('may be read from any other website, without cookies, while the rest of the API stays same-origin', async () => {
    const res = await api.request('/api/open-data/facilities?limit=1', { headers: { origin: 'https://data.example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toMatch(/Link/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');

    const own = await api.request('/api/facilities', { headers: { origin: 'https://data.example.org' } });
    expect(own.headers.get('access-control-allow-origin')).toBeNull();
    expect(own.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('documents both endpoints with their JSON and CSV answers', async () => {
    const doc = await json(await api.request('/api/openapi.json'));
    for (const path of ['/api/open-data/facilities', '/api/open-data/reviews']) {
      expect(Object.keys(doc.paths[path].get.responses[200].content).sort()).toEqual(['application/json', 'text/csv']);
    }
  });
});
