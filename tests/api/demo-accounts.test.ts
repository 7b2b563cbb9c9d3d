import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION_NAME, seedDemo } from '@zorgwaardering/db/seed';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';

describe('the demo accounts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi('pglite');
    await seedDemo(api.database.db);
  });
  afterAll(() => api.close());

  const expectedRoles: Record<string, string[]> = {
    'ouder@demo.test': ['parent'],
    'ouder2@demo.test': ['parent'],
    'redactie@demo.test': ['parent', 'editor'],
    'redactie2@demo.test': ['parent', 'editor'],
    'voorziening@demo.test': ['parent', 'facility_representative'],
    'beheer@demo.test': ['parent', 'admin'],
  };

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a] as const))('%s signs in and has its name and roles', async (email, account) => {
    const cookie = await api.signIn(email);
    const me = await json(await api.request('/api/me', { cookie }));
    expect(me.displayName).toBe(`${account.firstName} ${account.lastName}`);
    expect(me.roles).toEqual(expectedRoles[email]);
    if (email === 'voorziening@demo.test') {
      expect(me.memberships).toEqual([{ organisationId: expect.any(String), organisationName: DEMO_ORGANISATION_NAME, role: 'manager' }]);
    } else {
      expect(me.memberships).toEqual([]);
    }
  });
});
