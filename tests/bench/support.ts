import postgres from 'postgres';

/** A fresh PostgreSQL database for a benchmark, on BENCH_DATABASE_URL's server (default: the local one). */
export async function freshBenchDatabase(name: string): Promise<string> {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** p50, p99 and mean of durations in milliseconds. */
export function summarise(durations: number[]) {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return {
    n: sorted.length,
    p50: Number(at(50).toFixed(2)),
    p99: Number(at(99).toFixed(2)),
    mean: Number((sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(2)),
  };
}

export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}
