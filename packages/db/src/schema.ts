import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  customType,
  boolean,
  check,
  date,
  index,
  integer,
  json,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  FACILITY_KIND_KEYS,
  MEMBERSHIP_ROLES,
  PROVINCES,
  RELATIONSHIP_KEYS,
  REVIEW_STATUSES,
  DECISIONS,
  MODERATION_ITEM_KINDS,
  MODERATION_ITEM_STATES,
  REASON_CODES,
  ENFORCEMENT_STEP_KEYS,
  FOLLOW_UP_STATUS_KEYS,
  INSPECTION_ADVICE_KEYS,
  INSPECTION_KIND_KEYS,
  SECTORS,
  STORED_ROLES,
  type Ratings,
} from '@zorgwaardering/core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sectorEnum = pgEnum('sector', SECTORS);
export const facilityKindEnum = pgEnum('facility_kind', FACILITY_KIND_KEYS);
export const provinceEnum = pgEnum('province', PROVINCES);
export const userRoleEnum = pgEnum('user_role', STORED_ROLES);
export const membershipRoleEnum = pgEnum('membership_role', MEMBERSHIP_ROLES);

export const sectors = pgTable('sectors', {
  key: sectorEnum('key').primaryKey(),
  label: text('label').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    /** Belgian company number, normalised as 0123.456.749. */
    companyNumber: text('company_number').notNull(),
    sector: sectorEnum('sector')
      .notNull()
      .references(() => sectors.key),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_company_number_key').on(t.companyNumber),
    check('organisations_company_number_format', sql`${t.companyNumber} ~ '^[01][0-9]{3}\\.[0-9]{3}\\.[0-9]{3}$'`),
  ],
);

export const facilities = pgTable(
  'facilities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    sector: sectorEnum('sector')
      .notNull()
      .references(() => sectors.key),
    kind: facilityKindEnum('kind').notNull(),
    name: text('name').notNull(),
    street: text('street').notNull(),
    houseNumber: text('house_number').notNull(),
    postcode: text('postcode').notNull(),
    municipality: text('municipality').notNull(),
    province: provinceEnum('province').notNull(),
    capacity: integer('capacity'),
    /** The licensing agency's own id for this location (used to match inspection data). */
    externalId: text('external_id').notNull(),
    participating: boolean('participating').notNull().default(false),
    liveSince: date('live_since', { mode: 'string' }),
    /** Public reviews of any age; maintained with facility_score_months when a review goes public or leaves. */
    reviewCount: integer('review_count').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('facilities_external_id_key').on(t.externalId),
    index('facilities_review_count_idx').on(t.reviewCount.desc().nullsFirst(), t.name),
    index('facilities_organisation_idx').on(t.organisationId),
    index('facilities_sector_kind_idx').on(t.sector, t.kind),
    index('facilities_postcode_idx').on(t.postcode),
    check('facilities_postcode_format', sql`${t.postcode} ~ '^[1-9][0-9]{3}$'`),
    check('facilities_capacity_positive', sql`${t.capacity} IS NULL OR ${t.capacity} > 0`),
    check('facilities_live_needs_date', sql`NOT ${t.participating} OR ${t.liveSince} IS NOT NULL`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased e-mail address; the sign-in identity. */
    email: text('email').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    roles: userRoleEnum('roles').array().notNull().default(sql`'{}'`),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastSignInAt: timestamptz('last_sign_in_at'),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

/** Sessions as lucia v3 expects them (id, user_id, expires_at). */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: membershipRoleEnum('role').notNull().default('representative'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index('memberships_organisation_idx').on(t.organisationId)],
);

/** One-time sign-in codes and links. Only keyed hashes are stored. */
export const signInCodes = pgTable(
  'sign_in_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    codeHash: text('code_hash').notNull(),
    linkTokenHash: text('link_token_hash').notNull(),
    ipHash: text('ip_hash'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
  },
  (t) => [
    index('sign_in_codes_email_created_idx').on(t.email, t.createdAt),
    index('sign_in_codes_ip_created_idx').on(t.ipHash, t.createdAt),
    uniqueIndex('sign_in_codes_link_token_key').on(t.linkTokenHash),
  ],
);

export const emailStatusEnum = pgEnum('email_status', ['pending', 'sent', 'failed']);

/** Outgoing e-mail, written in the same transaction as the change that causes it. */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    /** Structured values of the mail (e.g. the sign-in code), for the local mailbox. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    status: emailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamptz('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
  },
  (t) => [index('outbox_emails_due_idx').on(t.status, t.nextAttemptAt)],
);

/** Mail delivered locally when no SMTP server is configured (development and demo). */
export const mailboxMessages = pgTable(
  'mailbox_messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    deliveredAt: timestamptz('delivered_at').notNull().defaultNow(),
  },
  (t) => [index('mailbox_messages_to_idx').on(t.to, t.deliveredAt)],
);

