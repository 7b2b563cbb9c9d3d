import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { openDatabase } from '../client';
import { databaseOptionsFromEnv } from '../config';
import { importInspectionRecords, InspectionFileError, parseInspectionFile } from '../inspections';

const usage = 'Gebruik: pnpm import:inspections BESTAND.json|BESTAND.csv [--dry-run]  (formaat: docs/inspection-import.md)';
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const dryRun = args.includes('--dry-run');
const files = args.filter((arg) => !arg.startsWith('--'));
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--dry-run');
if (files.length !== 1 || unknown.length > 0) {
  console.error(usage);
  process.exit(1);
}
const file = files[0]!;
const format = extname(file).toLowerCase() === '.csv' ? 'csv' : extname(file).toLowerCase() === '.json' ? 'json' : null;
if (!format) {
  console.error(`${file}: kies een .json- of .csv-bestand.\n${usage}`);
  process.exit(1);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: kan het bestand niet lezen (${error instanceof Error ? error.message : error}).`);
  process.exit(1);
}

let records;
try {
  records = parseInspectionFile(text, format);
} catch (error) {
  if (error instanceof InspectionFileError) {
    console.error(`${file}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const handle = await openDatabase(databaseOptionsFromEnv());
try {
  await handle.migrate();
  const interactive = process.stderr.isTTY;
  const summary = await importInspectionRecords(handle.db, records, {
    dryRun,
    onProgress(done, total) {
      const line = `Inspectiegegevens: ${done}/${total} (${Math.round((done / total) * 100)}%)`;
      if (interactive) process.stderr.write(`\r${line}`);
      else if (done === total || done % 5000 === 0) process.stderr.write(`${line}\n`);
    },
  });
  if (interactive) process.stderr.write('\n');
  for (const problem of summary.problems) console.log(`  ${problem.row}, ${problem.field}: ${problem.message}`);
  console.log(
    [
      `${file}: ${summary.records} records gelezen${dryRun ? ' (proefdraai: niets opgeslagen)' : ''}.`,
      dryRun ? `  ${summary.records - summary.rejected} zouden ingelezen worden` : `  nieuw: ${summary.inserted}, bijgewerkt: ${summary.updated}, ongewijzigd: ${summary.unchanged}`,
      `  overgeslagen: ${summary.rejected}${summary.problems.length ? ` (${summary.problems.length} problemen hierboven)` : ''}`,
      ...(summary.unmatched.length ? [`  geen voorziening gevonden voor: ${summary.unmatched.join(', ')}`] : []),
    ].join('\n'),
  );
  process.exitCode = summary.rejected > 0 ? 2 : 0;
} finally {
  await handle.close();
}
