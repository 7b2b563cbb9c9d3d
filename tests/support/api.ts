import { createApp, buildDeps, silentLogger, defaultSignInLimits, type AppConfig, type AppDeps } from '@zorgwaardering/api';
import type { DatabaseKind } from '@zorgwaardering/db';
import { openTestDatabase, type TestDatabase } from './databases';

export const TEST_ORIGIN = 'http://localhost:3000';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    production: false,
    publicUrl: TEST_ORIGIN,
    allowedOrigins: [TEST_ORIGIN],
    secret: 'test-secret-test-secret-test-secret-0123',
    smtpUrl: undefined,
    mailFrom: 'Zorgwaardering Vlaanderen <noreply@zorgwaardering.test>',
    bodyLimitBytes: 64 * 1024,
    // Tests change the database directly and move the clock: they search afresh every time.
    searchCacheSeconds: 0,
    signIn: defaultSignInLimits,
    ...overrides,
  };
}

/** A clock tests can move forward. */
export function testClock(start = new Date()) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
    reset() {
      current = Date.now();
    },
  };
}

export interface TestApi {
  database: TestDatabase;
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  clock: ReturnType<typeof testClock>;
  request(path: string, init?: RequestInit & { json?: unknown; cookie?: string; ip?: string }): Promise<Response>;
  /** Signs in through the real e-mail flow and returns the session cookie (name=value). */
  signIn(email: string): Promise<string>;
  latestMail(to: string): Promise<{ subject: string; text: string; code: string | null; link: string | null }>;
  close(): Promise<void>;
}

export async function createTestApi(kind: DatabaseKind, overrides: Partial<AppConfig> = {}): Promise<TestApi> {
  const database = await openTestDatabase(kind);
  const clock = testClock();
  const deps: AppDeps = { ...(await buildDeps(database, testConfig(overrides), silentLogger)), now: clock.now };
  const app = createApp(deps);

  const request: TestApi['request'] = async (path, init = {}) => {
    const { json, cookie, ip, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined) headers.set('content-type', 'application/json');
    if (cookie) headers.set('cookie', cookie);
    if (ip) headers.set('x-forwarded-for', ip);
    const method = rest.method ?? (json !== undefined ? 'POST' : 'GET');
    if (method !== 'GET' && !headers.has('origin')) headers.set('origin', TEST_ORIGIN);
    return app.request(path, { ...rest, method, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  };

  const latestMail: TestApi['latestMail'] = async (to) => {
    const res = await request(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
    const body = (await res.json()) as { messages: { subject: string; text: string; code: string | null; link: string | null }[] };
    const mail = body.messages[0];
    if (!mail) throw new Error(`no mail for ${to}`);
    return mail;
  };

  return {
    database,
    deps,
    app,
    clock,
    request,
    latestMail,
    async signIn(email) {
      const asked = await request('/api/auth/email', { json: { email } });
      if (asked.status !== 200) throw new Error(`code request failed: ${asked.status} ${await asked.text()}`);
      const { code } = await latestMail(email);
      const res = await request('/api/auth/verify', { json: { email, code } });
      if (res.status !== 200) throw new Error(`verify failed: ${res.status} ${await res.text()}`);
      return sessionCookie(res)!;
    },
    async close() {
      await deps.outbox.stop();
      await database.close();
    },
  };
}

/** The session cookie (name=value) a response sets, or null; an empty value means "cleared". */
export function sessionCookie(res: Response): string | null {
  const cookie = res.headers.getSetCookie().find((value) => value.startsWith('zw_sessie='));
  return cookie ? cookie.split(';')[0]! : null;
}
