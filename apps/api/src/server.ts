import { serve } from '@hono/node-server';
import { databaseOptionsFromEnv, storeMissingNewestReviews } from '@zorgwaardering/db';
import { isDatabaseEmpty, seedDemo } from '@zorgwaardering/db/seed';
import { createApp } from './app';
import { configFromEnv } from './config';
import { buildDeps, openMigratedDatabase } from './deps';
import { consoleLogger as logger } from './lib/logger';
import { purgeExpired, refreshScores } from './services/maintenance';

/** Starts the API: migrate, seed demo data into an empty database, serve, and stop cleanly on a signal. */
async function main() {
  const config = configFromEnv();
  const port = Number(process.env.API_PORT ?? 8787);
  const seedWhenEmpty = process.env.SEED_DEMO !== 'false';

  if (config.production && !config.smtpUrl) {
    logger.warn('mail.no_smtp', {
      message: 'NODE_ENV=production zonder SMTP_URL: mails worden NIET verstuurd maar in de lokale mailbox bewaard, en /api/dev/mailbox is open. Zet SMTP_URL.',
    });
  }

  const handle = await openMigratedDatabase(databaseOptionsFromEnv());
  logger.info('db.ready', { database: handle.kind });
  if (seedWhenEmpty && (await isDatabaseEmpty(handle.db))) {
    const summary = await seedDemo(handle.db);
    logger.info('db.seeded', { ...summary });
  }

  const deps = await buildDeps(handle, config, logger);
  const app = createApp(deps);
  // OUTBOX_WORKER=false: this process does not send mail; another process runs the worker.
  if (process.env.OUTBOX_WORKER !== 'false') deps.outbox.start();
  const purge = () => purgeExpired(handle.db, new Date()).then((removed) => logger.info('maintenance.purged', removed));
  const refresh = () =>
    refreshScores(handle.db, deps.rules.scores, new Date()).then((facilities) => {
      if (facilities > 0) logger.info('maintenance.scores_refreshed', { facilities });
    });
  const failed = (error: unknown) => logger.error('maintenance.failed', { error: String(error) });
  // The summed scores and newest reviews before serving, so facility pages read them from the
  // first request on (newest reviews are missing only where the table is new to the database).
  await refresh();
  const newestReviews = await storeMissingNewestReviews(handle.db);
  if (newestReviews > 0) logger.info('maintenance.newest_reviews_stored', { facilities: newestReviews });
  void purge().catch(failed);
  const maintenance = setInterval(() => void Promise.all([purge(), refresh()]).catch(failed), 60 * 60_000);
  maintenance.unref();

  const server = serve({ fetch: app.fetch, port, hostname: process.env.API_HOST ?? '127.0.0.1' }, (info) => {
    logger.info('api.listening', { url: `http://${info.address}:${info.port}/api`, database: handle.kind, mail: deps.mailTransport.kind });
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('api.stopping', { signal });
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    });
    clearInterval(maintenance);
    await deps.outbox.stop();
    deps.mailTransport.close?.();
    await handle.close();
    logger.info('api.stopped', {});
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  logger.error('api.start_failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
