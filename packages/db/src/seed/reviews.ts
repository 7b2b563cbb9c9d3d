import { sql } from 'drizzle-orm';
import { RELATIONSHIPS_BY_SECTOR, THEME_KEYS, type FacilityKind, type Ratings, type Relationship, type Sector } from '@zorgwaardering/core';
import { rowsOf, type Database } from '../client';
import { recomputeScores } from '../scores';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { Dice, mulberry32 } from './random';
import { displayLabelFor, overallPolarity, REMOVABLE_MAX, responseText, reviewText, subjectFor, TEXT_MAX, withRemovableSentence } from './review-texts';

/** The seed of the review data: independent of the facilities' seed, so adding reviews changes no facility. */
export const REVIEW_SEED = 0x7e71_2025;

/** Synthetic accounts use this reserved domain, so no mail can ever reach anyone. */
export const SYNTHETIC_EMAIL_DOMAIN = 'voorbeeld.invalid';

/** The most reviews a facility gets in the demo data (without a requested total). */
export const MAX_DEMO_REVIEWS_PER_FACILITY = 40;

/** Reviews of the demo facility per calendar year, this year first: enough years for the yearly trend. */
const DEMO_FACILITY_REVIEWS_BY_YEAR = [5, 6, 6, 5, 3];

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Reviews are published over the last five years, the newest three days ago. */
const MAX_AGE_DAYS = 5 * 365;
const MIN_AGE_DAYS = 3;
const BATCH_SIZE = 1000;

const EDITED_SHARE = 0.07;
const VERIFIED_SHARE = 0.2;
/** Facilities answer critical reviews more often; overall about 15 % get a response. */
const RESPONSE_SHARE = { positive: 0.11, mixed: 0.22, negative: 0.32 } as const;

export interface ReviewSeedFacility {
  id: number;
  organisationId: number;
  sector: Sector;
  kind: FacilityKind;
  name: string;
  participating: boolean;
}

export interface ReviewSeedInput {
  /** In the order of planReviewCounts' counts, the demo facility first. */
  facilities: readonly ReviewSeedFacility[];
  /** Published reviews per facility, from planReviewCounts. */
  counts: readonly number[];
  /** The demo facility's manager: answers its reviews and hands out its invitation codes. */
  demoManagerId: string;
  /** Editors who write the editors' revisions. */
  editorIds: readonly string[];
  /** Reviews are dated before the start of this day (UTC); the same day gives the same data. */
  now: Date;
  /** Spread the demo facility's reviews over five calendar years (the default demo data). */
  demoTrend: boolean;
  /**
   * Drop the foreign keys and secondary indexes of the tables filled here during the load and
   * create them again after it (for hundreds of thousands of reviews).
   */
  bulk?: boolean;
  /** Called after every batch with the number of reviews it inserted, and once before the scores are computed. */
  onProgress?: (reviews: number, stage: 'reviews' | 'scores') => void;
}

export interface ReviewSeedSummary {
  reviews: number;
  verifiedReviews: number;
  editedReviews: number;
  responses: number;
  /** Synthetic authors (waardeerder-N@voorbeeld.invalid). */
  reviewers: number;
  /** Synthetic facility staff who answer reviews and hand out codes (voorziening-N@voorbeeld.invalid). */
  facilityStaff: number;
}

/**
 * Published reviews per facility; `facilities[0]` is the demo facility. Without `total`: none for
 * facilities outside the pilot, and for the others a mix of none, one or two (no average yet),
 * 3 to 9 ("indicatief") and 10 to 40, with about 25 for the demo facility. With `total`: exactly
 * that many, spread unevenly (a few facilities get many) over the participating facilities, or
 * over all of them when there would be more than 40 per participating facility.
 */