export const actorKindEnum = pgEnum('actor_kind', [
  'anonymous',
  'parent',
  'facility_representative',
  'editor',
  'admin',
  'system',
]);

/** Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
    actorKind: actorKindEnum('actor_kind').notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_log_target_idx').on(t.targetType, t.targetId, t.occurredAt),
    index('audit_log_actor_idx').on(t.actorUserId, t.occurredAt),
  ],
);

export const reviewStatusEnum = pgEnum('review_status', REVIEW_STATUSES);
export const relationshipEnum = pgEnum('relationship', RELATIONSHIP_KEYS);
export const revisionSourceEnum = pgEnum('revision_source', ['author', 'editor']);

/**
 * A review of one facility by one author. Its content lives in revisions; `status` is the state
 * of the latest revision, `publishedRevisionId` the revision the public sees (if any).
 */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    status: reviewStatusEnum('status').notNull().default('pending'),
    currentRevisionId: uuid('current_revision_id').references((): AnyPgColumn => reviewRevisions.id),
    publishedRevisionId: uuid('published_revision_id').references((): AnyPgColumn => reviewRevisions.id),
    /** Bumped on every change, so a stale edit or decision fails instead of overwriting. */
    version: integer('version').notNull().default(1),
    /** The client's Idempotency-Key of the submission: a retried submit finds the same review. */
    idempotencyKey: text('idempotency_key'),
    /** Set when the author came with an invitation code of this facility: the public sees "geverifieerd". */
    invitationCodeId: uuid('invitation_code_id').references((): AnyPgColumn => invitationCodes.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    publishedAt: timestamptz('published_at'),
    withdrawnAt: timestamptz('withdrawn_at'),
  },
  (t) => [
    uniqueIndex('reviews_author_idempotency_key').on(t.authorId, t.idempotencyKey),
    uniqueIndex('reviews_invitation_code_key').on(t.invitationCodeId),
    index('reviews_author_facility_idx').on(t.authorId, t.facilityId, t.createdAt),
    index('reviews_facility_public_idx').on(t.facilityId, t.publishedAt).where(sql`${t.publishedRevisionId} is not null`),
    index('reviews_status_idx').on(t.status, t.createdAt),
  ],
);

