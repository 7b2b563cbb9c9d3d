import { sql } from 'drizzle-orm';
import type { Database } from '@zorgwaardering/db';

/**
 * A query built once per database and kept as a prepared statement, for the hot public reads:
 * drizzle does not build its SQL again, and PostgreSQL parses and plans it once per connection
 * instead of on every request (drizzle sends a query unprepared unless it is prepared by name).
 * `build` leaves every value to `boundValue`, bound by name when the query runs; call the result
 * with the database to get the query for it.
 */
export function preparedPerDatabase<P>(build: (db: Database) => P): (db: Database) => P {
  const prepared = new WeakMap<Database, P>();
  return (db) => {
    let query = prepared.get(db);
    if (query === undefined) {
      query = build(db);
      prepared.set(db, query);
    }
    return query;
  };
}

/** A value of a prepared query, bound by `name` when it runs (`execute({ name: value })`). */
export const boundValue = (name: string) => sql.placeholder(name);