export function planReviewCounts(facilities: readonly { participating: boolean }[], total?: number): number[] {
  const dice = new Dice(mulberry32(REVIEW_SEED));
  if (total === undefined) {
    return facilities.map((facility, index) => {
      if (!facility.participating) return 0;
      if (index === 0) return DEMO_FACILITY_REVIEWS_BY_YEAR.reduce((a, b) => a + b, 0);
      const roll = dice.int(0, 99);
      if (roll < 10) return 0;
      if (roll < 25) return dice.int(1, 2);
      if (roll < 62) return dice.int(3, 9);
      return 10 + Math.floor(((MAX_DEMO_REVIEWS_PER_FACILITY - 9) * dice.int(0, 999) ** 2) / 1000 ** 2);
    });
  }
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`The number of reviews must be a non-negative integer, got ${total}`);
  const participating = facilities.filter((f) => f.participating).length;
  const eligible = facilities.map((f) => f.participating || participating === 0 || total > MAX_DEMO_REVIEWS_PER_FACILITY * participating);
  // Log-normal weights: most facilities near the mean, a few with several times as many.
  const weights = facilities.map((_, i) => (eligible[i] ? Math.exp(normal(dice)) : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const counts = exact.map(Math.floor);
  const rest = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, i) => ({ i, remainder: value - counts[i]! })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; k < rest; k++) counts[byRemainder[k % byRemainder.length]!.i]! += 1;
  return counts;
}

