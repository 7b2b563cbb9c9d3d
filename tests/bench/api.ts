/**
 * pnpm bench:api: the public API and the server-rendered facility page under load, on PostgreSQL
 * with 15,000 facilities and 1,000,000 published reviews. Starts the real API and web server as
 * separate processes, measures throughput and latency with autocannon (32 connections) against
 * the health endpoint of the same run, the time to first byte of the facility page, and the
 * JavaScript that page ships. The endpoints take turns in rounds (health, facility, reviews,
 * search, and again), so each is compared with a health measurement taken moments before, on a
 * machine whose speed drifts; the table shows each endpoint's median round.
 *
 * Flags: --reuse (keep the database of an earlier run), --facilities N, --reviews N,
 * --rounds N, --duration S (per endpoint and round), --connections N, --no-web (API only).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { facilityPath } from '@zorgwaardering/core';
import { openDatabase, rowsOf, type DatabaseHandle } from '@zorgwaardering/db';
import { isDatabaseEmpty, seedDemo } from '@zorgwaardering/db/seed';
import { freshBenchDatabase, summarise } from './support';

const DATABASE = 'zorgwaardering_bench_api';
const root = fileURLToPath(new URL('../..', import.meta.url));

const TARGETS = {
  facilityP99Ms: 25,
  facilityShareOfHealth: 0.4,
  searchP99Ms: 50,
  pageJsKb: 60,
};

interface Options {
  reuse: boolean;
  facilities: number;
  reviews: number;
  rounds: number;
  duration: number;
  connections: number;
  web: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = { reuse: false, facilities: 15_000, reviews: 1_000_000, rounds: 3, duration: 5, connections: 32, web: true };
  const rest = args.filter((arg) => arg !== '--');
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--reuse') options.reuse = true;
    else if (flag === '--no-web') options.web = false;
    else if (flag === '--facilities' || flag === '--reviews' || flag === '--rounds' || flag === '--duration' || flag === '--connections') {
      const value = Number(inline ?? rest.shift());
      if (!Number.isSafeInteger(value) || value < (flag === '--reviews' ? 0 : 1)) throw new Error(`${flag} needs a whole number`);
      options[flag.slice(2) as 'facilities' | 'reviews' | 'rounds' | 'duration' | 'connections'] = value;
    } else {
      throw new Error(`Unknown argument ${arg}. Usage: pnpm bench:api [--reuse] [--facilities N] [--reviews N] [--rounds N] [--duration S] [--connections N] [--no-web]`);
    }
  }
  return options;
}

const options = parseOptions(process.argv.slice(2));
const log = (line: string) => process.stderr.write(`${line}\n`);
const number = (value: number, digits = 0) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// ---------------------------------------------------------------- processes

const children: ChildProcess[] = [];
const workDir = mkdtempSync(join(os.tmpdir(), 'zw-bench-api-'));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node args` with its output in a log file; rejects when it exits before `ready` resolves. */
function start(name: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; logFile: string; exited: Promise<never> } {
  const logFile = join(workDir, `${name}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', out, out] });
  children.push(child);
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`${name} stopped (${signal ?? `code ${code}`}); its log:\n${tail(logFile)}`)));
  });
  exited.catch(() => {});
  return { child, logFile, exited };
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitFor(url: string, exited: Promise<never>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const poll = async () => {
    while (Date.now() < deadline) {
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status < 500) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`No answer from ${url} within ${timeoutMs / 1000} s`);
  };
  await Promise.race([poll(), exited]);
}

async function stopAll(): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void stopAll().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- database

async function databaseUrl(): Promise<string> {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (!options.reuse) return freshBenchDatabase(DATABASE);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${DATABASE}`;
  if (!exists) await admin.unsafe(`create database ${DATABASE}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function seedIfEmpty(handle: DatabaseHandle): Promise<void> {
  if (!(await isDatabaseEmpty(handle.db))) {
    const [counts] = rowsOf<{ facilities: number; reviews: number }>(
      await handle.db.execute(sql`select (select count(*) from facilities)::int as facilities, (select count(*) from reviews)::int as reviews`),
    );
    log(`Reusing ${DATABASE}: ${number(counts!.facilities)} facilities, ${number(counts!.reviews)} reviews.`);
    return;
  }
  log(`Seeding ${number(options.facilities)} facilities and ${number(options.reviews)} published reviews…`);
  const started = performance.now();
  let lastTenth = -1;
  let lastStage = '';
  await seedDemo(handle.db, {
    facilities: options.facilities,
    reviews: options.reviews,
    onProgress: (done, total, stage) => {
      const tenth = Math.floor((done / total) * 10);
      if (tenth > lastTenth || stage !== lastStage) {
        log(`  ${Math.floor((done / total) * 100)}% (${stage}, ${Math.round((performance.now() - started) / 1000)} s)`);
        lastTenth = tenth;
        lastStage = stage;
      }
    },
  });
  // Measure the steady state, not the aftermath of the bulk load: autovacuum has not yet marked the
  // new pages all-visible (index-only scans would visit the heap) nor written them out.
  await handle.db.execute(sql`vacuum analyze`);
  await handle.db.execute(sql`checkpoint`);
  log(`  seeded in ${number((performance.now() - started) / 1000, 1)} s`);
}

/** Facilities with reviews, in a fixed pseudo-random order. */
async function sampleFacilities(handle: DatabaseHandle, limit: number): Promise<{ id: number; name: string }[]> {
  return rowsOf<{ id: number; name: string }>(
    await handle.db.execute(sql`select id, name from facilities where review_count > 0 order by md5(id::text) limit ${limit}`),
  );
}

/** Search terms: names and municipalities as people type them, a third of them misspelt. */
async function searchTerms(handle: DatabaseHandle): Promise<string[]> {
  const fixed = ['speelvogel', 'speelvogl', 'gent', 'antwerpen', 'antwerpn', 'leuven', 'brugge', 'brugee', 'hasselt', 'haselt',
    'mechelen', 'mechlen', 'kortrijk', 'regenboog', 'regenbog', 'kabouterhuisje', 'ter linde', 'sint-jozef', 'sint jozef',
    'woonzorgcentrum', 'okkernoot', 'het kompas', 'boomhutt', 'ocmw', '9000', '2000', 'roeselaere', 'turnhout', 'tournhout'];
  const rows = rowsOf<{ name: string; municipality: string }>(
    await handle.db.execute(sql`select name, municipality from facilities order by md5(id::text) limit 60`),
  );
  const misspell = (word: string, k: number) => {
    if (word.length < 5) return word;
    const at = 1 + (k % (word.length - 2));
    return k % 2 === 0 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  };
  const sampled = rows.flatMap((row, k) => {
    const distinctive = row.name.split(' ').slice(1).join(' ').toLowerCase();
    const term = k % 2 === 0 ? distinctive : row.municipality.toLowerCase();
    return [k % 3 === 0 ? misspell(term, k) : term];
  });
  return [...fixed, ...sampled].filter((term) => term.trim().length >= 3);
}

// ---------------------------------------------------------------- load

interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** Throughput as a share of the health endpoint's in the same round. */
  share?: number;
  /** Over all rounds: the lowest and highest share of health and p99. */
  spread?: { share: [number, number]; p99: [number, number] };
}

interface Endpoint {
  name: string;
  base: string;
  paths: string[];
}

async function load(name: string, base: string, paths: string[], run: { duration: number } | { amount: number }): Promise<Measured> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections,
    ...run,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** One pass over every path (at least 2,000 requests): the runs measure the steady state, not first reads from disk. */
async function warmUp({ name, base, paths }: Endpoint): Promise<void> {
  log(`  ${name}: warm-up…`);
  await load(name, base, paths, { amount: Math.max(paths.length, 2000) });
}

/**
 * The endpoints in turns, the health endpoint first in every round; per endpoint its median round
 * by share of that round's health throughput, with the spread over all rounds.
 */
async function measureInRounds(endpoints: Endpoint[]): Promise<Measured[]> {
  const rounds: Measured[][] = [];
  for (let round = 1; round <= options.rounds; round++) {
    log(`  round ${round} of ${options.rounds}: ${options.duration} s per endpoint…`);
    const measured: Measured[] = [];
    for (const { name, base, paths } of endpoints) measured.push(await load(name, base, paths, { duration: options.duration }));
    for (const m of measured) m.share = m.rps / measured[0]!.rps;
    rounds.push(measured);
  }
  return endpoints.map((_, i) => {
    const all = rounds.map((round) => round[i]!);
    const byShare = [...all].sort((a, b) => a.share! - b.share! || a.rps - b.rps);
    const median = byShare[Math.floor((byShare.length - 1) / 2)]!;
    const range = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];
    return {
      ...median,
      non2xx: all.reduce((sum, m) => sum + m.non2xx, 0),
      errors: all.reduce((sum, m) => sum + m.errors, 0),
      spread: { share: range(all.map((m) => m.share!)), p99: range(all.map((m) => m.p99)) },
    };
  });
}

// ---------------------------------------------------------------- web page

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<{ status: number; ttfb: number; total: number; body: Buffer; link: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, { agent }, (res) => {
        const ttfb = performance.now() - started;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ttfb, total: performance.now() - started, body: Buffer.concat(chunks), link: String(res.headers.link ?? '') }),
        );
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * The JavaScript of the initial load: the modulepreload links (SvelteKit sends them in the Link
 * header when they fit, else as <link> tags), the bootstrap script's imports, and the static
 * imports inside those files.
 */
async function shippedJavaScript(pageUrl: string): Promise<{ files: number; rawBytes: number; gzipBytes: number }> {
  const response = await get(pageUrl);
  const html = response.body.toString('utf8');
  const queue: string[] = [];
  for (const [, href] of response.link.matchAll(/<([^>]+)>\s*;[^,]*\brel="?modulepreload"?/g)) queue.push(href!);
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (/\brel=["']?modulepreload/.test(tag)) queue.push(/\bhref=["']([^"']+)["']/.exec(tag)?.[1] ?? '');
  }
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc=["']([^"']+)["']/.exec(attributes ?? '')?.[1];
    if (src) queue.push(src);
    for (const [, specifier] of (body ?? '').matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) queue.push(specifier!);
  }
  const seen = new Set<string>();
  let rawBytes = 0;
  let gzipBytes = 0;
  const origin = new URL(pageUrl).origin;
  for (let i = 0; i < queue.length; i++) {
    if (!queue[i]) continue;
    const url = new URL(queue[i]!, pageUrl);
    const href = url.href;
    if (url.origin !== origin || seen.has(href)) continue;
    seen.add(href);
    const res = await get(href);
    if (res.status !== 200) throw new Error(`${href}: ${res.status}`);
    rawBytes += res.body.length;
    gzipBytes += gzipSync(res.body).length;
    const code = res.body.toString('utf8');
    // Static imports only: `import ... from "x"`, `export ... from "x"`, `import "x"`; dynamic import() loads later.
    for (const [, specifier] of code.matchAll(/\bfrom\s*["']([^"']+\.js)["']/g)) queue.push(new URL(specifier!, href).href);
    for (const [, specifier] of code.matchAll(/\bimport\s*["']([^"']+\.js)["']/g)) queue.push(new URL(specifier!, href).href);
  }
  return { files: seen.size, rawBytes, gzipBytes };
}

// ---------------------------------------------------------------- run

const loadBefore = os.loadavg();
const results: Measured[] = [];
let page: { n: number; ttfbP50: number; ttfbP99: number; totalP50: number; totalP99: number } | null = null;
let javascript: { files: number; rawBytes: number; gzipBytes: number } | null = null;

try {
  const url = await databaseUrl();
  const handle = await openDatabase({ databaseUrl: url, maxConnections: 2 });
  let facilitiesWithReviews: { id: number; name: string }[];
  let terms: string[];
  try {
    await handle.migrate();
    await seedIfEmpty(handle);
    facilitiesWithReviews = await sampleFacilities(handle, options.facilities);
    terms = await searchTerms(handle);
  } finally {
    await handle.close();
  }
  if (facilitiesWithReviews.length === 0) throw new Error('No facility has reviews: seed with --reviews N');

  const apiPort = await freePort();
  const webPort = await freePort();
  const webOrigin = `http://127.0.0.1:${webPort}`;
  const apiBase = `http://127.0.0.1:${apiPort}`;
  const common = { ...process.env, NODE_ENV: 'production', PORT: String(webPort), PUBLIC_URL: webOrigin, DATA_DIR: workDir };
  log('Starting the API…');
  const apiEnv = {
    ...common,
    DATABASE_URL: url,
    API_HOST: '127.0.0.1',
    OUTBOX_WORKER: 'false',
    SEED_DEMO: 'false',
    // API, PostgreSQL and the load share two cores: more connections only make the backends compete.
    DATABASE_POOL_SIZE: '4',
    APP_SECRET: `bench-${'x'.repeat(40)}`,
  };
  const api = start('api', ['--import', 'tsx', 'apps/api/src/server.ts'], { ...apiEnv, API_PORT: String(apiPort) });
  await waitFor(`${apiBase}/api/health`, api.exited, 120_000);

  const ids = facilitiesWithReviews.map((f) => f.id);
  log(`Load: ${options.connections} connections, ${options.rounds} rounds of ${options.duration} s per endpoint, ${number(ids.length)} facilities with reviews, ${terms.length} search terms`);
  const searches = terms.map((q) => `/api/facilities?q=${encodeURIComponent(q)}`);
  const endpoints: Endpoint[] = [
    { name: 'GET /api/health', base: apiBase, paths: ['/api/health'] },
    { name: 'GET /api/facilities/{id}', base: apiBase, paths: ids.map((id) => `/api/facilities/${id}`) },
    { name: 'GET /api/facilities/{id}/reviews', base: apiBase, paths: ids.map((id) => `/api/facilities/${id}/reviews`) },
    { name: 'GET /api/facilities?q=…', base: apiBase, paths: searches },
  ];
  for (const endpoint of endpoints) await warmUp(endpoint);
  results.push(...(await measureInRounds(endpoints)));

  // Search again with every query run on the database (SEARCH_CACHE_SECONDS=0), for reference.
  log('Starting the API without its memory of search results…');
  const uncachedPort = await freePort();
  const uncachedBase = `http://127.0.0.1:${uncachedPort}`;
  const uncached = start('api-uncached', ['--import', 'tsx', 'apps/api/src/server.ts'], { ...apiEnv, API_PORT: String(uncachedPort), SEARCH_CACHE_SECONDS: '0' });
  await waitFor(`${uncachedBase}/api/health`, uncached.exited, 120_000);
  const uncachedSearch = { name: 'GET /api/facilities?q=…, no cache', base: uncachedBase, paths: searches };
  await warmUp(uncachedSearch);
  results.push(await load(uncachedSearch.name, uncachedSearch.base, uncachedSearch.paths, { duration: options.duration }));

  if (options.web) {
    if (!existsSync(join(root, 'apps/web/build/index.js'))) {
      log('Building the web app…');
      execFileSync('pnpm', ['--filter', '@zorgwaardering/web', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    }
    log('Starting the web server…');
    const web = start('web', ['apps/web/build'], { ...common, HOST: '127.0.0.1', ORIGIN: webOrigin, API_ORIGIN: apiBase });
    await waitFor(`${webOrigin}/`, web.exited, 60_000);

    const pages = facilitiesWithReviews.map((f) => `${webOrigin}${facilityPath(f)}`);
    for (let i = 0; i < 20; i++) await get(pages[i % pages.length]!);
    const ttfb: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < 200; i++) {
      const res = await get(pages[i % pages.length]!);
      if (res.status !== 200) throw new Error(`${pages[i % pages.length]}: ${res.status}`);
      ttfb.push(res.ttfb);
      total.push(res.total);
    }
    const t = summarise(ttfb);
    const w = summarise(total);
    page = { n: t.n, ttfbP50: t.p50, ttfbP99: t.p99, totalP50: w.p50, totalP99: w.p99 };
    javascript = await shippedJavaScript(pages[0]!);
  }
} finally {
  agent.destroy();
  await stopAll();
  rmSync(workDir, { recursive: true, force: true });
}

const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const targetOf = (r: Measured): [string, string] => {
  if (r.name.endsWith(', no cache')) return ['(reference: the database every time)', ''];
  if (r.name.startsWith('GET /api/facilities?')) return [`p99 < ${TARGETS.searchP99Ms} ms`, mark(r.p99 < TARGETS.searchP99Ms)];
  if (r.name.startsWith('GET /api/facilities/')) {
    const ok = r.p99 < TARGETS.facilityP99Ms && r.share! >= TARGETS.facilityShareOfHealth;
    return [`p99 < ${TARGETS.facilityP99Ms} ms, >= ${TARGETS.facilityShareOfHealth * 100}% of health`, mark(ok)];
  }
  return ['(reference)', ''];
};

const percent = (share: number) => `${number(share * 100)}%`;
const table: string[][] = [['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'of health', 'non-2xx', 'all rounds: of health, p99 ms', 'target', '']];
for (const r of results) {
  const spread = r.spread ? `${percent(r.spread.share[0])}–${percent(r.spread.share[1])}, ${number(r.spread.p99[0], 1)}–${number(r.spread.p99[1], 1)}` : '';
  table.push([r.name, number(r.rps), number(r.p50, 1), number(r.p99, 1), r.share === undefined ? '' : percent(r.share), String(r.non2xx + r.errors), spread, ...targetOf(r)]);
}
if (page) {
  table.push([`web: facility page, ${page.n} sequential`, '', number(page.ttfbP50, 1), number(page.ttfbP99, 1), '', '', '', 'time to first byte', '']);
  table.push(['web: facility page, whole response', '', number(page.totalP50, 1), number(page.totalP99, 1), '', '', '', '', '']);
}
if (javascript) {
  const kb = javascript.gzipBytes / 1000;
  table.push([
    `web: JavaScript, ${javascript.files} files`,
    '',
    '',
    '',
    '',
    '',
    '',
    `${number(kb, 1)} kB gzip (${number(javascript.rawBytes / 1000, 1)} kB raw), target < ${TARGETS.pageJsKb} kB`,
    mark(kb < TARGETS.pageJsKb),
  ]);
}
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
const right = new Set([1, 2, 3, 4, 5]);
console.log(
  `\nAPI and facility page on PostgreSQL (${number(options.facilities)} facilities, ${number(options.reviews)} reviews), ${options.connections} connections; per endpoint its median of ${options.rounds} rounds of ${options.duration} s, each next to the health endpoint in the same round:\n`,
);
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
const loadAfter = os.loadavg();
console.log(
  `\nLoad average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after (1, 5, 15 min; ${os.cpus().length} cores).`,
);
