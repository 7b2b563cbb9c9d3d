import type { Database } from '../client';
import { enforcementSteps, facilities, followUpStatuses, inspectionReports, memberships, organisations, users } from '../schema';
import { generateDemoInspections } from './inspections';
import { DEMO_ACCOUNTS } from './demo';
import { generateSeedData } from './generate';
import { DEFAULT_SEED, mulberry32, type Random } from './random';

export { DEMO_ACCOUNTS, DEMO_FACILITY_NAME, DEMO_ORGANISATION_NAME, type DemoAccount } from './demo';
export { generateSeedData, type SeedData, type SeedFacility, type SeedOrganisation } from './generate';
export { DEFAULT_SEED, mulberry32, type Random } from './random';

export const DEFAULT_FACILITY_COUNT = 320;
/** Rows per INSERT: large enough to be fast, far below PostgreSQL's 65,535 parameters. */
const BATCH_SIZE = 1000;

export interface SeedOptions {
  /** Number of facilities, the demo facility included (default 320). */
  facilities?: number;
  /** Called after every batch; `stage` is a Dutch description of what is being inserted. */
  onProgress?: (done: number, total: number, stage: string) => void;
  /** Source of randomness; defaults to a PRNG with a fixed seed, so the data is the same every run. */
  random?: Random;
}

export interface SeedSummary {
  organisations: number;
  facilities: number;
  participatingFacilities: number;
  users: number;
  inspectionReports: number;
  enforcementSteps: number;
}

/** True when the database holds no facilities and no users (reference data such as sectors may exist). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [facility] = await db.select({ id: facilities.id }).from(facilities).limit(1);
  const [user] = await db.select({ id: users.id }).from(users).limit(1);
  return !facility && !user;
}

/** Fills an empty database with demo organisations, facilities and accounts, in one transaction. */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const facilityCount = options.facilities ?? DEFAULT_FACILITY_COUNT;
  if (!Number.isInteger(facilityCount) || facilityCount < 1) {
    throw new RangeError(`The number of facilities must be a positive integer, got ${facilityCount}`);
  }
  const data = generateSeedData(facilityCount, options.random ?? mulberry32(DEFAULT_SEED));
  const total = data.organisations.length + data.facilities.length + DEMO_ACCOUNTS.length;
  let done = 0;
  const progress = (rows: number, stage: string) => {
    done += rows;
    options.onProgress?.(done, total, stage);
  };

  return db.transaction(async (tx) => {
    if (!(await isDatabaseEmpty(tx))) {
      throw new Error('De databank bevat al voorzieningen of gebruikers; demodata gaat alleen in een lege databank.');
    }

    const organisationIds = new Map<string, number>();
    for (const batch of chunks(data.organisations)) {
      const rows = await tx
        .insert(organisations)
        .values(batch)
        .returning({ id: organisations.id, companyNumber: organisations.companyNumber });
      for (const row of rows) organisationIds.set(row.companyNumber, row.id);
      progress(batch.length, 'organisaties');
    }

    for (const batch of chunks(data.facilities)) {
      await tx.insert(facilities).values(
        batch.map(({ organisationCompanyNumber, ...facility }) => ({
          ...facility,
          organisationId: organisationIds.get(organisationCompanyNumber)!,
        })),
      );
      progress(batch.length, 'voorzieningen');
    }

    const accounts = await tx
      .insert(users)
      .values(DEMO_ACCOUNTS.map(({ email, firstName, lastName, roles }) => ({ email, firstName, lastName, roles: [...roles] })))
      .returning({ id: users.id, email: users.email });
    const userIds = new Map(accounts.map((a) => [a.email, a.id]));
    const demoOrganisationId = organisationIds.get(data.facilities[0]!.organisationCompanyNumber)!;
    const members = DEMO_ACCOUNTS.filter((a) => a.demoFacilityRole).map((a) => ({
      userId: userIds.get(a.email)!,
      organisationId: demoOrganisationId,
      role: a.demoFacilityRole,
    }));
    if (members.length > 0) await tx.insert(memberships).values(members);
    progress(accounts.length, 'gebruikers');

    const inspections = generateDemoInspections(data.facilities);
    const facilityIds = new Map(
      (await tx.select({ id: facilities.id, externalId: facilities.externalId }).from(facilities)).map((f) => [f.externalId, f.id]),
    );
    const withFacility = <T extends { externalId: string }>({ externalId, ...rest }: T) => ({ ...rest, facilityId: facilityIds.get(externalId)! });
    for (const batch of chunks(inspections.reports)) await tx.insert(inspectionReports).values(batch.map(withFacility));
    for (const batch of chunks(inspections.followUps)) await tx.insert(followUpStatuses).values(batch.map(withFacility));
    for (const batch of chunks(inspections.enforcementSteps)) await tx.insert(enforcementSteps).values(batch.map(withFacility));

    return {
      organisations: data.organisations.length,
      facilities: data.facilities.length,
      participatingFacilities: data.facilities.filter((f) => f.participating).length,
      users: accounts.length,
      inspectionReports: inspections.reports.length,
      enforcementSteps: inspections.enforcementSteps.length,
    };
  });
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH_SIZE) yield items.slice(i, i + BATCH_SIZE);
}