/** A standard normal draw (Box-Muller). */
function normal(dice: Dice): number {
  const u = 1 - dice.int(0, 999_999) / 1_000_000;
  const v = dice.int(0, 999_999) / 1_000_000;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A version 4 UUID from the seeded PRNG, so the same seed gives the same ids. */
function uuid(dice: Dice): string {
  const hex = Array.from({ length: 4 }, () => dice.int(0, 0xffff_ffff).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const monthIndex = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
const monthText = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

const RARE_RELATIONSHIPS: Partial<Record<Relationship, number>> = { andere: 0.5, voogd: 0.5, pleegouder: 1, vertegenwoordiger: 1 };

/** How often each relationship writes, per sector: the first (parents, residents) most. */
function relationshipWeight(sector: Sector, relationship: Relationship): number {
  if (RELATIONSHIPS_BY_SECTOR[sector][0] === relationship) return 8;
  return RARE_RELATIONSHIPS[relationship] ?? 2;
}

const RATED_THEMES = [[4, 10], [5, 12], [6, 18], [7, 25], [8, 35]] as const;

interface Reviewer {
  id: string;
  createdAt: number;
}

type Row = Record<string, string | number | null | Ratings>;

/** The rows of up to 1000 reviews, in the columns of their tables; timestamps as ISO strings. */
interface Batch {
  users: Row[];
  memberships: Row[];
  codes: Row[];
  reviews: Row[];
  revisions: Row[];
  responses: Row[];
}

const emptyBatch = (): Batch => ({ users: [], memberships: [], codes: [], reviews: [], revisions: [], responses: [] });
const iso = (time: number) => new Date(time).toISOString();

/**
 * Inserts published reviews with their revisions, synthetic authors, invitation codes and facility
 * responses, deterministically, in batches of 1000 reviews; then rebuilds the maintained scores.
 * Call in the seeding transaction, after the facilities and demo accounts exist.
 */
export async function seedReviews(db: Database, input: ReviewSeedInput): Promise<ReviewSeedSummary> {
  const bulk = <T>(tables: readonly string[], work: () => Promise<T>) => (input.bulk ? withoutForeignKeysAndIndexes(db, tables, work) : work());
  const summary = await bulk(REVIEW_TABLES, () => insertReviews(db, input));
  input.onProgress?.(0, 'scores');
  // The recount needs the review indexes back; only its own table's foreign key waits.
  await bulk(['facility_score_months'], () => recomputeScores(db));
  return summary;
}

async function insertReviews(db: Database, input: ReviewSeedInput): Promise<ReviewSeedSummary> {
  const dice = new Dice(mulberry32(REVIEW_SEED + 1));
  const today = Date.UTC(input.now.getUTCFullYear(), input.now.getUTCMonth(), input.now.getUTCDate());
  const latest = today - MIN_AGE_DAYS * DAY;
  const staffSince = iso(today - (MAX_AGE_DAYS + 60) * DAY);
  const summary: ReviewSeedSummary = { reviews: 0, verifiedReviews: 0, editedReviews: 0, responses: 0, reviewers: 0, facilityStaff: 0 };
  const demo = input.facilities[0];
  const staffByOrganisation = new Map<number, string>();
  if (demo) staffByOrganisation.set(demo.organisationId, input.demoManagerId);
  const recentReviewers: Reviewer[] = [];
  let batch = emptyBatch();

  // The database inserts one batch while the next one is generated.
  let inserting: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.reviews.length === 0) return;
    const full = batch;
    batch = emptyBatch();
    await inserting;
    inserting = insertBatch(db, full).then(() => input.onProgress?.(full.reviews.length, 'reviews'));
    inserting.catch(() => {});
    await new Promise((resolve) => setImmediate(resolve));
  };

  const staffOf = (facility: ReviewSeedFacility): string => {
    let id = staffByOrganisation.get(facility.organisationId);
    if (!id) {
      id = uuid(dice);
      summary.facilityStaff += 1;
      staffByOrganisation.set(facility.organisationId, id);
      batch.users.push({
        id,
        email: `voorziening-${summary.facilityStaff}@${SYNTHETIC_EMAIL_DOMAIN}`,
        first_name: dice.pick(FIRST_NAMES),
        last_name: dice.pick(LAST_NAMES),
        created_at: staffSince,
        last_sign_in_at: null,
      });
      batch.memberships.push({ user_id: id, organisation_id: facility.organisationId, role: 'manager', created_at: staffSince });
    }
    return id;
  };

  /** Mostly a new author; now and then someone who reviewed another facility before. */
  const authorFor = (submittedAt: number, reviewedHere: Set<string>): string => {
    if (recentReviewers.length > 0 && dice.chance(0.12)) {
      const candidate = dice.pick(recentReviewers);
      if (candidate.createdAt <= submittedAt && !reviewedHere.has(candidate.id)) return candidate.id;
    }
    const createdAt = submittedAt - dice.int(5, 90) * 60_000;
    const reviewer = { id: uuid(dice), createdAt };
    summary.reviewers += 1;
    batch.users.push({
      id: reviewer.id,
      email: `waardeerder-${summary.reviewers}@${SYNTHETIC_EMAIL_DOMAIN}`,
      first_name: dice.pick(FIRST_NAMES),
      last_name: dice.pick(LAST_NAMES),
      created_at: iso(createdAt),
      last_sign_in_at: iso(createdAt),
    });
    recentReviewers.push(reviewer);
    if (recentReviewers.length > 500) recentReviewers.splice(0, 250);
    return reviewer.id;
  };

  const publicationDays = (facilityIndex: number, count: number): number[] => {
    if (facilityIndex === 0 && input.demoTrend) {
      const year = new Date(today).getUTCFullYear();
      return DEMO_FACILITY_REVIEWS_BY_YEAR.flatMap((n, back) => {
        const start = Date.UTC(year - back, 0, 1);
        const end = Math.min(Date.UTC(year - back, 11, 31), latest);
        return Array.from({ length: n }, () =>
          end > start ? start + dice.int(0, Math.floor((end - start) / DAY)) * DAY : latest - dice.int(0, 30) * DAY,
        );
      });
    }
    // Skewed towards recent years; about 30 % older than 36 months.
    return Array.from({ length: count }, () => today - (MIN_AGE_DAYS + Math.floor((MAX_AGE_DAYS - MIN_AGE_DAYS) * (dice.int(0, 9999) / 10_000) ** 1.4)) * DAY);
  };

  for (let index = 0; index < input.facilities.length; index++) {
    const count = input.counts[index] ?? 0;
    if (count === 0) continue;
    const facility = input.facilities[index]!;
    const quality = index === 0 ? 4.3 : clamp(3.9 + 0.55 * normal(dice), 2, 4.8);
    const reviewedHere = new Set<string>();
    for (const day of publicationDays(index, count)) {
      const publishedAt = day + dice.int(7 * 3600, 19 * 3600) * 1000;
      const edited = input.editorIds.length > 0 && dice.chance(EDITED_SHARE);
      const verified = dice.chance(VERIFIED_SHARE);
      const submittedAt = publishedAt - dice.int(4, edited ? 96 : 60) * HOUR - dice.int(0, 3599) * 1000;

      const relationship = dice.weighted(RELATIONSHIPS_BY_SECTOR[facility.sector], (r) => relationshipWeight(facility.sector, r));
      const subject = subjectFor(dice, facility.sector, relationship);
      const ratings = rate(dice, quality);
      const periodTo = monthIndex(new Date(submittedAt)) - dice.int(0, 8);
      const periodFrom = periodTo - dice.int(0, facility.sector === 'kinderopvang' ? 30 : 36);
      const context = { sector: facility.sector, kind: facility.kind, subject, months: periodTo - periodFrom + 1 };
      const text = reviewText(dice, context, ratings, edited ? TEXT_MAX - REMOVABLE_MAX : TEXT_MAX);
      const authorText = edited ? withRemovableSentence(dice, text).authorText : text;
      const displayLabel = displayLabelFor(dice, facility.sector, relationship, subject);

      const authorId = authorFor(submittedAt, reviewedHere);
      reviewedHere.add(authorId);
      const reviewId = uuid(dice);
      const authorRevisionId = uuid(dice);
      const editorRevisionId = edited ? uuid(dice) : null;
      const publishedRevisionId = editorRevisionId ?? authorRevisionId;
      const content = { ratings, relationship, period_from: monthText(periodFrom), period_to: monthText(periodTo), display_label: displayLabel };
      batch.revisions.push({
        id: authorRevisionId,
        review_id: reviewId,
        number: 1,
        source: 'author',
        created_by: authorId,
        text: authorText,
        created_at: iso(submittedAt),
        ...content,
      });
      if (editorRevisionId) {
        batch.revisions.push({
          id: editorRevisionId,
          review_id: reviewId,
          number: 2,
          source: 'editor',
          created_by: dice.pick(input.editorIds),
          text,
          created_at: iso(publishedAt - dice.int(1, 120) * 60_000),
          ...content,
        });
        summary.editedReviews += 1;
      }

      let invitationCodeId: string | null = null;
      if (verified) {
        invitationCodeId = uuid(dice);
        const madeAt = submittedAt - dice.int(1, 45) * DAY - dice.int(0, 23) * HOUR;
        batch.codes.push({
          id: invitationCodeId,
          facility_id: facility.id,
          code_hash: Array.from({ length: 8 }, () => dice.int(0, 0xffff_ffff).toString(16).padStart(8, '0')).join(''),
          created_by: staffOf(facility),
          created_at: iso(madeAt),
          expires_at: iso(madeAt + 90 * DAY),
          used_at: iso(submittedAt),
        });
        summary.verifiedReviews += 1;
      }

      batch.reviews.push({
        id: reviewId,
        facility_id: facility.id,
        author_id: authorId,
        current_revision_id: publishedRevisionId,
        published_revision_id: publishedRevisionId,
        version: 2,
        invitation_code_id: invitationCodeId,
        created_at: iso(submittedAt),
        updated_at: iso(publishedAt),
        published_at: iso(publishedAt),
      });
      summary.reviews += 1;

      if (dice.chance(RESPONSE_SHARE[overallPolarity(ratings)])) {
        const writtenAt = publishedAt + dice.int(1, 14) * DAY + dice.int(0, 8) * HOUR;
        const responsePublishedAt = writtenAt + dice.int(2, 72) * HOUR;
        if (responsePublishedAt < today - DAY) {
          batch.responses.push({
            id: uuid(dice),
            review_id: reviewId,
            facility_id: facility.id,
            written_by: staffOf(facility),
            text: responseText(dice, facility.name, ratings),
            created_at: iso(writtenAt),
            published_at: iso(responsePublishedAt),
          });
          summary.responses += 1;
        }
      }
      if (batch.reviews.length >= BATCH_SIZE) await flush();
    }
  }
  await flush();
  await inserting;
  return summary;
}

/** The tables insertReviews fills. */
const REVIEW_TABLES = ['users', 'memberships', 'invitation_codes', 'review_revisions', 'reviews', 'review_responses'];

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Runs `load` with the foreign keys and the secondary indexes of `tables` dropped, then creates
 * them again exactly as they were: PostgreSQL's advice for bulk loads. Checking a foreign key
 * once over all rows is much faster than once per inserted row, and so is building an index once.
 * Call inside the load's transaction: when anything fails, the schema stays as it was.
 */
export async function withoutForeignKeysAndIndexes<T>(db: Database, tables: readonly string[], load: () => Promise<T>): Promise<T> {
  const names = sql.raw(`array[${tables.map((table) => `'${table.replace(/'/g, "''")}'`).join(', ')}]::regclass[]`);
  const foreignKeys = rowsOf<{ table: string; name: string; definition: string }>(
    await db.execute(sql`
      select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
      from pg_constraint where contype = 'f' and conrelid = any(${names}) order by 1, 2`),
  );
  // Indexes that back a constraint (primary keys, a referenced unique key) stay.
  const indexes = rowsOf<{ name: string; definition: string }>(
    await db.execute(sql`
      select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
      from pg_index i
      where i.indrelid = any(${names}) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by 1`),
  );
  for (const key of foreignKeys) await db.execute(sql.raw(`alter table ${key.table} drop constraint ${quoted(key.name)}`));
  for (const index of indexes) await db.execute(sql.raw(`drop index ${index.name}`));
  const result = await load();
  for (const index of indexes) await db.execute(sql.raw(index.definition));
  for (const key of foreignKeys) await db.execute(sql.raw(`alter table ${key.table} add constraint ${quoted(key.name)} ${key.definition}`));
  return result;
}

