/**
 * pnpm moderate:eval FILE [--check]
 *
 * Screens FILE (corpus format, with `expect`) as a stream and prints per category precision,
 * recall and F1, the share of clean lines without any flag, and every mismatch with its text.
 * With --check the exit code is 1 when a target of the acceptance criteria is missed.
 */
import { readFileSync } from 'node:fs';
import { loadRules } from '../rules/load';
import { StreamScreener, streamLineSchema } from '../stream';
import { CATEGORIES, type Category } from '../types';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('Gebruik: pnpm moderate:eval BESTAND.jsonl [--check]\n');
  process.exit(2);
}

const RECALL_TARGET: Record<Category, number> = { privacy: 0.95, safety: 0.95, reliability: 0.85, readability: 0.85, interval: 0.85 };
const PRECISION_TARGET = 0.85;
const CLEAN_TARGET = 0.9;

const rules = await loadRules();
const screener = new StreamScreener(rules);
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
let clean = 0;
let cleanWithoutFlag = 0;
const mismatches: string[] = [];
const started = performance.now();

for (const raw of lines) {
  const json = JSON.parse(raw) as { expect?: string[] };
  const line = streamLineSchema.parse(json);
  const expected = new Set(json.expect ?? []);
  const report = screener.screen(line);
  const found = new Set(report.flags.map((f) => f.category));
  for (const c of CATEGORIES) {
    if (found.has(c) && expected.has(c)) counts[c].tp++;
    else if (found.has(c)) counts[c].fp++;
    else if (expected.has(c)) counts[c].fn++;
  }
  if (expected.size === 0) {
    clean++;
    if (report.flags.length === 0) cleanWithoutFlag++;
  }
  const missing = [...expected].filter((c) => !found.has(c as Category));
  const extra = [...found].filter((c) => !expected.has(c));
  if (missing.length || extra.length) {
    const detail = report.flags.map((f) => `${f.category}/${f.code}`).join(', ') || 'geen';
    mismatches.push(
      `${line.id}  verwacht [${[...expected].join(', ')}]  gevonden [${[...found].join(', ')}]` +
        (missing.length ? `  gemist: ${missing.join(', ')}` : '') +
        (extra.length ? `  te veel: ${extra.join(', ')}` : '') +
        `\n    vlaggen: ${detail}\n    ${line.text}`,
    );
  }
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : x.toFixed(3).padStart(6));
let ok = true;
console.log(`${lines.length} regels uit ${file}, regels ${rules.version}, ${((performance.now() - started) / lines.length).toFixed(2)} ms per regel\n`);
console.log('categorie     precisie  recall      F1   tp  fp  fn   doel');
for (const c of CATEGORIES) {
  const { tp, fp, fn } = counts[c];
  const precision = tp + fp === 0 ? Number.NaN : tp / (tp + fp);
  const recall = tp + fn === 0 ? Number.NaN : tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : Number.NaN;
  const met = (Number.isNaN(precision) || precision >= PRECISION_TARGET) && (Number.isNaN(recall) || recall >= RECALL_TARGET[c]);
  ok &&= met;
  console.log(
    `${c.padEnd(12)}  ${pct(precision)}  ${pct(recall)}  ${pct(f1)}  ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}   P>=${PRECISION_TARGET} R>=${RECALL_TARGET[c]} ${met ? 'ok' : 'GEMIST'}`,
  );
}
const cleanShare = clean === 0 ? 1 : cleanWithoutFlag / clean;
ok &&= cleanShare >= CLEAN_TARGET;
console.log(`\nschone regels zonder vlag: ${cleanWithoutFlag}/${clean} = ${pct(cleanShare).trim()} (doel >= ${CLEAN_TARGET}) ${cleanShare >= CLEAN_TARGET ? 'ok' : 'GEMIST'}`);
console.log(`\n${mismatches.length} afwijkingen${mismatches.length ? ':\n' : ''}`);
for (const m of mismatches) console.log(m + '\n');
if (args.includes('--check') && !ok) process.exitCode = 1;
