import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpired } from '@zorgwaardering/api';
import { mailboxMessages, outboxEmails, signInCodes } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';

describe.each(databaseKinds)('retention of short-lived data (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());

  it('keeps sign-in codes, sent mail and sessions while they are needed and removes them after', async () => {
    const cookie = await api.signIn('bewaren@example.be');
    const db = api.database.db;
    expect(await db.select().from(signInCodes)).toHaveLength(1);

    const now = new Date();
    expect(await purgeExpired(db, now)).toEqual({ sessions: 0, signInCodes: 0, sentMail: 0, submissionSignals: 0, mailbox: 0 });
    expect((await api.request('/api/me', { cookie })).status).toBe(200);

    const later = new Date(now.getTime() + 40 * 24 * 3_600_000);
    const removed = await purgeExpired(db, later);
    expect(removed).toEqual({ sessions: 1, signInCodes: 1, sentMail: 1, submissionSignals: 0, mailbox: 1 });
    expect(await db.select().from(signInCodes)).toHaveLength(0);
    expect(await db.select().from(outboxEmails)).toHaveLength(0);
    expect(await db.select().from(mailboxMessages)).toHaveLength(0);
    expect((await api.request('/api/me', { cookie })).status).toBe(401);
  });
});
