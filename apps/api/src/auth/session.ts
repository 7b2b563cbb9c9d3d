/**
 * The project's session module: the only place that knows lucia. Sessions live in the
 * `sessions` table (id, user_id, expires_at), so lucia can be swapped here alone.
 */
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import { Lucia } from 'lucia';
import { sessions, users, type Database } from '@zorgwaardering/db';

export const SESSION_COOKIE_NAME = 'zw_sessie';

export interface SessionInfo {
  sessionId: string;
  userId: string;
}

export interface SessionValidation {
  session: SessionInfo | null;
  /** A Set-Cookie value to send back: a refreshed cookie, or a blank one for an invalid session. */
  setCookie: string | null;
}

export interface SessionStore {
  cookieName: string;
  create(userId: string): Promise<{ session: SessionInfo; setCookie: string }>;
  validate(sessionId: string): Promise<SessionValidation>;
  invalidate(sessionId: string): Promise<void>;
  invalidateAllOf(userId: string): Promise<void>;
  blankCookie(): string;
  readCookie(cookieHeader: string | undefined): string | null;
}

export function createSessionStore(db: Database, options: { secureCookies: boolean }): SessionStore {
  // The adapter is typed for the concrete drizzle drivers; both of ours are PgDatabase instances.
  const adapter = new DrizzlePostgreSQLAdapter(
    db as unknown as ConstructorParameters<typeof DrizzlePostgreSQLAdapter>[0],
    sessions,
    users,
  );
  const lucia = new Lucia(adapter, {
    sessionCookie: {
      name: SESSION_COOKIE_NAME,
      expires: true,
      attributes: { secure: options.secureCookies, sameSite: 'lax' },
    },
  });

  return {
    cookieName: SESSION_COOKIE_NAME,
    async create(userId) {
      const session = await lucia.createSession(userId, {});
      return {
        session: { sessionId: session.id, userId: session.userId },
        setCookie: lucia.createSessionCookie(session.id).serialize(),
      };
    },
    async validate(sessionId) {
      const { session } = await lucia.validateSession(sessionId);
      if (!session) return { session: null, setCookie: lucia.createBlankSessionCookie().serialize() };
      return {
        session: { sessionId: session.id, userId: session.userId },
        setCookie: session.fresh ? lucia.createSessionCookie(session.id).serialize() : null,
      };
    },
    invalidate: (sessionId) => lucia.invalidateSession(sessionId),
    invalidateAllOf: (userId) => lucia.invalidateUserSessions(userId),
    blankCookie: () => lucia.createBlankSessionCookie().serialize(),
    readCookie: (cookieHeader) => lucia.readSessionCookie(cookieHeader ?? ''),
  };
}
