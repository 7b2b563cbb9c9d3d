import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import {
  FACILITY_KINDS,
  PROVINCE_LABELS,
  RELATIONSHIPS,
  SECTOR_LABELS,
  THEME_KEYS,
  THEMES,
  type FacilityKind,
  type Province,
  type Sector,
} from '@zorgwaardering/core';
import { facilities, organisations, reviewRevisions, reviews, type Database } from '@zorgwaardering/db';
import { NotFound } from '../errors';
import type { PublicationRules } from '../rules';

export const FACILITY_PAGE_SIZE = 20;
export const REVIEW_PAGE_SIZE = 10;

/** A review the public may see: it has an approved revision and was not withdrawn or removed. */
export const isPublicReview = sql`${reviews.publishedRevisionId} is not null and ${reviews.status} not in ('withdrawn', 'removed')`;

// Spelled out: drizzle leaves columns unqualified inside a selected subquery, which would be ambiguous here.
const publicReviewCount = sql<number>`(select count(*)::int from reviews r
  where r.facility_id = facilities.id and r.published_revision_id is not null and r.status not in ('withdrawn', 'removed'))`;

export interface FacilitySearch {
  q?: string | undefined;
  sector?: Sector | undefined;
  kind?: FacilityKind | undefined;
  province?: Province | undefined;
  postcode?: string | undefined;
  page: number;
}

/** What a search matches, as indexed by facilities_search_trgm_idx. */
const searchText = sql`lower(${facilities.name} || ' ' || ${facilities.municipality})`;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function describe(row: typeof facilities.$inferSelect) {
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
  };
}

/** Facilities by name, municipality or postcode, with filters; a page at a time with the total. */
export async function searchFacilities(db: Database, search: FacilitySearch) {
  const conditions: SQL[] = [];
  const q = search.q?.trim().toLowerCase();
  const order: SQL[] = [];
  if (q) {
    // Matches a part of the name or municipality, a postcode, or a near spelling (trigram word similarity).
    conditions.push(or(sql`${searchText} like ${`%${escapeLike(q)}%`}`, sql`${q} <% ${searchText}`, eq(facilities.postcode, q))!);
    order.push(desc(sql`word_similarity(${q}, ${searchText})`));
  }
  if (search.sector) conditions.push(eq(facilities.sector, search.sector));
  if (search.kind) conditions.push(eq(facilities.kind, search.kind));
  if (search.province) conditions.push(eq(facilities.province, search.province));
  if (search.postcode) conditions.push(eq(facilities.postcode, search.postcode));
  const where = conditions.length ? and(...conditions) : undefined;

  const [{ total }] = (await db.select({ total: count() }).from(facilities).where(where)) as [{ total: number }];
  const rows = await db
    .select({ facility: facilities, reviewCount: publicReviewCount })
    .from(facilities)
    .where(where)
    .orderBy(...order, desc(facilities.participating), asc(facilities.name), asc(facilities.id))
    .limit(FACILITY_PAGE_SIZE)
    .offset((search.page - 1) * FACILITY_PAGE_SIZE);
  return {
    items: rows.map((row) => ({ ...describe(row.facility), reviewCount: Number(row.reviewCount) })),
    page: search.page,
    pageSize: FACILITY_PAGE_SIZE,
    total: Number(total),
    totalPages: Math.ceil(Number(total) / FACILITY_PAGE_SIZE),
  };
}

/** One facility with its theme scores; an average appears only from the rules' minimum of reviews. */
export async function getFacility(db: Database, rules: PublicationRules, id: number) {
  const [row] = await db
    .select({ facility: facilities, organisationName: organisations.name, reviewCount: publicReviewCount })
    .from(facilities)
    .innerJoin(organisations, eq(organisations.id, facilities.organisationId))
    .where(eq(facilities.id, id));
  if (!row) throw new NotFound('Deze voorziening bestaat niet.');

  const scores = await db
    .select({
      theme: sql<string>`score.key`,
      average: sql<string>`avg((score.value)::numeric)`,
      count: sql<number>`count(*)::int`,
    })
    .from(reviews)
    .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId))
    .innerJoin(sql`lateral jsonb_each(${reviewRevisions.ratings}) as score`, sql`jsonb_typeof(score.value) = 'number'`)
    .where(and(eq(reviews.facilityId, id), isPublicReview))
    .groupBy(sql`score.key`);
  const byTheme = new Map(scores.map((s) => [s.theme, s]));

  const facility = row.facility;
  return {
    ...describe(facility),
    organisationName: row.organisationName,
    reviewCount: Number(row.reviewCount),
    minReviewsForAverage: rules.minReviewsForAverage,
    themes: THEME_KEYS.map((key) => {
      const score = byTheme.get(key);
      const themeCount = Number(score?.count ?? 0);
      return {
        key,
        label: THEMES[key].label,
        question: THEMES[key].questions[facility.sector],
        average: score && themeCount >= rules.minReviewsForAverage ? Math.round(Number(score.average) * 10) / 10 : null,
        count: themeCount,
      };
    }),
  };
}

/** The published reviews of a facility, newest first: never who wrote them. */
export async function listPublicReviews(db: Database, facilityId: number, page: number) {
  const [exists] = await db.select({ id: facilities.id }).from(facilities).where(eq(facilities.id, facilityId));
  if (!exists) throw new NotFound('Deze voorziening bestaat niet.');
  const where = and(eq(reviews.facilityId, facilityId), isPublicReview);
  const [{ total }] = (await db.select({ total: count() }).from(reviews).where(where)) as [{ total: number }];
  const rows = await db
    .select({ id: reviews.id, publishedAt: reviews.publishedAt, revision: reviewRevisions })
    .from(reviews)
    .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.publishedRevisionId))
    .where(where)
    .orderBy(desc(reviews.publishedAt), desc(reviews.id))
    .limit(REVIEW_PAGE_SIZE)
    .offset((page - 1) * REVIEW_PAGE_SIZE);
  return {
    items: rows.map(({ id, publishedAt, revision }) => ({
      id,
      ratings: revision.ratings,
      text: revision.text,
      month: (publishedAt ?? revision.createdAt).toISOString().slice(0, 7),
      relationship: revision.relationship,
      relationshipLabel: RELATIONSHIPS[revision.relationship],
      displayLabel: revision.displayLabel,
      editedByEditors: revision.source === 'editor',
    })),
    page,
    pageSize: REVIEW_PAGE_SIZE,
    total: Number(total),
    totalPages: Math.ceil(Number(total) / REVIEW_PAGE_SIZE),
  };
}
