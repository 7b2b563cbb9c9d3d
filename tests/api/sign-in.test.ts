import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@zorgwaardering/db';
import { databaseKinds } from '../support/databases';
import { createTestApi, sessionCookie, type TestApi } from '../support/api';
import { json } from '../support/http';

describe.each(databaseKinds)('sign-in by e-mail (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    api.clock.reset();
    await api.database.reset();
  });

  const askCode = (email: string, ip?: string) => api.request('/api/auth/email', { json: { email }, ...(ip ? { ip } : {}) });
  const verify = (email: string, code: string) => api.request('/api/auth/verify', { json: { email, code } });

  describe('happy path', () => {
    it('mails a code and a link, signs in with the code, and creates the account on first use', async () => {
      const asked = await askCode('  Nieuwe.Ouder@Example.be ');
      expect(asked.status).toBe(200);
      const body = await json(asked);
      expect(body.message).toContain('nieuwe.ouder@example.be');
      expect(new Date(body.expiresAt).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);

      const mail = await api.latestMail('nieuwe.ouder@example.be');
      expect(mail.code).toMatch(/^\d{6}$/);
      expect(mail.text).toContain(mail.code!);
      expect(mail.link).toMatch(/^http:\/\/localhost:3000\/inloggen\/link\?token=[\w-]{40,}$/);
      expect(mail.text).toContain(mail.link!);

      const res = await verify('nieuwe.ouder@example.be', mail.code!);
      expect(res.status).toBe(200);
      const { user } = await json(res);
      expect(user).toMatchObject({ email: 'nieuwe.ouder@example.be', roles: ['parent'], memberships: [] });
      const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('zw_sessie='))!;
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect(setCookie).not.toMatch(/Secure/i); // only in production

      const me = await api.request('/api/me', { cookie: sessionCookie(res)! });
      expect(me.status).toBe(200);
      expect(await json(me)).toMatchObject({ id: user.id, email: 'nieuwe.ouder@example.be', displayName: 'nieuwe.ouder@example.be' });
    });

    it('signs an existing account in again without creating a second one', async () => {
      await api.signIn('ouder@example.be');
      await api.signIn('ouder@example.be');
      const rows = await api.database.db.select().from(users).where(eq(users.email, 'ouder@example.be'));
      expect(rows).toHaveLength(1);
    });

    it('reports the roles and name of an editor', async () => {
      await api.database.db.insert(users).values({ email: 'redactie@example.be', firstName: 'Lotte', lastName: 'Peeters', roles: ['editor'] });
      const cookie = await api.signIn('redactie@example.be');
      const me = await json(await api.request('/api/me', { cookie }));
      expect(me).toMatchObject({ displayName: 'Lotte Peeters', roles: ['parent', 'editor'] });
    });

    it('signs in with the link from the mail, once', async () => {
      await askCode('link@example.be');
      const { link } = await api.latestMail('link@example.be');
      const token = new URL(link!).searchParams.get('token')!;
      const res = await api.request('/api/auth/link', { json: { token } });
      expect(res.status).toBe(200);
      expect((await json(res)).user.email).toBe('link@example.be');
      expect(sessionCookie(res)).toMatch(/^zw_sessie=.+/);

      const again = await api.request('/api/auth/link', { json: { token } });
      expect(again.status).toBe(400);
      expect((await json(again)).error.code).toBe('code_used');
    });

    it('signs out: the session no longer works and the cookie is cleared', async () => {
      const cookie = await api.signIn('weg@example.be');
      const out = await api.request('/api/auth/signout', { method: 'POST', cookie });
      expect(out.status).toBe(204);
      expect(sessionCookie(out)).toBe('zw_sessie=');
      const me = await api.request('/api/me', { cookie });
      expect(me.status).toBe(401);
      expect((await json(me)).error.code).toBe('unauthorized');
    });
  });

  describe('refused codes', () => {
    it('refuses a wrong code with a clear message, and the right code still works after it', async () => {
      await askCode('fout@example.be');
      const { code } = await api.latestMail('fout@example.be');
      const wrong = code === '000000' ? '111111' : '000000';
      const res = await verify('fout@example.be', wrong);
      expect(res.status).toBe(400);
      const { error } = await json(res);
      expect(error.code).toBe('invalid_code');
      expect(error.message).toMatch(/code klopt niet/);
      expect(sessionCookie(res)).toBeNull();
      expect((await verify('fout@example.be', code!)).status).toBe(200);
    });

    it('locks a code after five wrong attempts', async () => {
      await askCode('raden@example.be');
      const { code } = await api.latestMail('raden@example.be');
      const wrong = code === '000000' ? '111111' : '000000';
      for (let i = 0; i < 5; i++) expect((await verify('raden@example.be', wrong)).status).toBe(400);
      const res = await verify('raden@example.be', code!);
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe('too_many_attempts');
    });

    it('refuses a code after 15 minutes', async () => {
      await askCode('laat@example.be');
      const { code } = await api.latestMail('laat@example.be');
      api.clock.advance(15 * 60_000 + 1000);
      const res = await verify('laat@example.be', code!);
      expect(res.status).toBe(400);
      const { error } = await json(res);
      expect(error.code).toBe('code_expired');
      expect(error.message).toMatch(/verlopen/);
    });

    it('refuses a code that was already used', async () => {
      await askCode('twee@example.be');
      const { code } = await api.latestMail('twee@example.be');
      expect((await verify('twee@example.be', code!)).status).toBe(200);
      const res = await verify('twee@example.be', code!);
      expect(res.status).toBe(400);
      expect((await json(res)).error.code).toBe('code_used');
    });

    it('accepts only the newest code once a new one is asked', async () => {
      await askCode('nieuw@example.be');
      const first = (await api.latestMail('nieuw@example.be')).code!;
      await askCode('nieuw@example.be');
      const second = (await api.latestMail('nieuw@example.be')).code!;
      if (first !== second) expect((await verify('nieuw@example.be', first)).status).toBe(400);
      expect((await verify('nieuw@example.be', second)).status).toBe(200);
    });

    it('signs in only once when the same code is sent twice at the same moment', async () => {
      await askCode('dubbel@example.be');
      const { code } = await api.latestMail('dubbel@example.be');
      const results = await Promise.all([verify('dubbel@example.be', code!), verify('dubbel@example.be', code!)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 400]);
    });
  });

  describe('rate limits', () => {
    it('answers 429 to the sixth request for one address within a minute', async () => {
      for (let i = 0; i < 5; i++) expect((await askCode('veel@example.be')).status).toBe(200);
      const res = await askCode('veel@example.be');
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('60');
      const { error } = await json(res);
      expect(error.code).toBe('rate_limited');
      expect(error.message).toMatch(/te veel codes/i);
      // another address is not affected, and a minute later this one works again
      expect((await askCode('ander@example.be')).status).toBe(200);
      api.clock.advance(61_000);
      expect((await askCode('veel@example.be')).status).toBe(200);
    });

    it('limits requests from one IP address across many addresses', async () => {
      for (let i = 0; i < 30; i++) expect((await askCode(`adres${i}@example.be`, '203.0.113.9')).status).toBe(200);
      expect((await askCode('nog-een@example.be', '203.0.113.9')).status).toBe(429);
      expect((await askCode('nog-een@example.be', '198.51.100.7')).status).toBe(200);
    });

    it('holds the limit when requests arrive at the same time', async () => {
      const results = await Promise.all(Array.from({ length: 8 }, () => askCode('tegelijk@example.be')));
      expect(results.filter((r) => r.status === 200)).toHaveLength(5);
      expect(results.filter((r) => r.status === 429)).toHaveLength(3);
    });
  });

  describe('bad input', () => {
    it('names the field of an invalid e-mail address', async () => {
      const res = await askCode('geen-adres');
      expect(res.status).toBe(400);
      const { error } = await json(res);
      expect(error.code).toBe('invalid');
      expect(error.details).toEqual([{ path: 'email', message: 'Dit is geen geldig e-mailadres' }]);
    });

    it('names the field of a malformed code and a missing address', async () => {
      const res = await api.request('/api/auth/verify', { json: { code: '12ab' } });
      expect(res.status).toBe(400);
      const paths = (await json(res)).error.details.map((d: { path: string }) => d.path).sort();
      expect(paths).toEqual(['code', 'email']);
    });

    it('refuses a sign-in request from another website', async () => {
      const res = await api.request('/api/auth/email', { json: { email: 'x@example.be' }, headers: { origin: 'https://kwaadaardig.example' } });
      expect(res.status).toBe(403);
      expect((await json(res)).error.code).toBe('forbidden');
    });

    it('ignores an unknown or forged session cookie', async () => {
      const res = await api.request('/api/me', { cookie: 'zw_sessie=verzonnen' });
      expect(res.status).toBe(401);
      expect(sessionCookie(res)).toBe('zw_sessie=');
    });
  });
});
