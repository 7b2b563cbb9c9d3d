/**
 * pnpm bench:queue: the editorial desk with 100,000 pending items on PostgreSQL. Measures queue
 * listing, claiming, taking the next item and deciding, through the API (in process).
 */
import { sql } from 'drizzle-orm';
import { openDatabase, users } from '@zorgwaardering/db';
import { seedDemo } from '@zorgwaardering/db/seed';
import { buildDeps, createApp, silentLogger, configFromEnv } from '@zorgwaardering/api';
import { freshBenchDatabase, summarise, time } from './support';

const PENDING = Number(process.env.BENCH_PENDING ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const origin = 'http://localhost:3000';

const url = await freshBenchDatabase('zw_bench_queue');
const handle = await openDatabase({ databaseUrl: url, maxConnections: 10 });
await handle.migrate();
process.stderr.write('demo data…\n');
await seedDemo(handle.db, { facilities: 2000 });

process.stderr.write(`${PENDING.toLocaleString('nl-BE')} pending reviews with their items…\n`);
const [author] = await handle.db.select({ id: users.id }).from(users).where(sql`email = 'ouder2@demo.test'`);
const [editorRow] = await handle.db.select({ id: users.id }).from(users).where(sql`email = 'redactie@demo.test'`);
await handle.db.execute(sql`
  with f as (select id, sector, row_number() over (order by id) as n from facilities where participating),
  fc as (select count(*) as c from f),
  r as (
    insert into reviews (facility_id, author_id, status, created_at, updated_at)
    select f.id, ${author!.id}, 'pending', now() - (g || ' seconds')::interval, now()
    from generate_series(1, ${PENDING}) g cross join fc join f on f.n = 1 + (g % fc.c)
    returning id, facility_id, created_at
  ),
  v as (
    insert into review_revisions (review_id, number, created_by, ratings, text, relationship, period_from, period_to, created_at)
    select r.id, 1, ${author!.id}, '{"communicatie":4,"respect":4,"inspraak":4,"veiligheid":4,"begeleiding":null,"welbevinden":null,"omgeving":null,"organisatie":null}',
      'Een ervaring van een ouder met deze opvang, met voldoende woorden om iets te zeggen over de begeleiding en de communicatie.',
      'ouder', '2026-01', '2026-06', r.created_at
    from r returning id, review_id
  )
  insert into moderation_items (kind, target_id, review_id, revision_id, facility_id, sector, risk_score, safety, created_at, due_at)
  select 'review_revision', v.id, v.review_id, v.id, r.facility_id, f.sector, (random() * 100)::int, random() < 0.01, r.created_at, r.created_at + interval '7 days'
  from v join r on r.id = v.review_id join facilities f on f.id = r.facility_id`);
await handle.db.execute(sql`update reviews set current_revision_id = m.revision_id from moderation_items m where m.review_id = reviews.id`);
// Measure the steady state, not the aftermath of the bulk load: no autovacuum or checkpoint mid-run.
await handle.db.execute(sql`vacuum analyze`);
await handle.db.execute(sql`checkpoint`);

const deps = await buildDeps(handle, { ...configFromEnv({ ...process.env, APP_SECRET: 'b'.repeat(40) }), publicUrl: origin, allowedOrigins: [origin] }, silentLogger);
const app = createApp(deps);
const session = await deps.sessions.create(editorRow!.id);
const cookie = session.setCookie.split(';')[0]!;
const request = async (path: string, init: RequestInit = {}): Promise<Response> =>
  app.request(path, { ...init, headers: { cookie, origin, 'content-type': 'application/json', ...(init.headers ?? {}) } });

async function measure(name: string, fn: () => Promise<Response>) {
  const durations: number[] = [];
  for (let i = 0; i < 50; i++) await fn(); // warm up
  for (let i = 0; i < ROUNDS; i++) {
    const [ms, res] = await time(fn);
    if (!res.ok) throw new Error(`${name}: ${res.status} ${await res.text()}`);
    durations.push(ms);
  }
  return { name, ...summarise(durations) };
}

const results = [];
results.push(await measure('queue listing (page 1 of new, with counts)', () => request('/api/moderation/queue?queue=new')));
results.push(await measure('next item (claim the most urgent free item)', () => request('/api/moderation/next', { method: 'POST' })));
const { items } = (await (await request('/api/moderation/queue?queue=new&page=40')).json()) as { items: { id: string }[] };
let i = 0;
results.push(await measure('claim an item', () => request(`/api/moderation/items/${items[i++ % items.length]!.id}/claim`, { method: 'POST' })));
const decisions: number[] = [];
for (let n = 0; n < Math.min(ROUNDS, 200); n++) {
  const next = (await (await request('/api/moderation/next', { method: 'POST' })).json()) as { item: { id: string; version: number } };
  const [ms, res] = await time(() =>
    request(`/api/moderation/items/${next.item.id}/decision`, { method: 'POST', body: JSON.stringify({ decision: 'publish', version: next.item.version }) }),
  );
  if (!res.ok) throw new Error(`decision: ${res.status} ${await res.text()}`);
  decisions.push(ms);
}
results.push({ name: 'decision (publish, with audit row and mails)', ...summarise(decisions) });

console.log(`\nEditorial desk on PostgreSQL with ${PENDING.toLocaleString('nl-BE')} pending items (ms):`);
console.table(results);
await handle.close();
