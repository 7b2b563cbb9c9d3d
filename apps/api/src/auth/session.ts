/**
 * The project's session module: the only place that knows lucia. Sessions live in the
 * `sessions` table (id, user_id, expires_at), so lucia can be swapped here alone.
 */
import { DrizzlePostgreSQLAdapter } from '@lucia-auth/adapter-drizzle';
import { eq, sql } from 'drizzle-orm';
import { Lucia, TimeSpan } from 'lucia';
import { rolesOf, type Role } from '@zorgwaardering/core';
import { memberships, sessions, users, type Database } from '@zorgwaardering/db';

export const SESSION_COOKIE_NAME = 'zw_sessie';

export interface SessionInfo {
  sessionId: string;
  userId: string;
}

/** A valid session with what its user may do, read in the same query. */
export interface ValidSession extends SessionInfo {
  roles: Role[];
}

/** A session lasts this long and is extended when less than half of it is left. */
const SESSION_LIFETIME = new TimeSpan(30, 'd');

export interface SessionValidation {
  session: ValidSession | null;
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
    sessionExpiresIn: SESSION_LIFETIME,
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
    // Every signed-in request starts here, so the session, the user's stored roles and whether they
    // represent a facility come in one query (lucia's validateSession would need two more).
    async validate(sessionId) {
      const [row] = await db
        .select({
          expiresAt: sessions.expiresAt,
          userId: users.id,
          roles: users.roles,
          representative: sql<boolean>`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id})`,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.id, sessionId));
      const blank = { session: null, setCookie: lucia.createBlankSessionCookie().serialize() };
      if (!row) return blank;
      const now = Date.now();
      if (row.expiresAt.getTime() <= now) {
        await db.delete(sessions).where(eq(sessions.id, sessionId));
        return blank;
      }
      let setCookie: string | null = null;
      if (row.expiresAt.getTime() - now < SESSION_LIFETIME.milliseconds() / 2) {
        await db
          .update(sessions)
          .set({ expiresAt: new Date(now + SESSION_LIFETIME.milliseconds()) })
          .where(eq(sessions.id, sessionId));
        setCookie = lucia.createSessionCookie(sessionId).serialize();
      }
      return { session: { sessionId, userId: row.userId, roles: rolesOf(row.roles, Boolean(row.representative)) }, setCookie };
    },
    invalidate: (sessionId) => lucia.invalidateSession(sessionId),
    invalidateAllOf: (userId) => lucia.invalidateUserSessions(userId),
    blankCookie: () => lucia.createBlankSessionCookie().serialize(),
    readCookie: (cookieHeader) => lucia.readSessionCookie(cookieHeader ?? ''),
  };
}
