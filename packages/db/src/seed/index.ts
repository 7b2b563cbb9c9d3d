import type { Database } from '../client';
import { enforcementSteps, facilities, followUpStatuses, inspectionReports, memberships, organisations, users } from '../schema';
import { generateDemoInspections } from './inspections';
import { DEMO_ACCOUNTS } from './demo';
import { generateSeedData } from './generate';
import { DEFAULT_SEED, mulberry32, type Random } from './random';
import { planReviewCounts, seedReviews } from './reviews';

export { DEMO_ACCOUNTS, DEMO_FACILITY_NAME, DEMO_ORGANISATION_NAME, type DemoAccount } from './demo';
export { generateSeedData, type SeedData, type SeedFacility, type SeedOrganisation } from './generate';
export { DEFAULT_SEED, mulberry32, type Random } from './random';
export { MAX_DEMO_REVIEWS_PER_FACILITY, planReviewCounts, SYNTHETIC_EMAIL_DOMAIN, type ReviewSeedSummary } from './reviews';

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
  /**
   * Number of published reviews, spread over the participating facilities (over all of them when
   * there would be more than 40 each); 0 for none. Default: the demo mix of 0 to 40 per
   * participating facility, about 25 for the demo facility.
   */
  reviews?: number;
  /** The clock the reviews are dated by (default: now); seeding on the same day gives the same data. */
  now?: Date;
  /**
   * Load the reviews with their tables' foreign keys and secondary indexes dropped, and create
   * them again afterwards (default: from 50,000 reviews; checking a foreign key once for all rows
   * instead of once per row took a 1,000,000-review seed from 5.6 to 3.6 minutes).
   */
  bulkLoad?: boolean;
}

/** From this many reviews the seed drops and re-creates foreign keys and indexes around the load. */
export const BULK_LOAD_FROM_REVIEWS = 50_000;

export interface SeedSummary {
  organisations: number;
  facilities: number;
  participatingFacilities: number;
  /** All accounts: the demo accounts, the synthetic reviewers and the synthetic facility staff. */
  users: number;
  inspectionReports: number;
  enforcementSteps: number;
  /** Published reviews, of which verified (with an invitation code), edited by the editors, and answered by the facility. */
  reviews: number;
  verifiedReviews: number;
  editedReviews: number;
  responses: number;
  reviewers: number;
  facilityStaff: number;
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
  const reviewCounts = planReviewCounts(data.facilities, options.reviews);
  const reviewTotal = reviewCounts.reduce((sum, n) => sum + n, 0);
  const total = data.organisations.length + data.facilities.length + DEMO_ACCOUNTS.length + reviewTotal;
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

    const manager = DEMO_ACCOUNTS.find((a) => a.demoFacilityRole === 'manager')!;
    const reviews = await seedReviews(tx, {
      facilities: data.facilities.map((f) => ({
        id: facilityIds.get(f.externalId)!,
        organisationId: organisationIds.get(f.organisationCompanyNumber)!,
        sector: f.sector,
        kind: f.kind,
        name: f.name,
        participating: f.participating,
      })),
      counts: reviewCounts,
      demoManagerId: userIds.get(manager.email)!,
      editorIds: DEMO_ACCOUNTS.filter((a) => a.roles.includes('editor')).map((a) => userIds.get(a.email)!),
      now: options.now ?? new Date(),
      demoTrend: options.reviews === undefined,
      bulk: options.bulkLoad ?? reviewTotal >= BULK_LOAD_FROM_REVIEWS,
      onProgress: (rows, stage) => progress(rows, stage === 'reviews' ? 'waarderingen' : 'scores'),
    });

    return {
      organisations: data.organisations.length,
      facilities: data.facilities.length,
      participatingFacilities: data.facilities.filter((f) => f.participating).length,
      users: accounts.length + reviews.reviewers + reviews.facilityStaff,
      inspectionReports: inspections.reports.length,
      enforcementSteps: inspections.enforcementSteps.length,
      ...reviews,
    };
  });
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH_SIZE) yield items.slice(i, i + BATCH_SIZE);
}
