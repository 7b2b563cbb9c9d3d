import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases';
import { createTestApi, type TestApi } from '../support/api';
import { json } from '../support/http';

describe.each(databaseKinds)('API conventions (%s)', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(kind);
  });
  afterAll(() => api.close());

  it('reports health and which database it runs on', async () => {
    const res = await api.request('/api/health');
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ status: 'ok', database: kind });
  });

  it('answers malformed JSON with a 400 in the error shape', async () => {
    const res = await api.request('/api/auth/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "x@example.be"',
    });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({ error: { code: 'invalid_json', message: expect.stringMatching(/geen geldige JSON/) } });
  });

  it('answers a body without JSON as a 400 naming the missing field', async () => {
    const res = await api.request('/api/auth/email', { method: 'POST' });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.code).toMatch(/^invalid/);
  });

  it('answers an unknown route with a 404 in the error shape', async () => {
    const res = await api.request('/api/bestaat-niet');
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ error: { code: 'not_found', message: 'Onbekende route: GET /api/bestaat-niet' } });
  });

  it('refuses a request body that is too large with 413', async () => {
    const res = await api.request('/api/auth/email', { json: { email: 'groot@example.be', padding: 'x'.repeat(70 * 1024) } });
    expect(res.status).toBe(413);
    expect((await json(res)).error.code).toBe('payload_too_large');
  });

  it('sends security headers and a request id', async () => {
    const res = await api.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-request-id')).toMatch(/.{8,}/);
  });

  it('documents every route that exists in the OpenAPI document', async () => {
    const res = await api.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json(res);
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(item)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const served = new Set(
      api.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
    );
    expect([...served].sort()).toEqual([...documented].sort());
    expect(documented).toContain('POST /api/auth/email');
    expect(documented).toContain('GET /api/dev/mailbox');
  });

  it('serves a readable API reference', async () => {
    const res = await api.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('/api/auth/verify');
    expect(html).toContain('Log in met de code uit de mail');
  });
});

describe('with an SMTP server configured', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi('pglite', { smtpUrl: 'smtp://127.0.0.1:2525' });
  });
  afterAll(() => api.close());

  it('has no local mailbox route', async () => {
    const res = await api.request('/api/dev/mailbox?to=ouder@example.be');
    expect(res.status).toBe(404);
    const doc = await json(await api.request('/api/openapi.json'));
    expect(Object.keys(doc.paths)).not.toContain('/api/dev/mailbox');
  });
});
