import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';
import { createFacility } from '../support/fixtures';

const month = () => new Date().toISOString().slice(0, 7);

describe.each(databaseKinds)('the pre-screen on submission (%s)', (kind) => {
  let api: TestApi;
  let facilityId: number;
  let editor: string;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    await api.database.reset();
    facilityId = (await createFacility(api.database.db, { name: 'Kinderopvang De Vlinder' })).id;
    await api.database.db.insert(users).values({ email: 'redactie@example.be', roles: ['editor'] });
    editor = await api.signIn('redactie@example.be');
  });

  const submit = async (email: string, text: string, ip = '198.51.100.1') => {
    const cookie = await api.signIn(email);
    const res = await api.request('/api/reviews', {
      json: {
        facilityId,
        ratings: { communicatie: 4, respect: 4, inspraak: 4, veiligheid: 4 },
        text,
        relationship: 'ouder',
        periodFrom: month(),
        periodTo: month(),
        author: { firstName: 'Test', lastName: 'Ouder' },
      },
      cookie,
      ip,
    });
    expect(res.status).toBe(201);
    return (await json(res)).id as string;
  };
  const itemOf = async (reviewId: string) => {
    const queue = await json(await api.request('/api/moderation/queue?queue=new', { cookie: editor }));
    const summary = queue.items.find((i: { reviewId: string }) => i.reviewId === reviewId);
    return json(await api.request(`/api/moderation/items/${summary.id}`, { cookie: editor }));
  };

  it('stores the report with the item: a phone number is flagged with its span and a redaction', async () => {
    const text = 'Fijne opvang, maar bel gerust even naar de verantwoordelijke op 0470 12 34 56 als je vragen hebt over de wachtlijst.';
    const item = await itemOf(await submit('een@example.be', text));
    const flag = item.prescreen.flags.find((f: { category: string }) => f.category === 'privacy');
    expect(flag).toBeDefined();
    expect(text.slice(flag.spans[0].start, flag.spans[0].end)).toContain('0470');
    expect(item.riskScore).toBeGreaterThan(0);
    expect(item.prescreen.rulesVersion).toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('puts a safety signal at the head of the queue', async () => {
    await submit('rustig@example.be', 'Een rustige opvang met vriendelijke begeleiders en een mooie tuin waar de kinderen veel buiten spelen.');
    const unsafe = await submit('zorg@example.be', 'Ik zag hoe een begeleidster ons kind hardhandig door elkaar schudde en het daarna alleen opsloot in de slaapkamer.');
    const queue = await json(await api.request('/api/moderation/queue?queue=new', { cookie: editor }));
    expect(queue.items[0]).toMatchObject({ reviewId: unsafe, safety: true });
    expect(queue.items[0].flags.some((f: { category: string }) => f.category === 'safety')).toBe(true);
  });

  it('finds a near-duplicate of an earlier text by another author through the stored signatures', async () => {
    const text =
      'De begeleiders zijn altijd vriendelijk en nemen de tijd om bij het ophalen te vertellen hoe de dag van ons kind verlopen is. Een aanrader voor elke ouder in de buurt.';
    await submit('eerste@example.be', text, '198.51.100.2');
    const copy = await submit('tweede@example.be', text.replace('Een aanrader', 'Echt een aanrader'), '198.51.100.3');
    const item = await itemOf(copy);
    expect(item.prescreen.flags.some((f: { category: string }) => f.category === 'reliability')).toBe(true);
  });

  it('lets a fair, critical review through without flags', async () => {
    const item = await itemOf(
      await submit('kritisch@example.be', 'De communicatie kan echt beter: we hoorden pas achteraf dat de groep verhuisde. Er is ook te weinig personeel in de namiddag.'),
    );
    expect(item.prescreen.flags).toEqual([]);
    expect(item.prescreen.suggestion).toBe('publish');
  });
});
