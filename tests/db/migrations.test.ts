import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { is, sql } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import { auditLog, organisations, reviewRevisions, reviews, schema, sectors, users } from '@zorgwaardering/db';
import { createFacility } from '../support/fixtures';
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
    // exactly the tables the drizzle schema declares
    const declared = (Object.values(schema) as unknown[])
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => getTableConfig(table).name);
    expect(tables.map((t) => t.name).sort()).toEqual(declared.sort());
    expect(declared).toEqual(expect.arrayContaining(['audit_log', 'reviews', 'review_revisions', 'moderation_items', 'inspection_reports']));
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

  it('refuses to change a review revision', async () => {
    const [user] = await database.db.insert(users).values({ email: 'revisie@example.be' }).returning();
    const facility = await createFacility(database.db);
    const [review] = await database.db.insert(reviews).values({ facilityId: facility.id, authorId: user!.id }).returning();
    await database.db.insert(reviewRevisions).values({
      reviewId: review!.id,
      number: 1,
      createdBy: user!.id,
      ratings: { communicatie: 4, respect: 4, inspraak: 4, veiligheid: 4, begeleiding: null, welbevinden: null, omgeving: null, organisatie: null },
      text: 'Een tekst die niet meer mag veranderen.',
      relationship: 'ouder',
      periodFrom: '2026-01',
      periodTo: '2026-06',
    });
    await expect(database.db.update(reviewRevisions).set({ text: 'Anders' })).rejects.toThrow();
    expect((await database.db.select().from(reviewRevisions))[0]!.text).toBe('Een tekst die niet meer mag veranderen.');
  });

  it('refuses an invalid company number at the database too', async () => {
    await expect(
      database.db.insert(organisations).values({ name: 'Vzw Test', companyNumber: '123', sector: 'kinderopvang' }),
    ).rejects.toThrow();
  });
});
