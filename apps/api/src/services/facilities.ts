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
  facilityScores,
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
import { boundValue, preparedPerDatabase } from '../lib/prepared';
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
 * the order asked: relevance, name, or number of published reviews (most first, as indexed by
 * facilities_review_count_idx).
 *
 * A search term first matches literally: a part of the name or municipality, or the postcode;
 * relevance then puts whole-word matches first, then participating facilities, then the name. When
 * that fills less than a page, near spellings count too (trigram word similarity: "Speelvogl"
 * finds "De Speelvogel"), everything ranked by how near it is. Ranking by similarity reads every
 * candidate, about a thousand rows for a large municipality, so a term with many literal matches
 * (a municipality, a common word) is spared it: near spellings would rank below them anyway.
 */
export async function searchFacilities(db: Database, rules: ScoreRules, search: FacilitySearch, now: Date) {
  const q = search.q?.trim().toLowerCase();
  const requested = search.sort ?? 'relevance';
  const sort: FacilitySort = requested === 'relevance' && !q ? 'name' : requested;
  const filters: SQL[] = [];
  if (search.sector) filters.push(eq(facilities.sector, search.sector));
  if (search.kind) filters.push(eq(facilities.kind, search.kind));
  if (search.province) filters.push(eq(facilities.province, search.province));
  if (search.postcode) filters.push(eq(facilities.postcode, search.postcode));
  const orderBy = (relevance: SQL[]): SQL[] =>
    sort === 'relevance' ? relevance : sort === 'reviews' ? [desc(facilities.reviewCount), asc(facilities.name)] : [asc(facilities.name)];

  let found: { rows: (typeof facilities.$inferSelect)[]; total: number };
  if (q) {
    const literal = or(sql`${searchText} like ${`%${escapeLike(q)}%`}`, eq(facilities.postcode, q))!;
    const wholeWord = sql`(' ' || ${searchText} || ' ') like ${`% ${escapeLike(q)} %`}`;
    found = await searchPage(db, and(literal, ...filters), orderBy([desc(wholeWord), desc(facilities.participating), asc(facilities.name)]), search.page);
    if (found.total < FACILITY_PAGE_SIZE) {
      const near = sql`${q} <% ${searchText}`;
      const similarity = sql`word_similarity(${q}, ${searchText})`;
      found = await searchPage(db, and(or(literal, near), ...filters), orderBy([desc(similarity), desc(facilities.participating), asc(facilities.name)]), search.page);
    }
  } else {
    found = await searchPage(db, filters.length ? and(...filters) : undefined, orderBy([]), search.page, { countApart: true });
  }

  const scores = await summaryScores(db, rules, found.rows.map((row) => row.id), now);
  return {
    items: found.rows.map((row) => ({ ...describeFacility(row), score: scores.get(row.id) ?? null })),
    sort,
    page: search.page,
    pageSize: FACILITY_PAGE_SIZE,
    total: found.total,
    totalPages: Math.ceil(found.total / FACILITY_PAGE_SIZE),
  };
}

/**
 * One page of facilities with the total. A search term's matches are all read to be ranked anyway,
 * so the page carries the total (count over the whole match set); without one (`countApart`), a
 * page comes straight from an index and the total is counted apart. Past the last page there is no
 * row to carry it. Prepared by their text: PostgreSQL plans each shape of search once per connection.
 */
async function searchPage(db: Database, where: SQL | undefined, order: SQL[], page: number, options: { countApart?: boolean } = {}) {
  const counted = async () => Number((await db.select({ total: count() }).from(facilities).where(where).prepare('facility_count').execute())[0]!.total);
  const [rows, apart] = await Promise.all([
    db
      .select({ facility: facilities, total: options.countApart ? sql<number>`0` : sql<number>`count(*) over ()` })
      .from(facilities)
      .where(where)
      .orderBy(...order, asc(facilities.id))
      .limit(FACILITY_PAGE_SIZE)
      .offset((page - 1) * FACILITY_PAGE_SIZE)
      .prepare('facility_search')
      .execute(),
    options.countApart ? counted() : null,
  ]);
  const total = apart ?? (rows.length > 0 ? Number(rows[0]!.total) : page === 1 ? 0 : await counted());
  return { rows: rows.map((row) => row.facility), total };
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
  const figures = await readScores(db, facilityIds, windowStart(now, rules.windowMonths), OVERALL);
  return new Map(
    facilityIds.map((id) => {
      const score = publicScore(figures.get(id)?.get(OVERALL), rules);
      return [id, score.average === null ? null : { average: score.average, count: score.count, indicative: score.indicative }] as const;
    }),
  );
}

/**
 * One round trip: the facility, its organisation, its scores over the window from `from`, and its
 * years: from its facility_scores row when that holds this window, else summed from the months
 * (COALESCE runs the sums only then).
 */
const facilityDetailQuery = preparedPerDatabase((db) =>
  db
    .select({
      facility: facilities,
      organisationName: organisations.name,
      // Spelled out with table names: drizzle leaves columns unqualified in a select list's SQL.
      scores: sql`coalesce(facility_scores.scores, ${scoresJson(facilities.id, boundValue('from'))})`,
      years: sql`coalesce(facility_scores.years, ${yearlyOverallJson(facilities.id)})`,
    })
    .from(facilities)
    .innerJoin(organisations, eq(organisations.id, facilities.organisationId))
    .leftJoin(facilityScores, and(eq(facilityScores.facilityId, facilities.id), eq(facilityScores.windowStart, sql`${boundValue('from')}::date`)))
    .where(eq(facilities.id, boundValue('id')))
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
