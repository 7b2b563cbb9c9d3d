import { randomBytes } from 'node:crypto';
import {
  FACILITY_KINDS,
  isValidCompanyNumber,
  PROVINCES,
  ratingsSchema,
  RELATIONSHIPS_BY_SECTOR,
  REVIEW_TEXT_MAX,
  SECTORS,
  type Ratings,
} from '@zorgwaardering/core';
import { and, asc, eq, isNotNull, like, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase, rowsOf } from '../client';
import {
  enforcementSteps,
  facilities,
  facilityScoreMonths,
  followUpStatuses,
  inspectionReports,
  invitationCodes,
  memberships,
  organisations,
  reviewResponses,
  reviewRevisions,
  reviews,
  users,
} from '../schema';
import { contributions, monthOf, windowStart } from '../scores';
import { DEMO_ACCOUNTS, DEMO_FACILITY_NAME, isDatabaseEmpty, seedDemo, type SeedSummary } from './index';
import { FIRST_NAMES } from './names';
import { PLACES } from './places';

/** The clock of the seeded reviews in these tests. */
const NOW = new Date('2026-11-22T10:00:00Z');

async function freshPglite(): Promise<DatabaseHandle> {
  const handle = await openDatabase();
  await handle.migrate();
  return handle;
}

/** A database of its own on the server of TEST_DATABASE_URL, dropped again on close. */
async function freshPostgres(serverUrl: string): Promise<DatabaseHandle> {
  const name = `zw_test_seed_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), maxConnections: 2 });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const targets: [string, () => Promise<DatabaseHandle>][] = [['PGlite', freshPglite]];
const postgresUrl = process.env.TEST_DATABASE_URL;
if (postgresUrl) targets.push(['PostgreSQL', () => freshPostgres(postgresUrl)]);

async function facilityNames(handle: DatabaseHandle): Promise<string[]> {
  const rows = await handle.db.select({ name: facilities.name }).from(facilities).orderBy(asc(facilities.id));
  return rows.map((r) => r.name);
}

/** Every published review as the public sees it, with its facility's register id, in id order. */
async function publishedReviews(handle: DatabaseHandle) {
  const rows = await handle.db
    .select({
      id: reviews.id,
      facility: facilities.externalId,
      publishedAt: reviews.publishedAt,
      verified: isNotNull(reviews.invitationCodeId),
      ratings: reviewRevisions.ratings,
      text: reviewRevisions.text,
      relationship: reviewRevisions.relationship,
      periodFrom: reviewRevisions.periodFrom,
      periodTo: reviewRevisions.periodTo,
      displayLabel: reviewRevisions.displayLabel,
      source: reviewRevisions.source,
    })
    .from(reviews)
    .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId))
    .innerJoin(facilities, eq(facilities.id, reviews.facilityId))
    .orderBy(asc(reviews.id));
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt!.toISOString() }));
}

// A second, separate in-memory database seeded with the defaults: every run must match it.
let referenceNames: string[];
let referenceReviews: Awaited<ReturnType<typeof publishedReviews>>;
beforeAll(async () => {
  const handle = await freshPglite();
  try {
    await seedDemo(handle.db, { now: NOW });
    referenceNames = await facilityNames(handle);
    referenceReviews = await publishedReviews(handle);
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
    summary = await seedDemo(handle.db, { now: NOW });
  });
  afterAll(() => handle?.close());

  it('fills an empty database and leaves it non-empty', async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(handle.db)).toBe(false);
    await expect(seedDemo(handle.db)).rejects.toThrow(/lege databank/);
  });

  it('refuses a facility count that is not a positive integer, and a negative number of reviews', async () => {
    await expect(seedDemo(handle.db, { facilities: 0 })).rejects.toThrow(RangeError);
    await expect(seedDemo(handle.db, { facilities: 2.5 })).rejects.toThrow(RangeError);
    await expect(seedDemo(handle.db, { reviews: -1 })).rejects.toThrow(RangeError);
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
    expect(rows.length).toBe(DEMO_ACCOUNTS.length + summary.reviewers + summary.facilityStaff);
    const byEmail = new Map(rows.filter((u) => u.email.endsWith('@demo.test')).map((u) => [u.email, u]));
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
      .innerJoin(facilities, eq(facilities.organisationId, memberships.organisationId))
      .where(like(users.email, '%@demo.test'));
    expect(members).toEqual([{ email: 'voorziening@demo.test', role: 'manager', facility: DEMO_FACILITY_NAME }]);
  });

  it('publishes 2,000 to 4,000 reviews by synthetic reviewers, never by a demo account', async () => {
    expect(summary.reviews).toBeGreaterThanOrEqual(2000);
    expect(summary.reviews).toBeLessThanOrEqual(4000);
    const rows = await handle.db
      .select({ status: reviews.status, current: reviews.currentRevisionId, published: reviews.publishedRevisionId, email: users.email })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.authorId));
    expect(rows).toHaveLength(summary.reviews);
    for (const row of rows) {
      expect(row.status).toBe('published');
      expect(row.published).not.toBeNull();
      expect(row.published).toBe(row.current);
      expect(row.email).toMatch(/^waardeerder-\d+@voorbeeld\.invalid$/);
    }
    const reviewers = await handle.db.select().from(users).where(like(users.email, 'waardeerder-%'));
    expect(reviewers).toHaveLength(summary.reviewers);
    for (const reviewer of reviewers) {
      expect(FIRST_NAMES).toContain(reviewer.firstName);
      expect(reviewer.lastName).toBeTruthy();
      expect(reviewer.roles).toEqual([]);
    }
  });

  it('is deterministic: the same reviews as a run on another database', async () => {
    const rows = await publishedReviews(handle);
    expect(rows).toHaveLength(summary.reviews);
    expect(rows).toEqual(referenceReviews);
  });

  it('gives every published revision valid ratings, a relationship of the sector, a period before publication and a text of 80 to 600 characters', async () => {
    const rows = await handle.db
      .select({ revision: reviewRevisions, sector: facilities.sector, publishedAt: reviews.publishedAt, createdAt: reviews.createdAt })
      .from(reviews)
      .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId))
      .innerJoin(facilities, eq(facilities.id, reviews.facilityId));
    const texts = new Set<string>();
    for (const { revision, sector, publishedAt, createdAt } of rows) {
      const parsed = ratingsSchema.safeParse(revision.ratings);
      expect(parsed.success, JSON.stringify(revision.ratings)).toBe(true);
      expect(parsed.data).toEqual(revision.ratings);
      expect(RELATIONSHIPS_BY_SECTOR[sector]).toContain(revision.relationship);
      expect(revision.periodFrom <= revision.periodTo).toBe(true);
      expect(revision.periodTo <= monthOf(createdAt).slice(0, 7)).toBe(true);
      expect(createdAt.getTime()).toBeLessThan(publishedAt!.getTime());
      expect(publishedAt!.getTime()).toBeLessThan(NOW.getTime());
      expect(revision.text.length).toBeGreaterThanOrEqual(80);
      expect(revision.text.length).toBeLessThanOrEqual(Math.min(600, REVIEW_TEXT_MAX));
      expect(revision.displayLabel?.length).toBeGreaterThan(0);
      expect(revision.displayLabel!.length).toBeLessThanOrEqual(60);
      texts.add(revision.text);
    }
    // Varied: hardly any text occurs twice.
    expect(texts.size).toBeGreaterThan(rows.length * 0.95);
  });

  it('writes texts that name nobody and match the scores', async () => {
    const rows = await handle.db
      .select({ ratings: reviewRevisions.ratings, text: reviewRevisions.text })
      .from(reviews)
      .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId));
    const names = new RegExp(`\\b(${FIRST_NAMES.join('|')})\\b`);
    const mean = (ratings: Ratings) => {
      const scores = Object.values(ratings).filter((value): value is number => value !== null);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    for (const { text } of rows) expect(text).not.toMatch(names);
    const recommends = rows.filter((r) => /zeker aanraden|van harte aanraden/.test(r.text));
    const advisesAgainst = rows.filter((r) => /niet aanraden/.test(r.text));
    expect(recommends.length).toBeGreaterThan(0);
    expect(advisesAgainst.length).toBeGreaterThan(0);
    for (const r of recommends) expect(mean(r.ratings)).toBeGreaterThanOrEqual(3.75);
    for (const r of advisesAgainst) expect(mean(r.ratings)).toBeLessThan(2.75);
  });

  it('spreads reviews over participating facilities only: some none, some too few for an average, some indicative, the demo facility over several years', async () => {
    const rows = await handle.db.select().from(facilities);
    const perFacility = new Map<number, number>();
    for (const { facilityId } of await handle.db.select({ facilityId: reviews.facilityId }).from(reviews)) {
      perFacility.set(facilityId, (perFacility.get(facilityId) ?? 0) + 1);
    }
    const counts = rows.filter((f) => f.participating).map((f) => perFacility.get(f.id) ?? 0);
    for (const f of rows.filter((r) => !r.participating)) expect(perFacility.get(f.id) ?? 0).toBe(0);
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n >= 1 && n < 3).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n >= 3 && n < 10).length).toBeGreaterThan(0);
    expect(counts.filter((n) => n >= 10).length).toBeGreaterThan(0);

    const demo = rows.find((f) => f.name === DEMO_FACILITY_NAME)!;
    const years = new Map<number, number>();
    for (const { publishedAt } of await handle.db.select({ publishedAt: reviews.publishedAt }).from(reviews).where(eq(reviews.facilityId, demo.id))) {
      years.set(publishedAt!.getUTCFullYear(), (years.get(publishedAt!.getUTCFullYear()) ?? 0) + 1);
    }
    expect([...years.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(20);
    expect([...years.values()].filter((n) => n >= 5).length).toBeGreaterThanOrEqual(2);
  });

  it('dates reviews over five years, some older than the 36-month scoring window', async () => {
    const start = windowStart(NOW, 36);
    const dates = (await handle.db.select({ publishedAt: reviews.publishedAt }).from(reviews)).map((r) => monthOf(r.publishedAt!));
    const older = dates.filter((month) => month < start).length;
    expect(older / dates.length).toBeGreaterThan(0.1);
    expect(older / dates.length).toBeLessThan(0.5);
    expect(dates.every((month) => month >= windowStart(NOW, 61))).toBe(true);
  });

  it('verifies about a fifth of the reviews with a used invitation code of their own facility', async () => {
    expect(summary.verifiedReviews / summary.reviews).toBeGreaterThan(0.15);
    expect(summary.verifiedReviews / summary.reviews).toBeLessThan(0.25);
    const rows = await handle.db
      .select({ review: reviews, code: invitationCodes })
      .from(reviews)
      .innerJoin(invitationCodes, eq(invitationCodes.id, reviews.invitationCodeId));
    expect(rows).toHaveLength(summary.verifiedReviews);
    for (const { review, code } of rows) {
      expect(code.facilityId).toBe(review.facilityId);
      expect(code.usedAt).toEqual(review.createdAt);
      expect(code.createdAt.getTime()).toBeLessThan(review.createdAt.getTime());
      expect(code.expiresAt.getTime()).toBeGreaterThan(review.createdAt.getTime());
      expect(code.codeHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('has editors\' revisions published instead of the author\'s for some reviews', async () => {
    expect(summary.editedReviews).toBeGreaterThan(0);
    const editors = await handle.db.select({ id: users.id }).from(users).where(sql`'editor' = any(${users.roles})`);
    const rows = await handle.db
      .select({ revision: reviewRevisions })
      .from(reviews)
      .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId))
      .where(eq(reviewRevisions.source, 'editor'));
    expect(rows).toHaveLength(summary.editedReviews);
    for (const { revision } of rows) {
      expect(revision.number).toBe(2);
      expect(editors.map((e) => e.id)).toContain(revision.createdBy);
      const [original] = await handle.db
        .select()
        .from(reviewRevisions)
        .where(and(eq(reviewRevisions.reviewId, revision.reviewId), eq(reviewRevisions.number, 1)));
      expect(original!.source).toBe('author');
      expect(original!.text.length).toBeGreaterThan(revision.text.length);
      expect(original!.ratings).toEqual(revision.ratings);
    }
  });

  it('has published facility responses to about 15 % of the reviews, written by someone of the organisation', async () => {
    expect(summary.responses / summary.reviews).toBeGreaterThan(0.1);
    expect(summary.responses / summary.reviews).toBeLessThan(0.2);
    const rows = await handle.db
      .select({ response: reviewResponses, review: reviews, organisationId: facilities.organisationId, email: users.email })
      .from(reviewResponses)
      .innerJoin(reviews, eq(reviews.id, reviewResponses.reviewId))
      .innerJoin(facilities, eq(facilities.id, reviews.facilityId))
      .innerJoin(users, eq(users.id, reviewResponses.writtenBy));
    expect(rows).toHaveLength(summary.responses);
    const members = await handle.db.select().from(memberships);
    const isMember = new Set(members.map((m) => `${m.userId}|${m.organisationId}`));
    for (const { response, review, organisationId, email } of rows) {
      expect(response.status).toBe('published');
      expect(response.facilityId).toBe(review.facilityId);
      expect(isMember.has(`${response.writtenBy}|${organisationId}`)).toBe(true);
      expect(email).toMatch(/^(voorziening@demo\.test|voorziening-\d+@voorbeeld\.invalid)$/);
      expect(response.publishedAt!.getTime()).toBeGreaterThan(review.publishedAt!.getTime());
      expect(response.publishedAt!.getTime()).toBeLessThan(NOW.getTime());
    }
    const [demo] = await handle.db.select().from(facilities).where(eq(facilities.name, DEMO_FACILITY_NAME));
    const demoResponses = rows.filter((r) => r.review.facilityId === demo!.id);
    for (const r of demoResponses) expect(r.email).toBe('voorziening@demo.test');
  });

  it('maintains the scores and review counts: they equal a recount of the published reviews', async () => {
    const rows = await handle.db
      .select({ facilityId: reviews.facilityId, publishedAt: reviews.publishedAt, ratings: reviewRevisions.ratings })
      .from(reviews)
      .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId));
    const expected = new Map<string, { count: number; scaledSum: number; n: number[] }>();
    const reviewCounts = new Map<number, number>();
    for (const row of rows) {
      reviewCounts.set(row.facilityId, (reviewCounts.get(row.facilityId) ?? 0) + 1);
      for (const { theme, scaled, bucket } of contributions(row.ratings)) {
        const key = `${row.facilityId}|${monthOf(row.publishedAt!)}|${theme}`;
        const entry = expected.get(key) ?? { count: 0, scaledSum: 0, n: [0, 0, 0, 0, 0] };
        entry.count += 1;
        entry.scaledSum += scaled;
        entry.n[bucket - 1]! += 1;
        expected.set(key, entry);
      }
    }
    const stored = await handle.db.select().from(facilityScoreMonths);
    expect(stored.length).toBe(expected.size);
    for (const row of stored) {
      const entry = expected.get(`${row.facilityId}|${row.month}|${row.theme}`);
      expect(entry, `${row.facilityId} ${row.month} ${row.theme}`).toBeDefined();
      expect({ count: row.count, scaledSum: Number(row.scaledSum), n: [row.n1, row.n2, row.n3, row.n4, row.n5] }).toEqual(entry);
    }
    for (const f of await handle.db.select({ id: facilities.id, reviewCount: facilities.reviewCount }).from(facilities)) {
      expect(f.reviewCount).toBe(reviewCounts.get(f.id) ?? 0);
    }
  });
});

describe('demo seed at 2000 facilities with 5000 reviews', () => {
  let handle: DatabaseHandle;
  let summary: SeedSummary;
  const reports: [number, number, string][] = [];

  beforeAll(async () => {
    handle = await freshPglite();
    summary = await seedDemo(handle.db, {
      facilities: 2000,
      reviews: 5000,
      now: NOW,
      onProgress: (done, total, stage) => reports.push([done, total, stage]),
    });
  });
  afterAll(() => handle?.close());

  it('publishes exactly the requested number of reviews, over participating facilities only', async () => {
    expect(summary.reviews).toBe(5000);
    const [{ total }] = (await handle.db.select({ total: sql<number>`count(*)::int` }).from(reviews)) as [{ total: number }];
    expect(total).toBe(5000);
    const outside = await handle.db
      .select({ id: reviews.id })
      .from(reviews)
      .innerJoin(facilities, eq(facilities.id, reviews.facilityId))
      .where(eq(facilities.participating, false));
    expect(outside).toHaveLength(0);
    const [{ counted }] = (await handle.db.select({ counted: sql<number>`sum(review_count)::int` }).from(facilities)) as [{ counted: number }];
    expect(counted).toBe(5000);
  });

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
    expect(new Set(reports.map(([, , stage]) => stage))).toEqual(new Set(['organisaties', 'voorzieningen', 'gebruikers', 'waarderingen', 'scores']));
  });
});

describe('demo seed with a requested number of reviews', () => {
  it('seeds none with 0', async () => {
    const handle = await freshPglite();
    const summary = await seedDemo(handle.db, { facilities: 30, reviews: 0, now: NOW });
    expect(summary).toMatchObject({ reviews: 0, reviewers: 0, responses: 0, users: DEMO_ACCOUNTS.length });
    expect(await handle.db.select().from(reviews)).toHaveLength(0);
    expect(await handle.db.select().from(facilityScoreMonths)).toHaveLength(0);
    await handle.close();
  });

  it('spreads a large number over all facilities, participating or not', async () => {
    const handle = await freshPglite();
    const summary = await seedDemo(handle.db, { facilities: 20, reviews: 1500, now: NOW });
    expect(summary.reviews).toBe(1500);
    const rows = await handle.db.select({ participating: facilities.participating, reviewCount: facilities.reviewCount }).from(facilities);
    expect(rows.some((f) => !f.participating)).toBe(true);
    for (const f of rows) expect(f.reviewCount).toBeGreaterThan(0);
    expect(rows.reduce((sum, f) => sum + f.reviewCount, 0)).toBe(1500);
    await handle.close();
  });
});

describe('demo inspection histories', () => {
  it('gives the demo facility and most others inspection reports, some with shortcomings and enforcement', async () => {
    const handle = await openDatabase();
    await handle.migrate();
    const summary = await seedDemo(handle.db, { reviews: 0 });
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

describe('bulk loading of reviews', () => {
  /** Every constraint and index of the public schema, as text. */
  const schemaOf = async (handle: DatabaseHandle) =>
    rowsOf<{ d: string }>(
      await handle.db.execute(sql`
        select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as d
        from pg_constraint where connamespace = 'public'::regnamespace
        union all
        select pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indrelid where c.relnamespace = 'public'::regnamespace
        order by 1`),
    ).map((row) => row.d);
  const scoresOf = async (handle: DatabaseHandle) =>
    handle.db
      .select({ facility: facilities.externalId, month: facilityScoreMonths.month, theme: facilityScoreMonths.theme, count: facilityScoreMonths.count, sum: facilityScoreMonths.scaledSum })
      .from(facilityScoreMonths)
      .innerJoin(facilities, eq(facilities.id, facilityScoreMonths.facilityId))
      .orderBy(asc(facilities.externalId), asc(facilityScoreMonths.month), asc(facilityScoreMonths.theme));

  it('gives the same reviews and scores as a row-by-row load, and leaves every foreign key and index as it was', async () => {
    const plain = await freshPglite();
    const bulk = await freshPglite();
    try {
      const before = await schemaOf(bulk);
      expect(before.some((d) => d.includes('reviews_facility_id_facilities_id_fk'))).toBe(true);
      await seedDemo(plain.db, { facilities: 40, reviews: 600, now: NOW, bulkLoad: false });
      await seedDemo(bulk.db, { facilities: 40, reviews: 600, now: NOW, bulkLoad: true });
      expect(await schemaOf(bulk)).toEqual(before);
      expect(await publishedReviews(bulk)).toEqual(await publishedReviews(plain));
      expect(await scoresOf(bulk)).toEqual(await scoresOf(plain));
    } finally {
      await plain.close();
      await bulk.close();
    }
  });
});
