/**
 * Runs the whole platform: the API (which migrates and seeds an empty database) and the web
 * server in front of it. `--dev` runs both in watch mode (tsx watch, vite dev) instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.includes('--dev');
const webPort = process.env.PORT ?? '3000';
const apiPort = process.env.API_PORT ?? '8787';
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${webPort}`;
const apiOrigin = `http://127.0.0.1:${apiPort}`;

const env = {
  ...process.env,
  DATA_DIR: resolve(root, process.env.DATA_DIR ?? '.data'),
  PORT: webPort,
  API_PORT: apiPort,
  PUBLIC_URL: publicUrl,
  // adapter-node assumes https without ORIGIN; the web's public origin is the API's PUBLIC_URL.
  ORIGIN: process.env.ORIGIN ?? new URL(publicUrl).origin,
  API_ORIGIN: apiOrigin,
};

const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, command: string, args: string[], cwd: string): ChildProcess {
  const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\n${name} is gestopt (${signal ?? `code ${code}`}); het platform stopt.`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const pending = children.filter((child) => child.exitCode === null);
  if (pending.length === 0) process.exit(exitCode);
  let left = pending.length;
  for (const child of pending) child.on('exit', () => --left === 0 && process.exit(exitCode));
  setTimeout(() => process.exit(exitCode), 12_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForApi(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(`${apiOrigin}/api/health`);
      if (res.ok) return (await res.json()) as { database: string };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`De API antwoordde niet binnen ${timeoutMs / 1000} seconden op ${apiOrigin}/api/health.`);
}

const tsx = resolve(root, 'node_modules/.bin/tsx');
run('De API', tsx, dev ? ['watch', 'src/server.ts'] : ['src/server.ts'], resolve(root, 'apps/api'));

try {
  // The first start migrates and seeds the demo data, which takes a little while.
  const health = await waitForApi(180_000);
  if (dev) run('De webserver', resolve(root, 'node_modules/.bin/vite'), ['dev'], resolve(root, 'apps/web'));
  else run('De webserver', process.execPath, ['build'], resolve(root, 'apps/web'));
  console.log(
    [
      '',
      `Zorgwaardering Vlaanderen draait op ${publicUrl}`,
      `  API:       ${publicUrl}/api (rechtstreeks op ${apiOrigin}/api), referentie op ${publicUrl}/api/docs`,
      `  Databank:  ${health.database === 'pglite' ? `ingebouwd (PGlite) in ${env.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}`,
      process.env.SMTP_URL ? '  Mail:      via SMTP_URL' : `  Mail:      lokale mailbox op ${publicUrl}/dev/mailbox (inlogcodes staan daar)`,
      '  Demo:      ouder@demo.test, redactie@demo.test, voorziening@demo.test, beheer@demo.test, ...',
      '',
    ].join('\n'),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  stop(1);
}
