import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditLog, organisations, sectors } from '@zorgwaardering/db';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../support/databases';

describe.each(databaseKinds)('migrations and the append-only audit log (%s)', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  it('creates every table and the four sectors, and a second run changes nothing', async () => {
    await database.migrate();
    const tables = await database.db
      .select({ name: sql<string>`tablename` })
      .from(sql`pg_tables`)
      .where(sql`schemaname = 'public'`);
    expect(tables.map((t) => t.name).sort()).toEqual(
      ['audit_log', 'facilities', 'mailbox_messages', 'memberships', 'organisations', 'outbox_emails', 'sectors', 'sessions', 'sign_in_codes', 'users'].sort(),
    );
    const rows = await database.db.select().from(sectors).orderBy(sectors.sortOrder);
    expect(rows.map((s) => s.key)).toEqual(['kinderopvang', 'ouderenzorg', 'handicap', 'jeugdhulp']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log but accepts new rows', async () => {
    await database.db.insert(auditLog).values({ actorKind: 'system', action: 'test.appended', targetType: 'test' });
    await expect(database.db.update(auditLog).set({ action: 'test.changed' })).rejects.toThrow();
    await expect(database.db.delete(auditLog)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    const rows = await database.db.select().from(auditLog);
    expect(rows.map((r) => r.action)).toEqual(['test.appended']);
  });

  it('refuses an invalid company number at the database too', async () => {
    await expect(
      database.db.insert(organisations).values({ name: 'Vzw Test', companyNumber: '123', sector: 'kinderopvang' }),
    ).rejects.toThrow();
  });
});
