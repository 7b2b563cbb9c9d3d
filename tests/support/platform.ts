import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Page } from 'playwright-core';
import { buildDeps, createApp, silentLogger, type AppDeps } from '@zorgwaardering/api';
import { openTestDatabase, type TestDatabase } from './databases';
import { testConfig } from './api';

const webBuild = fileURLToPath(new URL('../../apps/web/build', import.meta.url));

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitFor(url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface RunningPlatform {
  webUrl: string;
  database: TestDatabase;
  deps: AppDeps;
  close(): Promise<void>;
}

/** The API on a PGlite database and the built web server in front of it, as `pnpm start` runs them. */
export async function startPlatform(): Promise<RunningPlatform> {
  if (!existsSync(webBuild)) throw new Error('apps/web/build is missing: `pnpm test` builds it first (pnpm build).');
  const database = await openTestDatabase('pglite');
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const webUrl = `http://localhost:${webPort}`;
  const deps = await buildDeps(database, testConfig({ publicUrl: webUrl, allowedOrigins: [webUrl] }), silentLogger);
  const app = createApp(deps);
  const api: ServerType = serve({ fetch: app.fetch, port: apiPort, hostname: '127.0.0.1' });
  deps.outbox.start(500);

  const web: ChildProcess = spawn(process.execPath, [webBuild], {
    env: { ...process.env, PORT: String(webPort), HOST: '127.0.0.1', ORIGIN: webUrl, API_ORIGIN: `http://127.0.0.1:${apiPort}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`${webUrl}/`);

  return {
    webUrl,
    database,
    deps,
    async close() {
      web.kill('SIGTERM');
      await new Promise<void>((resolve) => api.close(() => resolve()));
      await deps.outbox.stop();
      await database.close();
    },
  };
}

/** Debian's Chromium, or CHROME_PATH; null when neither is there (CI sets REQUIRE_BROWSER and fails instead). */
export function chromiumPath(): string | null {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.env.REQUIRE_BROWSER) throw new Error(`Chromium not found at ${path}: install Debian's chromium or set CHROME_PATH`);
  return null;
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * On the sign-in page: asks for a code for `email`, reads it from the dev mailbox in a second tab
 * and signs in with it, as a person would. Works with and without JavaScript.
 */
export async function signInWithMailboxCode(page: Page, webUrl: string, email: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: /code/i }).click();
  const codeField = page.getByLabel(/code/i).first();
  await codeField.waitFor();
  const mailbox = await page.context().newPage();
  await mailbox.goto(`${webUrl}/dev/mailbox?to=${encodeURIComponent(email)}`);
  const code = (await mailbox.getByTestId('mail-code').first().textContent())?.trim() ?? '';
  await mailbox.close();
  if (!/^\d{6}$/.test(code)) throw new Error(`No sign-in code for ${email} in the dev mailbox`);
  await codeField.fill(code);
  await page.getByRole('button', { name: /inloggen/i }).click();
}

/**
 * Signs in to the running platform's API through its web origin, as a script would: asks for a
 * code, reads it from the dev mailbox and returns the session cookie (name=value).
 */
export async function apiSignIn(platform: RunningPlatform, email: string): Promise<string> {
  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${platform.webUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: platform.webUrl, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const asked = await post('/api/auth/email', { email });
  if (asked.status !== 200) throw new Error(`code request for ${email} failed: ${asked.status}`);
  await platform.deps.outbox.drain();
  const mailbox = (await (await fetch(`${platform.webUrl}/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
    messages: { code: string | null }[];
  };
  const code = mailbox.messages.find((message) => message.code)?.code;
  if (!code) throw new Error(`no sign-in code for ${email}`);
  const verified = await post('/api/auth/verify', { email, code });
  const cookie = verified.headers
    .getSetCookie()
    .map((header) => header.split(';')[0]!)
    .find((pair) => pair.split('=')[1]);
  if (verified.status !== 200 || !cookie) throw new Error(`sign-in for ${email} failed: ${verified.status}`);
  return cookie;
}

/** Sends a JSON request to the running platform's API with a session cookie and the web's Origin. */
export function apiRequest(platform: RunningPlatform, cookie: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${platform.webUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', origin: platform.webUrl, cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
