import { describe, expect, it } from 'vitest';
import { databaseOptionsFromEnv } from '@zorgwaardering/db';
import { configFromEnv } from './config';

const base = { APP_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp/zorgwaardering-config-test' };

describe('settings from the environment', () => {
  it('keeps search results 30 seconds unless SEARCH_CACHE_SECONDS says otherwise, and refuses nonsense', () => {
    expect(configFromEnv(base).searchCacheSeconds).toBe(30);
    expect(configFromEnv({ ...base, SEARCH_CACHE_SECONDS: '0' }).searchCacheSeconds).toBe(0);
    expect(configFromEnv({ ...base, SEARCH_CACHE_SECONDS: '120' }).searchCacheSeconds).toBe(120);
    for (const value of ['-1', '1.5', 'veel', '3601']) {
      expect(() => configFromEnv({ ...base, SEARCH_CACHE_SECONDS: value }), value).toThrow(/SEARCH_CACHE_SECONDS/);
    }
  });

  it('sizes the PostgreSQL pool from DATABASE_POOL_SIZE, and refuses nonsense', () => {
    const url = 'postgres://postgres@127.0.0.1:5432/postgres';
    expect(databaseOptionsFromEnv({ DATABASE_URL: url }).maxConnections).toBeUndefined();
    expect(databaseOptionsFromEnv({ DATABASE_URL: url, DATABASE_POOL_SIZE: '4' }).maxConnections).toBe(4);
    for (const value of ['0', '2.5', 'veel', '101']) {
      expect(() => databaseOptionsFromEnv({ DATABASE_URL: url, DATABASE_POOL_SIZE: value }), value).toThrow(/DATABASE_POOL_SIZE/);
    }
  });
});
