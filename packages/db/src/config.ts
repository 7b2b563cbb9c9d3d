import { resolve } from 'node:path';
import type { DatabaseOptions } from './client';

/** Database options from the environment: DATABASE_URL for PostgreSQL, else PGlite in DATA_DIR. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return {
    databaseUrl,
    dataDir: databaseUrl ? undefined : resolve(env.DATA_DIR?.trim() || '.data', 'pglite'),
  };
}
