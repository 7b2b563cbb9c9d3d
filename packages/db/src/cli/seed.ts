import { openDatabase } from '../client';
import { databaseOptionsFromEnv } from '../config';
import { DEFAULT_FACILITY_COUNT, DEMO_ACCOUNTS, DEMO_FACILITY_NAME, isDatabaseEmpty, seedDemo } from '../seed';

const USAGE = 'Gebruik: pnpm db:seed [--facilities N]';

function parseFacilityCount(args: string[]): number {
  let count = DEFAULT_FACILITY_COUNT;
  // pnpm passes a literal "--" through when it is used to separate script arguments.
  const rest = args.filter((arg) => arg !== '--');
  while (rest.length > 0) {
    const arg = rest.shift()!;
    const [flag, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--facilities') throw new Error(`Onbekend argument "${arg}".\n${USAGE}`);
    const value = inline ?? rest.shift();
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
      throw new Error(`--facilities verwacht een positief geheel getal, niet ${value === undefined ? 'niets' : `"${value}"`}.\n${USAGE}`);
    }
    count = Number(value);
  }
  return count;
}

/** A single updating line on a terminal; on a log (CI, file) one line per 10 %. */
function progressReporter(stream: NodeJS.WriteStream) {
  let lastTenth = -1;
  return {
    update(done: number, total: number, stage: string) {
      const percent = Math.floor((done / total) * 100);
      if (stream.isTTY) {
        stream.write(`\r\x1b[KDemodata invoegen: ${percent}% (${stage})`);
      } else if (Math.floor(percent / 10) > lastTenth) {
        lastTenth = Math.floor(percent / 10);
        stream.write(`Demodata invoegen: ${percent}% (${stage})\n`);
      }
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}

const number = (value: number) => value.toLocaleString('nl-BE');

async function main(): Promise<number> {
  let facilityCount: number;
  try {
    facilityCount = parseFacilityCount(process.argv.slice(2));
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
    const summary = await seedDemo(handle.db, { facilities: facilityCount, onProgress: progress.update });
    progress.finish();
    const seconds = ((performance.now() - started) / 1000).toLocaleString('nl-BE', { maximumFractionDigits: 1 });

    console.log(`Demodata toegevoegd aan ${where} in ${seconds} s:`);
    console.log(`  ${number(summary.organisations)} organisaties`);
    console.log(`  ${number(summary.facilities)} voorzieningen, waarvan ${number(summary.participatingFacilities)} deelnemen aan de pilot`);
    console.log(`  ${number(summary.users)} gebruikers`);
    console.log(`\nDemovoorziening: ${DEMO_FACILITY_NAME} (Gent). Demo-accounts:`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(24)} ${account.description}`);
    return 0;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