/** One version of a review's content. Never updated: an edit is a new revision. */
export const reviewRevisions = pgTable(
  'review_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id),
    number: integer('number').notNull(),
    source: revisionSourceEnum('source').notNull().default('author'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    ratings: jsonb('ratings').$type<Ratings>().notNull(),
    text: text('text').notNull(),
    relationship: relationshipEnum('relationship').notNull(),
    /** First and last month of the experience, "YYYY-MM". */
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    /** The author's public description ("Ouder van een peuter"); checked by the editors with the text. */
    displayLabel: text('display_label'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('review_revisions_review_number_key').on(t.reviewId, t.number),
    check('review_revisions_period_format', sql`${t.periodFrom} ~ '^[0-9]{4}-[0-9]{2}$' and ${t.periodTo} ~ '^[0-9]{4}-[0-9]{2}$'`),
    check('review_revisions_text_length', sql`char_length(${t.text}) between 1 and 4000`),
  ],
);

export const moderationItemKindEnum = pgEnum('moderation_item_kind', MODERATION_ITEM_KINDS);
export const moderationItemStateEnum = pgEnum('moderation_item_state', MODERATION_ITEM_STATES);
export const decisionEnum = pgEnum('decision', DECISIONS);
export const reasonCodeEnum = pgEnum('reason_code', REASON_CODES);

/**
 * One thing the editors must look at: a review revision, a notice or an appeal. At most one
 * undecided item per target; `version` makes a stale claim or decision fail.
 */
export const moderationItems = pgTable(
  'moderation_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: moderationItemKindEnum('kind').notNull(),
    state: moderationItemStateEnum('state').notNull().default('open'),
    /** The revision, notice or appeal this item is about. */
    targetId: uuid('target_id').notNull(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id),
    /** The review revision judged (for a notice or appeal: the one that was public or refused). */
    revisionId: uuid('revision_id').references(() => reviewRevisions.id),
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id),
    sector: sectorEnum('sector').notNull(),
    /** The automated pre-screen's report on the revision, and what orders the queue. */
    prescreen: jsonb('prescreen').$type<Record<string, unknown>>(),
    riskScore: integer('risk_score').notNull().default(0),
    safety: boolean('safety').notNull().default(false),
    version: integer('version').notNull().default(1),
    claimedBy: uuid('claimed_by').references(() => users.id),
    claimExpiresAt: timestamptz('claim_expires_at'),
    escalatedBy: uuid('escalated_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    dueAt: timestamptz('due_at').notNull(),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [
    uniqueIndex('moderation_items_one_open_per_target').on(t.kind, t.targetId).where(sql`${t.state} <> 'decided'`),
    // One index per working queue, in the queue's order, so "the most urgent item" is the first index entry.
    index('moderation_items_new_queue_idx')
      .on(t.safety.desc().nullsFirst(), t.riskScore.desc().nullsFirst(), t.createdAt, t.id)
      .where(sql`state = 'open' and kind in ('review_revision', 'response_revision')`),
    index('moderation_items_new_age_idx')
      .on(t.createdAt)
      .where(sql`state = 'open' and kind in ('review_revision', 'response_revision')`),
    index('moderation_items_other_queues_idx')
      .on(t.state, t.kind, t.safety.desc().nullsFirst(), t.riskScore.desc().nullsFirst(), t.createdAt, t.id)
      .where(sql`state <> 'decided'`),
    index('moderation_items_decided_idx').on(t.decidedAt.desc().nullsFirst()).where(sql`state = 'decided'`),
    index('moderation_items_review_idx').on(t.reviewId, t.createdAt),
  ],
);

/** A decision on an item, pointing at the exact revision it judged, with its statement of reasons. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => moderationItems.id),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id),
    revisionId: uuid('revision_id').references(() => reviewRevisions.id),
    decision: decisionEnum('decision').notNull(),
    reasonCodes: reasonCodeEnum('reason_codes').array().notNull().default(sql`'{}'`),
    statement: text('statement').notNull().default(''),
    editorId: uuid('editor_id')
      .notNull()
      .references(() => users.id),
    /** Whether the automated pre-screen flagged what the decision is about (DSA art. 17). */
    automatedDetection: boolean('automated_detection').notNull().default(false),
    /** Until when the author may appeal (rejections and removals). */
    appealableUntil: timestamptz('appealable_until'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    overruledAt: timestamptz('overruled_at'),
  },
  (t) => [index('decisions_review_idx').on(t.reviewId, t.createdAt), index('decisions_created_idx').on(t.createdAt)],
);

