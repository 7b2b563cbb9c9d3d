import { openDatabase, type DatabaseHandle, type DatabaseOptions } from '@zorgwaardering/db';
import type { AppDeps } from './app';
import { createSessionStore } from './auth/session';
import type { AppConfig } from './config';
import type { Logger } from './lib/logger';
import { createOutboxWorker } from './mail/outbox';
import { mailboxTransport, smtpTransport } from './mail/transport';
import { loadPublicationRules, loadReasonCatalogue } from './rules';
import { loadRules } from '@zorgwaardering/moderation';

/** Wires the app's dependencies onto an open database: sessions, mail transport and outbox worker. */
let prescreenRules: ReturnType<typeof loadRules> | undefined;

export async function buildDeps(handle: DatabaseHandle, config: AppConfig, logger: Logger): Promise<AppDeps> {
  const mailTransport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : mailboxTransport(handle.db);
  return {
    db: handle.db,
    databaseKind: handle.kind,
    config,
    logger,
    sessions: createSessionStore(handle.db, { secureCookies: config.production }),
    mailTransport,
    outbox: createOutboxWorker(handle.db, mailTransport, logger),
    rules: loadPublicationRules(),
    reasons: loadReasonCatalogue(),
    // The rules and dictionaries are read once per process: they are data and do not change.
    prescreen: await (prescreenRules ??= loadRules()),
  };
}

export async function openMigratedDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = await openDatabase(options);
  await handle.migrate();
  return handle;
}
