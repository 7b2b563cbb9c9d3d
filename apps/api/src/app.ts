import { getConnInfo } from '@hono/node-server/conninfo';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Database, DatabaseKind } from '@zorgwaardering/db';
import type { AppConfig } from './config';
import type { Actor, ServiceContext } from './context';
import type { AppEnv } from './env';
import { AppError, Forbidden, RateLimited } from './errors';
import type { Logger } from './lib/logger';
import { newRouter } from './lib/openapi';
import type { OutboxWorker } from './mail/outbox';
import type { MailTransport } from './mail/transport';
import type { SessionStore } from './auth/session';
import { SearchCache } from './lib/search-cache';
import { authRoutes } from './routes/auth';
import { devMailboxRoutes } from './routes/dev-mailbox';
import { docsRoutes } from './routes/docs';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { facilityRoutes } from './routes/facilities';
import { invitationRoutes } from './routes/invitations';
import { inspectionRoutes } from './routes/inspections';
import { reviewRoutes } from './routes/reviews';
import type { PublicationRules, ReasonCatalogue } from './rules';
import type { Rules as PrescreenRules } from '@zorgwaardering/moderation';
import { moderationRoutes } from './routes/moderation';
import { transparencyRoutes } from './routes/transparency';
import { openDataRoutes } from './routes/open-data';

export interface AppDeps {
  db: Database;
  databaseKind: DatabaseKind;
  config: AppConfig;
  logger: Logger;
  sessions: SessionStore;
  mailTransport: MailTransport;
  outbox: OutboxWorker;
  rules: PublicationRules;
  reasons: ReasonCatalogue;
  /** The automated pre-screen's rules (moderation-rules/), loaded once at start. */
  prescreen: PrescreenRules;
  /** Trust X-Forwarded-For from the web server in front (the documented deployment). */
  trustProxy?: boolean;
  now?: () => Date;
}

export type App = ReturnType<typeof createApp>;

export function createApp(deps: AppDeps) {
  const now = deps.now ?? (() => new Date());
  const app = newRouter();

  app.use('*', requestId({ headerName: 'X-Request-Id' }));
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.logger.info('http.request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  // Open data is for anyone to read from any site, without credentials; everything else stays same-origin.
  const ownHeaders = secureHeaders({ crossOriginResourcePolicy: 'same-origin', referrerPolicy: 'strict-origin-when-cross-origin' });
  const openDataHeaders = secureHeaders({ crossOriginResourcePolicy: 'cross-origin', referrerPolicy: 'strict-origin-when-cross-origin' });
  app.use('*', (c, next) => (c.req.path.startsWith('/api/open-data/') ? openDataHeaders(c, next) : ownHeaders(c, next)));
  app.use('/api/open-data/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: ['Link', 'Content-Disposition'] }));
  app.use('*', async (c, next) => {
    c.set('clientIp', clientIp(c, deps.trustProxy ?? true));
    await next();
  });
  // Browsers send Origin (or Sec-Fetch-Site) with every state-changing request: any other site is refused.
  app.use('*', async (c, next) => {
    if (!/^(GET|HEAD|OPTIONS)$/.test(c.req.method)) {
      const origin = c.req.header('origin');
      const fetchSite = c.req.header('sec-fetch-site');
      const allowed = origin ? deps.config.allowedOrigins.includes(origin) : fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
      if (!allowed) throw new Forbidden('Dit verzoek komt niet van deze website en is geweigerd.');
    }
    await next();
  });
  const limitBody = bodyLimit({
    maxSize: deps.config.bodyLimitBytes,
    onError: () => {
      throw new AppError(413, 'payload_too_large', `Het verzoek is te groot (maximaal ${Math.round(deps.config.bodyLimitBytes / 1024)} kB).`);
    },
  });
  // No route reads the body of a GET or HEAD; looking for one would build a whole Request per call.
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));
  app.use('*', async (c, next) => {
    c.set('session', null);
    c.set('actor', { kind: 'anonymous' });
    const sessionId = deps.sessions.readCookie(c.req.header('cookie'));
    if (sessionId) {
      const { session, setCookie } = await deps.sessions.validate(sessionId);
      if (setCookie) c.header('Set-Cookie', setCookie, { append: true });
      if (session) {
        c.set('session', { sessionId: session.sessionId, userId: session.userId });
        c.set('actor', { kind: 'user', userId: session.userId, roles: session.roles });
      }
    }
    await next();
  });

  const serviceContext = (c: Context<AppEnv>): ServiceContext => ({
    db: deps.db,
    actor: c.get('actor') as Actor,
    requestId: c.get('requestId'),
    now,
  });
  const searchCache = new SearchCache(deps.config.searchCacheSeconds * 1000, now);
  // Public content changes only through decisions and an author's own review routes: once one of
  // them has succeeded (and so committed), search results are read afresh.
  for (const path of ['/api/moderation/items/*', '/api/reviews/*']) {
    app.use(path, async (c, next) => {
      await next();
      if (c.req.method !== 'GET' && c.res.status < 400) searchCache.clear();
    });
  }
  const routeDeps = { ...deps, now, serviceContext, searchCache };

  app.route('/api', healthRoutes(routeDeps));
  app.route('/api', authRoutes(routeDeps));
  app.route('/api', meRoutes(routeDeps));
  app.route('/api', facilityRoutes(routeDeps));
  app.route('/api', invitationRoutes(routeDeps));
  app.route('/api', inspectionRoutes(routeDeps));
  app.route('/api', reviewRoutes(routeDeps));
  app.route('/api', moderationRoutes(routeDeps));
  app.route('/api', transparencyRoutes(routeDeps));
  app.route('/api', openDataRoutes(routeDeps));
  if (deps.mailTransport.kind === 'mailbox') app.route('/api', devMailboxRoutes(routeDeps));
  app.route('/api', docsRoutes(app));

  app.notFound((c) => c.json({ error: { code: 'not_found', message: `Onbekende route: ${c.req.method} ${c.req.path}` } }, 404));
  app.onError((error, c) => {
    if (error instanceof AppError) {
      if (error instanceof RateLimited) c.header('Retry-After', String(error.retryAfterSeconds));
      return c.json({ error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } }, error.status);
    }
    if (error instanceof HTTPException) {
      // Hono's own errors: malformed JSON bodies and the like.
      const status = error.status as ContentfulStatusCode;
      const message = status === 400 ? 'De inhoud van het verzoek is geen geldige JSON.' : error.message || 'Het verzoek kon niet verwerkt worden.';
      return c.json({ error: { code: status === 400 ? 'invalid_json' : 'http_error', message } }, status);
    }
    deps.logger.error('http.unhandled_error', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return c.json({ error: { code: 'internal', message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' } }, 500);
  });
  return app;
}

export type RouteDeps = AppDeps & {
  now: () => Date;
  serviceContext: (c: Context<AppEnv>) => ServiceContext;
  searchCache: SearchCache;
};

function clientIp(c: Context<AppEnv>, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // requests made in-process (tests) have no socket
  }
}