export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id),
    reason: text('reason').notNull(),
    explanation: text('explanation').notNull(),
    name: text('name'),
    email: text('email').notNull(),
    userId: uuid('user_id').references(() => users.id),
    ipHash: text('ip_hash'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    outcome: decisionEnum('outcome'),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [index('notices_review_idx').on(t.reviewId), index('notices_ip_created_idx').on(t.ipHash, t.createdAt)],
);

export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id),
    /** The decision appealed against. */
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    outcome: decisionEnum('outcome'),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [uniqueIndex('appeals_one_per_decision').on(t.decisionId)],
);

export const inspectionKindEnum = pgEnum('inspection_kind', INSPECTION_KIND_KEYS);
export const inspectionAdviceEnum = pgEnum('inspection_advice', INSPECTION_ADVICE_KEYS);
export const followUpStatusEnum = pgEnum('follow_up_status', FOLLOW_UP_STATUS_KEYS);
export const enforcementStepEnum = pgEnum('enforcement_step', ENFORCEMENT_STEP_KEYS);

/** A published inspection report (Zorginspectie), imported; `reportRef` is the source's own id. */
export const inspectionReports = pgTable(
  'inspection_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportRef: text('report_ref').notNull(),
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id),
    visitDate: date('visit_date', { mode: 'string' }).notNull(),
    kind: inspectionKindEnum('kind').notNull(),
    advice: inspectionAdviceEnum('advice'),
    sourceUrl: text('source_url'),
    /** Pedagogical quality (MeMoQ) per dimension, where measured. */
    qualityScores: jsonb('quality_scores').$type<Record<string, number>>().notNull().default({}),
    /** The result per inspected licence condition. */
    conditions: jsonb('conditions').$type<{ code: string; label: string; protects: string; inOrder: boolean }[]>().notNull().default([]),
    importedAt: timestamptz('imported_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('inspection_reports_ref_key').on(t.reportRef), index('inspection_reports_facility_idx').on(t.facilityId, t.visitDate)],
);

/** The agency's follow-up status of a location over time. */
export const followUpStatuses = pgTable(
  'follow_up_statuses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id),
    status: followUpStatusEnum('status').notNull(),
    statusDate: date('status_date', { mode: 'string' }).notNull(),
    importedAt: timestamptz('imported_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('follow_up_statuses_key').on(t.facilityId, t.statusDate, t.status)],
);

/** Enforcement steps of the agency (warning, intention or decision to suspend or revoke). */
export const enforcementSteps = pgTable(
  'enforcement_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    stepRef: text('step_ref').notNull(),
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id),
    step: enforcementStepEnum('step').notNull(),
    stepDate: date('step_date', { mode: 'string' }).notNull(),
    cause: text('cause').notNull(),
    objection: text('objection'),
    closed: boolean('closed').notNull().default(false),
    importedAt: timestamptz('imported_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('enforcement_steps_ref_key').on(t.stepRef), index('enforcement_steps_facility_idx').on(t.facilityId, t.stepDate)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/** The MinHash signature of a revision's text, for near-duplicate detection (packages/moderation). */
export const textSignatures = pgTable('text_signatures', {
  revisionId: uuid('revision_id')
    .primaryKey()
    .references(() => reviewRevisions.id, { onDelete: 'cascade' }),
  signature: bytea('signature').notNull(),
});

/** The LSH band keys of each signature: finding candidates is an index lookup, not a scan. */
export const textSignatureBands = pgTable(
  'text_signature_bands',
  {
    bandKey: integer('band_key').notNull(),
    revisionId: uuid('revision_id')
      .notNull()
      .references(() => reviewRevisions.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.bandKey, t.revisionId] })],
);