/** Scores around the facility's quality and the review's own mood; 4 to 8 themes answered. */
function rate(dice: Dice, quality: number): Ratings {
  const mood = clamp(quality + 0.75 * normal(dice), 1, 5);
  const [answered] = dice.weighted(RATED_THEMES, ([, weight]) => weight);
  const themes = new Set(dice.shuffle([...THEME_KEYS]).slice(0, answered));
  return Object.fromEntries(
    THEME_KEYS.map((key) => [key, themes.has(key) ? clamp(Math.round(mood + 0.6 * normal(dice)), 1, 5) : null]),
  ) as Ratings;
}

const rows = (batch: Row[]) => sql`jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)`;

/**
 * One batch in one statement, the rows as one JSON parameter per table (far from PostgreSQL's
 * 65,535 parameters). Reviews and their revisions point at each other; PostgreSQL checks every
 * foreign key at the end of the statement, when both exist.
 */
async function insertBatch(db: Database, batch: Batch): Promise<void> {
  await db.execute(sql`
    with new_users as (
      insert into users (id, email, first_name, last_name, created_at, last_sign_in_at)
      select * from ${rows(batch.users)} as r(id uuid, email text, first_name text, last_name text, created_at timestamptz, last_sign_in_at timestamptz)
    ),
    new_memberships as (
      insert into memberships (user_id, organisation_id, role, created_at)
      select user_id, organisation_id, role::membership_role, created_at
      from ${rows(batch.memberships)} as r(user_id uuid, organisation_id int, role text, created_at timestamptz)
    ),
    new_codes as (
      insert into invitation_codes (id, facility_id, code_hash, created_by, created_at, expires_at, used_at)
      select * from ${rows(batch.codes)} as r(id uuid, facility_id int, code_hash text, created_by uuid, created_at timestamptz, expires_at timestamptz, used_at timestamptz)
    ),
    new_revisions as (
      insert into review_revisions (id, review_id, number, source, created_by, ratings, text, relationship, period_from, period_to, display_label, created_at)
      select id, review_id, number, source::revision_source, created_by, ratings, text, relationship::relationship, period_from, period_to, display_label, created_at
      from ${rows(batch.revisions)} as r(
        id uuid, review_id uuid, number int, source text, created_by uuid, ratings jsonb, text text,
        relationship text, period_from text, period_to text, display_label text, created_at timestamptz)
    ),
    new_reviews as (
      insert into reviews (id, facility_id, author_id, status, current_revision_id, published_revision_id, version, invitation_code_id, created_at, updated_at, published_at)
      select id, facility_id, author_id, 'published', current_revision_id, published_revision_id, version, invitation_code_id, created_at, updated_at, published_at
      from ${rows(batch.reviews)} as r(
        id uuid, facility_id int, author_id uuid, current_revision_id uuid, published_revision_id uuid, version int,
        invitation_code_id uuid, created_at timestamptz, updated_at timestamptz, published_at timestamptz)
    )
    insert into review_responses (id, review_id, facility_id, written_by, text, status, created_at, published_at)
    select id, review_id, facility_id, written_by, text, 'published', created_at, published_at
    from ${rows(batch.responses)} as r(id uuid, review_id uuid, facility_id int, written_by uuid, text text, created_at timestamptz, published_at timestamptz)`);
}
