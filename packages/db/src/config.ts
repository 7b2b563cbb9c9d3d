import { resolve } from 'node:path';
import type { DatabaseOptions } from './client';

/** Database options from the environment: DATABASE_URL for PostgreSQL, else PGlite in DATA_DIR. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const poolSize = env.DATABASE_POOL_SIZE?.trim();
  const maxConnections = poolSize ? Number(poolSize) : undefined;
  if (maxConnections !== undefined && !(Number.isInteger(maxConnections) && maxConnections >= 1 && maxConnections <= 100)) {
    throw new Error('DATABASE_POOL_SIZE moet een geheel getal van 1 tot 100 zijn.');
  }
  return {
    databaseUrl,
    dataDir: databaseUrl ? undefined : resolve(env.DATA_DIR?.trim() || '.data', 'pglite'),
    ...(maxConnections !== undefined ? { maxConnections } : {}),
  };
}