/** Short-lived signals about a submission (the keyed hash of its IP address), purged after 90 days. */
export const submissionSignals = pgTable(
  'submission_signals',
  {
    revisionId: uuid('revision_id')
      .primaryKey()
      .references(() => reviewRevisions.id, { onDelete: 'cascade' }),
    ipHash: text('ip_hash'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('submission_signals_created_idx').on(t.createdAt)],
);

/**
 * Published ratings per facility, calendar month of publication and theme: how many reviews gave
 * 1 to 5 and the sum of their scores. `theme` is a theme key or 'overall' (per review the mean of
 * its answered themes; its bucket is that mean rounded). The sum is stored times 840, which every
 * number of answered themes (1 to 8) divides, so sums of means stay exact integers. Maintained in
 * the transaction that makes a review public or takes it away; a page sums the months inside the
 * scoring window. The primary key also carries the figures (`INCLUDE`, written in the migration:
 * drizzle cannot say it), so a page reads them from the index alone instead of from one heap page
 * per month and theme. There is no CHECK on the counts: PostgreSQL would test it on the proposed row of
 * the INSERT ... ON CONFLICT that applies a change, and so refuse every decrement.
 */
export const facilityScoreMonths = pgTable(
  'facility_score_months',
  {
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id),
    month: date('month', { mode: 'string' }).notNull(),
    theme: text('theme').notNull(),
    count: integer('count').notNull().default(0),
    scaledSum: bigint('scaled_sum', { mode: 'number' }).notNull().default(0),
    n1: integer('n1').notNull().default(0),
    n2: integer('n2').notNull().default(0),
    n3: integer('n3').notNull().default(0),
    n4: integer('n4').notNull().default(0),
    n5: integer('n5').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.month, t.theme] })],
);

/**
 * Each facility's figures over one scoring window and per year, as `scoresJson` and
 * `yearlyOverallJson` sum them from facility_score_months, so a facility page reads one row instead
 * of summing months. Kept in step in the transaction that changes the months; moved to the next
 * window by `refreshFacilityScores` (the API runs it at start and every hour). A row for another
 * window than the current one is not read.
 */
export const facilityScores = pgTable('facility_scores', {
  facilityId: integer('facility_id')
    .primaryKey()
    .references(() => facilities.id),
  windowStart: date('window_start', { mode: 'string' }).notNull(),
  scores: json('scores').notNull(),
  years: json('years').notNull(),
});

/**
 * Each facility's newest published reviews as its first page of reviews shows them (a JSON array
 * from `reviewPageJson`), so that page reads one row. Written by `storeNewestReviews` in the
 * transaction that changes a review's public state, and by whatever publishes or withdraws a
 * facility's response to a review. Without a row the page reads the reviews themselves, and the
 * API writes the missing rows at start: a change to the JSON `reviewPageJson` gives needs a
 * migration that empties this table.
 */
export const facilityNewestReviews = pgTable('facility_newest_reviews', {
  facilityId: integer('facility_id')
    .primaryKey()
    .references(() => facilities.id),
  reviews: json('reviews').notNull(),
});

/**
 * A one-time code a facility hands to a user it cares for; a review submitted with it is marked
 * "geverifieerd". Only a hash is stored: the code is shown once, when it is made.
 */
export const invitationCodes = pgTable(
  'invitation_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id),
    codeHash: text('code_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
  },
  (t) => [uniqueIndex('invitation_codes_code_hash_key').on(t.codeHash), index('invitation_codes_facility_idx').on(t.facilityId, t.createdAt)],
);

export const responseStatusEnum = pgEnum('response_status', ['pending', 'published', 'rejected', 'withdrawn']);

/**
 * A facility's public answer to a review, one row per submitted version. Like reviews, a version
 * is checked by the editors (moderation item kind `response_revision`) before it is published;
 * the public sees the latest published version.
 */
export const reviewResponses = pgTable(
  'review_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id),
    facilityId: integer('facility_id')
      .notNull()
      .references(() => facilities.id),
    writtenBy: uuid('written_by')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    status: responseStatusEnum('status').notNull().default('pending'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    publishedAt: timestamptz('published_at'),
  },
  (t) => [
    index('review_responses_review_published_idx').on(t.reviewId, t.publishedAt).where(sql`${t.status} = 'published'`),
    check('review_responses_text_length', sql`char_length(${t.text}) between 1 and 4000`),
  ],
);
