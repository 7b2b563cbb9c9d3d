/**
 * pnpm moderate < submissions.jsonl > reports.jsonl
 *
 * Reads submissions in the corpus format as a stream in time order and writes one report line per
 * submission: {"id","flags":[{"category","code","severity","message","spans"}],"riskScore","suggestion"}.
 * Each line is screened with only the lines before it as context; `expect` is ignored.
 */
import { createInterface } from 'node:readline';
import { loadRules } from '../rules/load';
import { StreamScreener, streamLineSchema } from '../stream';

// A reader that stops early (`| head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const rules = await loadRules();
const screener = new StreamScreener(rules);
let lineNumber = 0;
let failures = 0;

for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  lineNumber++;
  if (!raw.trim()) continue;
  let parsed;
  try {
    parsed = streamLineSchema.safeParse(JSON.parse(raw));
  } catch (error) {
    failures++;
    process.stderr.write(`regel ${lineNumber}: geen geldige JSON (${(error as Error).message})\n`);
    continue;
  }
  if (!parsed.success) {
    failures++;
    process.stderr.write(`regel ${lineNumber}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
    continue;
  }
  const report = screener.screen(parsed.data);
  const out = {
    id: parsed.data.id,
    flags: report.flags.map((f) => ({ category: f.category, code: f.code, severity: f.severity, message: f.message, spans: f.spans })),
    riskScore: report.riskScore,
    suggestion: report.suggestion,
  };
  if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

if (failures > 0) process.exitCode = 1;
