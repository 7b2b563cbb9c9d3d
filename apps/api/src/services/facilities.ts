import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import {
  FACILITY_KINDS,
  PROVINCE_LABELS,
  SECTOR_LABELS,
  THEME_KEYS,
  THEMES,
  type FacilityKind,
  type FacilitySort,
  type Province,
  type Sector,
  type Score,
} from '@zorgwaardering/core';
import {
  facilities,
  organisations,
  OVERALL,
  readScores,
  scoresFromJson,
  scoresJson,
  windowStart,
  yearlyOverallFromJson,
  yearlyOverallJson,
  type Database,
  type ScoreFigures,
} from '@zorgwaardering/db';
import { NotFound } from '../errors';
import { preparedPerDatabase } from '../lib/prepared';
import type { ScoreRules } from '../rules';

export const FACILITY_PAGE_SIZE = 20;

export interface FacilitySearch {
  q?: string | undefined;
  sector?: Sector | undefined;
  kind?: FacilityKind | undefined;
  province?: Province | undefined;
  postcode?: string | undefined;
  /** Without a search term, `relevance` falls back to `name`; the default is `relevance` with one, `name` without. */
  sort?: FacilitySort | undefined;
  page: number;
}

/** What a search matches, as indexed by facilities_search_trgm_idx. */
const searchText = sql`lower(${facilities.name} || ' ' || ${facilities.municipality})`;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** A facility as every public answer describes it, with the labels of its codes. */
export function describeFacility(row: typeof facilities.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    sector: row.sector,
    sectorLabel: SECTOR_LABELS[row.sector],
    kind: row.kind,
    kindLabel: FACILITY_KINDS[row.kind].label,
    street: row.street,
    houseNumber: row.houseNumber,
    postcode: row.postcode,
    municipality: row.municipality,
    province: row.province,
    provinceLabel: PROVINCE_LABELS[row.province],
    capacity: row.capacity,
    participating: row.participating,
    liveSince: row.liveSince,
    reviewCount: row.reviewCount,
  };
}

/**
 * Facilities by name, municipality or postcode, with filters; a page at a time with the total, in
 * the order asked: relevance (best match first, participating facilities before the others), name,
 * or number of published reviews (most first, as indexed by facilities_review_count_idx).
 */
export async function searchFacilities(db: Database, rules: ScoreRules, search: FacilitySearch, now: Date) {
  const conditions: SQL[] = [];
  const q = search.q?.trim().toLowerCase();
  const requested = search.sort ?? 'relevance';
  const sort: FacilitySort = requested === 'relevance' && !q ? 'name' : requested;
  if (q) {
    // Matches a part of the name or municipality, a postcode, or a near spelling (trigram word similarity).
    conditions.push(or(sql`${searchText} like ${`%${escapeLike(q)}%`}`, sql`${q} <% ${searchText}`, eq(facilities.postcode, q))!);
  }
  const order: SQL[] =
    sort === 'relevance'
      ? [desc(sql`word_similarity(${q}, ${searchText})`), desc(facilities.participating), asc(facilities.name)]
      : sort === 'reviews'
        ? [desc(facilities.reviewCount), asc(facilities.name)]
        : [asc(facilities.name)];
  if (search.sector) conditions.push(eq(facilities.sector, search.sector));
  if (search.kind) conditions.push(eq(facilities.kind, search.kind));
  if (search.province) conditions.push(eq(facilities.province, search.province));
  if (search.postcode) conditions.push(eq(facilities.postcode, search.postcode));
  const where = conditions.length ? and(...conditions) : undefined;

  // With a search term every match is read to rank it anyway, so the page carries the total
  // (count over the whole match set); without one, a page comes straight from an index and the
  // total is counted apart. Past the last page there is no row to carry it.
  // Prepared (by its text): PostgreSQL plans each shape of search once per connection.
  const counted = async () => Number((await db.select({ total: count() }).from(facilities).where(where).prepare('facility_count').execute())[0]!.total);
  const withTotal = Boolean(q);
  const [rows, separateTotal] = await Promise.all([
    db
      .select({ facility: facilities, total: withTotal ? sql<number>`count(*) over ()` : sql<number>`0` })
      .from(facilities)
      .where(where)
      .orderBy(...order, asc(facilities.id))
      .limit(FACILITY_PAGE_SIZE)
      .offset((search.page - 1) * FACILITY_PAGE_SIZE)
      .prepare('facility_search')
      .execute(),
    withTotal ? null : counted(),
  ]);
  const total = separateTotal ?? (rows.length > 0 ? Number(rows[0]!.total) : search.page === 1 ? 0 : await counted());
  const scores = await summaryScores(db, rules, rows.map((row) => row.facility.id), now);
  return {
    items: rows.map((row) => ({ ...describeFacility(row.facility), score: scores.get(row.facility.id) ?? null })),
    sort,
    page: search.page,
    pageSize: FACILITY_PAGE_SIZE,
    total,
    totalPages: Math.ceil(total / FACILITY_PAGE_SIZE),
  };
}

