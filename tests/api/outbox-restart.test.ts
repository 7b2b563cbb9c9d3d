import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/platform';
import { json } from '../support/http';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The real API process, as `pnpm start` runs it, on a data folder of its own. */
function startApi(env: Record<string, string>): ChildProcess {
  // One node process with tsx's loader (the tsx command would put a second process in between, which a kill would miss).
  return spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForHealth(base: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the API did not start');
}

describe('mail survives a crash between a decision and its sending', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zw-outbox-'));
  let api: ChildProcess | undefined;
  afterAll(() => {
    api?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends the decision mail exactly once after the API is killed and restarted', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const origin = 'http://localhost:3999';
    const env = { API_PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: origin, SEED_DEMO: 'true', APP_SECRET: 'a'.repeat(40) };
    const post = (path: string, body: unknown, cookie?: string) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const signIn = async (email: string) => {
      await post('/api/auth/email', { email });
      const { messages } = await json(await fetch(`${base}/api/dev/mailbox?to=${email}`));
      const res = await post('/api/auth/verify', { email, code: messages[0].code });
      return res.headers.getSetCookie()[0]!.split(';')[0]!;
    };

    // 1. An API that commits but does not send (its mail worker is off).
    api = startApi({ ...env, OUTBOX_WORKER: 'false' });
    await waitForHealth(base);
    const parent = await signIn('ouder@demo.test');
    const editor = await signIn('redactie@demo.test');
    const { items } = await json(await fetch(`${base}/api/facilities?q=Speelvogel`));
    const month = new Date().toISOString().slice(0, 7);
    const submitted = await post(
      '/api/reviews',
      {
        facilityId: items[0].id,
        ratings: { communicatie: 5, respect: 5, inspraak: 4, veiligheid: 5 },
        text: 'Onze dochter is hier graag. De begeleiders vertellen elke dag hoe het ging en nemen de tijd voor ons.',
        relationship: 'ouder',
        periodFrom: month,
        periodTo: month,
      },
      parent,
    );
    expect(submitted.status).toBe(201);
    const queue = await json(await fetch(`${base}/api/moderation/queue`, { headers: { cookie: editor } }));
    const item = queue.items[0];
    expect((await post(`/api/moderation/items/${item.id}/claim`, {}, editor)).status).toBe(200);
    expect((await post(`/api/moderation/items/${item.id}/decision`, { decision: 'publish', version: item.version }, editor)).status).toBe(200);

    // 2. Killed right after the commit, before any mail went out.
    api.kill('SIGKILL');
    await new Promise((resolve) => api!.once('exit', resolve));

    // 3. After a restart the worker sends it, once.
    api = startApi(env);
    await waitForHealth(base);
    const published = async () => {
      const { messages } = await json(await fetch(`${base}/api/dev/mailbox?to=ouder@demo.test`));
      return messages.filter((m: { subject: string }) => m.subject.endsWith('is gepubliceerd'));
    };
    expect(await published()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await published()).toHaveLength(1);
    api.kill('SIGTERM');
    await new Promise((resolve) => api!.once('exit', resolve));
  }, 180_000);
});
