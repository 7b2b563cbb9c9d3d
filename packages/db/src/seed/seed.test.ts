import { FACILITY_KINDS, isValidCompanyNumber, PROVINCES, SECTORS } from '@zorgwaardering/core';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../client';
import { enforcementSteps, facilities, followUpStatuses, inspectionReports, memberships, organisations, users } from '../schema';
import { DEMO_ACCOUNTS, DEMO_FACILITY_NAME, isDatabaseEmpty, seedDemo, type SeedSummary } from './index';
import { PLACES } from './places';

async function freshPglite(): Promise<DatabaseHandle> {
  const handle = await openDatabase();
  await handle.migrate();
  return handle;
}

async function freshPostgres(url: string): Promise<DatabaseHandle> {
  const handle = await openDatabase({ databaseUrl: url, maxConnections: 1 });
  await handle.db.execute(sql`drop schema if exists public cascade`);
  await handle.db.execute(sql`drop schema if exists drizzle cascade`);
  await handle.db.execute(sql`create schema public`);
  await handle.migrate();
  return handle;
}

const targets: [string, () => Promise<DatabaseHandle>][] = [['PGlite', freshPglite]];
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) targets.push(['PostgreSQL', () => freshPostgres(postgresUrl)]);

async function facilityNames(handle: DatabaseHandle): Promise<string[]> {
  const rows = await handle.db.select({ name: facilities.name }).from(facilities).orderBy(asc(facilities.id));
  return rows.map((r) => r.name);
}

// A second, separate in-memory database seeded with the defaults: every run must match it.
let referenceNames: string[];
beforeAll(async () => {
  const handle = await freshPglite();
  try {
    await seedDemo(handle.db);
    referenceNames = await facilityNames(handle);
  } finally {
    await handle.close();
  }
});