/** The scores of a facility as the public sees them: withheld below the minimum, marked below "indicatief". */
export function publicScore(figures: ScoreFigures | undefined, rules: ScoreRules): Score {
  const count = figures?.count ?? 0;
  const shown = figures !== undefined && figures.mean !== null && count >= rules.minReviewsForAverage;
  return {
    average: shown ? Math.round(figures.mean! * 10) / 10 : null,
    count,
    distribution: shown ? [...figures.distribution] : [0, 0, 0, 0, 0],
    indicative: count < rules.indicativeBelowReviews,
  };
}

/** The overall score of each facility for a list, or null where none may be shown. */
export async function summaryScores(db: Database, rules: ScoreRules, facilityIds: number[], now: Date) {
  const figures = await readScores(db, facilityIds, windowStart(now, rules.windowMonths));
  return new Map(
    facilityIds.map((id) => {
      const score = publicScore(figures.get(id)?.get(OVERALL), rules);
      return [id, score.average === null ? null : { average: score.average, count: score.count, indicative: score.indicative }] as const;
    }),
  );
}

/** One round trip: the facility, its organisation, its scores over the window from `from`, and its years. */
const facilityDetailQuery = preparedPerDatabase((db) =>
  db
    .select({
      facility: facilities,
      organisationName: organisations.name,
      scores: scoresJson(facilities.id, sql.placeholder('from')),
      years: yearlyOverallJson(facilities.id),
    })
    .from(facilities)
    .innerJoin(organisations, eq(organisations.id, facilities.organisationId))
    .where(eq(facilities.id, sql.placeholder('id')))
    .prepare('facility_detail'),
);

/**
 * One facility with its scores: overall and per theme over the scoring window, from the maintained
 * monthly figures, and the yearly trend when enough years have enough reviews.
 */
export async function getFacility(db: Database, rules: ScoreRules, id: number, now: Date) {
  const from = windowStart(now, rules.windowMonths);
  const [row] = await facilityDetailQuery(db).execute({ id, from });
  if (!row) throw new NotFound('Deze voorziening bestaat niet.');

  const byTheme = scoresFromJson(row.scores);
  const overall = publicScore(byTheme.get(OVERALL), rules);
  const trendYears = yearlyOverallFromJson(row.years).filter((year) => year.count >= rules.trendMinReviewsPerYear);

  const facility = row.facility;
  return {
    ...describeFacility(facility),
    organisationName: row.organisationName,
    score: overall.average === null ? null : { average: overall.average, count: overall.count, indicative: overall.indicative },
    scoreRules: {
      windowMonths: rules.windowMonths,
      windowStart: from.slice(0, 7),
      minReviewsForAverage: rules.minReviewsForAverage,
      indicativeBelowReviews: rules.indicativeBelowReviews,
    },
    overall,
    themes: THEME_KEYS.map((key) => ({
      key,
      label: THEMES[key].label,
      question: THEMES[key].questions[facility.sector],
      ...publicScore(byTheme.get(key), rules),
    })),
    trend:
      trendYears.length >= rules.trendMinYears
        ? trendYears.map((year) => ({ year: year.year, average: Math.round(year.mean * 10) / 10, count: year.count }))
        : [],
  };
}
