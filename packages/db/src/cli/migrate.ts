import { openDatabase } from '../client';
import { databaseOptionsFromEnv } from '../config';

const handle = await openDatabase(databaseOptionsFromEnv());
try {
  await handle.migrate();
  console.log(`Migraties toegepast op ${handle.kind === 'pglite' ? 'de ingebouwde databank (PGlite)' : 'PostgreSQL'}.`);
} finally {
  await handle.close();
}