describe.each(targets)('default demo seed on %s', (_, open) => {
  let handle: DatabaseHandle;
  let summary: SeedSummary;
  let emptyBefore: boolean;

  beforeAll(async () => {
    handle = await open();
    emptyBefore = await isDatabaseEmpty(handle.db);
    summary = await seedDemo(handle.db);
  });
  afterAll(() => handle?.close());

  it('fills an empty database and leaves it non-empty', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
    await expect(seedDemo(handle.db)).rejects.toThrow(/lege databank/);
  });

  it('refuses a facility count that is not a positive integer', async () => {
    await expect(seedDemo(handle.db, { facilities: 0 })).rejects.toThrow(RangeError);
    await expect(seedDemo(handle.db, { facilities: 2.5 })).rejects.toThrow(RangeError);
  });

  it('is deterministic: the same facility names as a run on another database', async () => {
    const names = await facilityNames(handle);
    expect(names).toHaveLength(320);
    expect(names).toEqual(referenceNames);
  });

  it('creates at least 300 facilities over all sectors and provinces, with kinds of their sector', async () => {
    const rows = await handle.db.select().from(facilities);
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(summary.facilities).toBe(rows.length);
    expect(new Set(rows.map((f) => f.sector))).toEqual(new Set(SECTORS));
    expect(new Set(rows.map((f) => f.province))).toEqual(new Set(PROVINCES));
    for (const f of rows) expect(FACILITY_KINDS[f.kind].sector).toBe(f.sector);

    const childcare = rows.filter((f) => f.sector === 'kinderopvang').length / rows.length;
    expect(childcare).toBeGreaterThan(0.5);
    expect(childcare).toBeLessThan(0.6);
  });

  it('uses real postcodes with their municipality and province', async () => {
    const known = new Set(PLACES.map((p) => `${p.postcode} ${p.municipality} ${p.province}`));
    const rows = await handle.db.select().from(facilities);
    for (const f of rows) expect(known).toContain(`${f.postcode} ${f.municipality} ${f.province}`);
  });

  it('gives realistic capacities and participation', async () => {
    const rows = await handle.db.select().from(facilities);
    const family = rows.filter((f) => f.kind === 'gezinsopvang');
    expect(family.length).toBeGreaterThan(0);
    for (const f of family) expect(f.capacity).toBeLessThanOrEqual(8);
    for (const f of rows.filter((r) => r.kind === 'groepsopvang')) {
      expect(f.capacity).toBeGreaterThanOrEqual(9);
      expect(f.capacity).toBeLessThanOrEqual(60);
    }

    const participating = rows.filter((f) => f.participating);
    expect(summary.participatingFacilities).toBe(participating.length);
    expect(participating.length / rows.length).toBeGreaterThan(0.75);
    expect(participating.length / rows.length).toBeLessThan(0.95);
    for (const f of participating) expect(f.liveSince).toMatch(/^202[56]-/);
    for (const f of rows.filter((r) => !r.participating)) expect(f.liveSince).toBeNull();
  });

  it('gives every organisation a valid company number and the sector of its facilities', async () => {
    const rows = await handle.db.select().from(organisations);
    expect(summary.organisations).toBe(rows.length);
    for (const o of rows) expect(isValidCompanyNumber(o.companyNumber), o.companyNumber).toBe(true);

    const sectorOf = new Map(rows.map((o) => [o.id, o.sector]));
    const perOrganisation = new Map<number, number>();
    for (const f of await handle.db.select().from(facilities)) {
      expect(f.sector).toBe(sectorOf.get(f.organisationId));
      perOrganisation.set(f.organisationId, (perOrganisation.get(f.organisationId) ?? 0) + 1);
    }
    expect(perOrganisation.size).toBe(rows.length);
    expect([...perOrganisation.values()].some((n) => n > 1)).toBe(true);
  });

  it('has the demo facility in Gent, participating', async () => {
    const [demo] = await handle.db.select().from(facilities).where(eq(facilities.name, DEMO_FACILITY_NAME));
    expect(demo).toMatchObject({
      sector: 'kinderopvang',
      kind: 'groepsopvang',
      postcode: '9000',
      municipality: 'Gent',
      province: 'oost-vlaanderen',
      participating: true,
    });
  });

  it('creates the six demo accounts with their roles and the manager membership', async () => {
    const rows = await handle.db.select().from(users).orderBy(asc(users.email));
    expect(summary.users).toBe(rows.length);
    const byEmail = new Map(rows.map((u) => [u.email, u]));
    const expected: Record<string, string[]> = {
      'ouder@demo.test': [],
      'ouder2@demo.test': [],
      'redactie@demo.test': ['editor'],
      'redactie2@demo.test': ['editor'],
      'voorziening@demo.test': [],
      'beheer@demo.test': ['admin'],
    };
    expect([...byEmail.keys()].sort()).toEqual(Object.keys(expected).sort());
    expect(DEMO_ACCOUNTS.map((a) => a.email).sort()).toEqual(Object.keys(expected).sort());
    for (const [email, roles] of Object.entries(expected)) {
      const user = byEmail.get(email)!;
      expect(user.roles, email).toEqual(roles);
      expect(user.firstName).toBeTruthy();
      expect(user.lastName).toBeTruthy();
    }

    const members = await handle.db
      .select({ email: users.email, role: memberships.role, facility: facilities.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(facilities, eq(facilities.organisationId, memberships.organisationId));
    expect(members).toEqual([{ email: 'voorziening@demo.test', role: 'manager', facility: DEMO_FACILITY_NAME }]);
  });
});

describe('demo seed at 2000 facilities', () => {
  let handle: DatabaseHandle;
  let summary: SeedSummary;
  const reports: [number, number, string][] = [];

  beforeAll(async () => {
    handle = await freshPglite();
    summary = await seedDemo(handle.db, {
      facilities: 2000,
      onProgress: (done, total, stage) => reports.push([done, total, stage]),
    });
  });
  afterAll(() => handle?.close());

  it('keeps external ids and company numbers unique', async () => {
    expect(summary.facilities).toBe(2000);
    const ids = await handle.db.select({ externalId: facilities.externalId }).from(facilities);
    expect(new Set(ids.map((r) => r.externalId)).size).toBe(2000);
    const numbers = await handle.db.select({ companyNumber: organisations.companyNumber }).from(organisations);
    expect(new Set(numbers.map((r) => r.companyNumber)).size).toBe(summary.organisations);
    expect(numbers.every((r) => isValidCompanyNumber(r.companyNumber))).toBe(true);
  });

  it('reports rising progress up to the total', () => {
    const done = reports.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const [lastDone, total] = reports.at(-1)!;
    expect(lastDone).toBe(total);
    expect(new Set(reports.map(([, , stage]) => stage))).toEqual(new Set(['organisaties', 'voorzieningen', 'gebruikers']));
  });
});

describe('demo inspection histories', () => {
  it('gives the demo facility and most others inspection reports, some with shortcomings and enforcement', async () => {
    const handle = await openDatabase();
    await handle.migrate();
    const summary = await seedDemo(handle.db);
    expect(summary.inspectionReports).toBeGreaterThan(200);
    expect(summary.enforcementSteps).toBeGreaterThan(0);
    const [speelvogel] = await handle.db.select().from(facilities).where(eq(facilities.name, 'Kinderdagverblijf De Speelvogel'));
    expect((await handle.db.select().from(inspectionReports).where(eq(inspectionReports.facilityId, speelvogel!.id))).length).toBeGreaterThan(0);
    const reports = await handle.db.select().from(inspectionReports);
    expect(reports.some((r) => r.conditions.some((c) => !c.inOrder))).toBe(true);
    expect(reports.every((r) => r.visitDate <= '2026-10-31')).toBe(true);
    expect((await handle.db.select().from(followUpStatuses)).length).toBeGreaterThan(0);
    expect((await handle.db.select().from(enforcementSteps)).every((s) => s.cause.length > 0)).toBe(true);
    await handle.close();
  });
});
