import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '@zorgwaardering/db';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

export interface TestDatabase extends DatabaseHandle {
  /** Empties every table but the reference data, the audit log included. */
  reset(): Promise<void>;
}

/**
 * A migrated database of its own for one test file: PGlite in memory, or a fresh database on
 * the PostgreSQL server of TEST_DATABASE_URL (dropped again on close), so files run in parallel.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  let handle: DatabaseHandle;
  let dropDatabase = async () => {};
  if (kind === 'postgresql') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
    const name = `zw_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ databaseUrl: url.toString(), maxConnections: 5 });
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    handle = await openDatabase();
  }
  await handle.migrate();

  return {
    ...handle,
    async reset() {
      await handle.db.transaction(async (tx) => {
        // The audit log's append-only triggers do not fire in replica mode; tests alone use it.
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`
          do $$ declare names text;
          begin
            select string_agg(format('%I', tablename), ', ') into names
              from pg_tables where schemaname = 'public' and tablename <> 'sectors';
            execute 'truncate ' || names || ' restart identity cascade';
          end $$`);
      });
    },
    async close() {
      await handle.close();
      await dropDatabase();
    },
  };
}
