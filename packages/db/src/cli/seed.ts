import { sql } from 'drizzle-orm';
import { openDatabase } from '../client';
import { databaseOptionsFromEnv } from '../config';
import { DEFAULT_FACILITY_COUNT, DEMO_ACCOUNTS, DEMO_FACILITY_NAME, isDatabaseEmpty, seedDemo } from '../seed';

const USAGE = 'Gebruik: pnpm db:seed [--facilities N] [--reviews N]';

interface SeedArguments {
  facilities: number;
  /** Undefined: the demo mix of reviews. */
  reviews: number | undefined;
}

function parseArguments(args: string[]): SeedArguments {
  const parsed: SeedArguments = { facilities: DEFAULT_FACILITY_COUNT, reviews: undefined };
  // pnpm passes a literal "--" through when it is used to separate script arguments.
  const rest = args.filter((arg) => arg !== '--');
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--facilities' && flag !== '--reviews') throw new Error(`Onbekend argument "${arg}".\n${USAGE}`);
    const value = inline ?? rest.shift();
    const minimum = flag === '--facilities' ? 1 : 0;
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < minimum || !Number.isSafeInteger(Number(value))) {
      const expected = minimum === 1 ? 'een positief geheel getal' : 'een geheel getal, 0 of meer';
      throw new Error(`${flag} verwacht ${expected}, niet ${value === undefined ? 'niets' : `"${value}"`}.\n${USAGE}`);
    }
    if (flag === '--facilities') parsed.facilities = Number(value);
    else parsed.reviews = Number(value);
  }
  return parsed;
}

/** A single updating line on a terminal; on a log (CI, file) a line per 10 % and per new stage. */
function progressReporter(stream: NodeJS.WriteStream) {
  let lastTenth = -1;
  let lastStage = '';
  const started = performance.now();
  return {
    update(done: number, total: number, stage: string) {
      const percent = Math.floor((done / total) * 100);
      const seconds = Math.round((performance.now() - started) / 1000);
      if (stream.isTTY) {
        stream.write(`\r\x1b[KDemodata invoegen: ${percent}% (${stage}, ${seconds} s)`);
      } else if (Math.floor(percent / 10) > lastTenth || stage !== lastStage) {
        lastTenth = Math.floor(percent / 10);
        stream.write(`Demodata invoegen: ${percent}% (${stage}, ${seconds} s)\n`);
      }
      lastStage = stage;
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

const number = (value: number) => value.toLocaleString('nl-BE');

async function main(): Promise<number> {
  let args: SeedArguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }

  const handle = await openDatabase(databaseOptionsFromEnv());
  const where = handle.kind === 'pglite' ? 'de ingebouwde databank (PGlite)' : 'de PostgreSQL-databank';
  try {
    await handle.migrate();
    if (!(await isDatabaseEmpty(handle.db))) {
      console.error(
        `Niets gedaan: ${where} bevat al voorzieningen of gebruikers. Demodata gaat alleen in een lege databank; ` +
          'gebruik een nieuwe databank of maak deze eerst leeg.',
      );
      return 1;
    }

    const started = performance.now();
    const progress = progressReporter(process.stderr);
    const summary = await seedDemo(handle.db, { facilities: args.facilities, reviews: args.reviews, onProgress: progress.update });
    progress.finish();
    // Fresh statistics, so the first queries on a large seed get good plans.
    if (handle.kind === 'postgresql') await handle.db.execute(sql`analyze`);
    const seconds = ((performance.now() - started) / 1000).toLocaleString('nl-BE', { maximumFractionDigits: 1 });

    console.log(`Demodata toegevoegd aan ${where} in ${seconds} s:`);
    console.log(`  ${number(summary.organisations)} organisaties`);
    console.log(`  ${number(summary.facilities)} voorzieningen, waarvan ${number(summary.participatingFacilities)} deelnemen aan de pilot`);
    console.log(
      `  ${number(summary.users)} gebruikers: ${DEMO_ACCOUNTS.length} demo-accounts, ${number(summary.reviewers)} waardeerders ` +
        `en ${number(summary.facilityStaff)} medewerkers van voorzieningen`,
    );
    console.log(
      `  ${number(summary.reviews)} gepubliceerde waarderingen: ${number(summary.verifiedReviews)} geverifieerd, ` +
        `${number(summary.editedReviews)} bewerkt door de redactie, ${number(summary.responses)} met een reactie van de voorziening`,
    );
    console.log(`  ${number(summary.inspectionReports)} inspectieverslagen`);
    console.log(`\nDemovoorziening: ${DEMO_FACILITY_NAME} (Gent). Demo-accounts:`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(24)} ${account.description}`);
    return 0;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
