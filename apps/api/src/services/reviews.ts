import { and, desc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import {
  RELATIONSHIPS,
  RELATIONSHIPS_BY_SECTOR,
  REVIEW_STATUS_LABELS,
  periodProblems,
  type FieldIssue,
  type ReviewContent,
  type ReviewStatus,
  type SubmitReviewInput,
} from '@zorgwaardering/core';
import { decisions, facilities, moderationItems, reviewRevisions, reviews, users, type Database } from '@zorgwaardering/db';
import type { ServiceContext } from '../context';
import { Conflict, Invalid, NotFound } from '../errors';
import { requireUser } from '../lib/actor';
import { addDays, formatDay, isoDay } from '../lib/dates';
import type { PublicationRules } from '../rules';
import type { AppConfig } from '../config';
import { checkInvitationCode, redeemInvitationCode } from './invitations';
import { writeAudit } from './audit';
import { enqueueItem } from './moderation-items';
import { prescreenRevision } from './prescreen';
import { syncScores } from './scores';
import type { Rules as PrescreenRules } from '@zorgwaardering/moderation';

/** Reviews in these states hold the author's place for the facility during the interval. */
const ACTIVE_STATUSES: ReviewStatus[] = ['pending', 'changes_requested', 'published'];
/** The author may write a new revision in these states. */
const EDITABLE_STATUSES: ReviewStatus[] = ['pending', 'changes_requested', 'published'];

type Facility = typeof facilities.$inferSelect;

/** Checks the content against the facility: period within 24 months, relationship of its sector. */
function contentProblems(content: ReviewContent, facility: Facility, now: Date): FieldIssue[] {
  const problems = periodProblems(content.periodFrom, content.periodTo, now);
  if (!RELATIONSHIPS_BY_SECTOR[facility.sector].includes(content.relationship)) {
    problems.push({ path: 'relationship', message: `"${RELATIONSHIPS[content.relationship]}" past niet bij deze voorziening` });
  }
  return problems;
}

function revisionValues(content: ReviewContent) {
  return {
    ratings: content.ratings,
    text: content.text,
    relationship: content.relationship,
    periodFrom: content.periodFrom,
    periodTo: content.periodTo,
    displayLabel: content.displayLabel ?? null,
  };
}

const lockAuthorFacility = (db: Database, authorId: string, facilityId: number) =>
  db.execute(sql`select pg_advisory_xact_lock(hashtext(${`review:${authorId}:${facilityId}`}))`);

export interface SubmittedReview {
  id: string;
  status: ReviewStatus;
}

/**
 * A user submits a review of a participating facility. One review per author and facility per
 * interval; a retry with the same idempotency key returns the review it created.
 */
export interface ReviewSettings {
  rules: PublicationRules;
  /** The automated pre-screen's rules: every new revision is screened before it reaches the queue. */
  prescreen: PrescreenRules;
  /** The key invitation codes are hashed with. */
  config: Pick<AppConfig, 'secret'>;
}

export async function submitReview(
  ctx: ServiceContext,
  settings: ReviewSettings,
  input: SubmitReviewInput,
  idempotencyKey: string | null,
  ipHash: string | null = null,
): Promise<SubmittedReview> {
  const { rules } = settings;
  const actor = requireUser(ctx.actor);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await lockAuthorFacility(tx, actor.userId, input.facilityId);
    if (idempotencyKey) {
      const [earlier] = await tx
        .select({ id: reviews.id, status: reviews.status, facilityId: reviews.facilityId })
        .from(reviews)
        .where(and(eq(reviews.authorId, actor.userId), eq(reviews.idempotencyKey, idempotencyKey)));
      if (earlier) {
        if (earlier.facilityId !== input.facilityId) {
          throw new Conflict('Deze Idempotency-Key werd al gebruikt voor een andere waardering.', 'idempotency_key_reused');
        }
        return { id: earlier.id, status: earlier.status };
      }
    }

    const [facility] = await tx.select().from(facilities).where(eq(facilities.id, input.facilityId));
    if (!facility) {
      throw new Invalid('Deze voorziening bestaat niet.', 'invalid', [{ path: 'facilityId', message: 'Deze voorziening bestaat niet' }]);
    }
    if (!facility.participating) {
      throw new Conflict(
        `${facility.name} neemt nog niet deel aan het platform. Je kan pas een waardering schrijven als de voorziening deelneemt.`,
        'facility_not_participating',
        [{ path: 'facilityId', message: 'Deze voorziening neemt nog niet deel' }],
      );
    }
    const problems = contentProblems(input, facility, now);
    const [author] = await tx.select().from(users).where(eq(users.id, actor.userId));
    if (!input.author && !(author?.firstName && author.lastName)) {
      const message = 'Vul je naam in: alleen de redactie ziet die, nooit de voorziening of andere lezers';
      problems.push({ path: 'author.firstName', message }, { path: 'author.lastName', message });
    }
    let invitationCodeId: string | null = null;
    if (input.invitationCode) {
      const invitation = await checkInvitationCode(tx, settings.config, facility.id, input.invitationCode, now);
      if ('problem' in invitation) problems.push(invitation.problem);
      else invitationCodeId = invitation.id;
    }
    if (problems.length > 0) throw new Invalid('De waardering is niet volledig of niet geldig.', 'invalid', problems);

    const intervalDays = rules.resubmissionIntervalDays[facility.sector];
    const [active] = await tx
      .select({ id: reviews.id, createdAt: reviews.createdAt })
      .from(reviews)
      .where(
        and(
          eq(reviews.authorId, actor.userId),
          eq(reviews.facilityId, facility.id),
          inArray(reviews.status, ACTIVE_STATUSES),
          gt(reviews.createdAt, addDays(now, -intervalDays)),
        ),
      )
      .orderBy(desc(reviews.createdAt))
      .limit(1);
    if (active) {
      const availableFrom = addDays(active.createdAt, intervalDays);
      throw new Conflict(
        `Je schreef op ${formatDay(active.createdAt)} al een waardering over ${facility.name}. Een nieuwe waardering kan vanaf ${formatDay(availableFrom)}; tot dan kan je je bestaande waardering aanpassen.`,
        'interval',
        { availableFrom: isoDay(availableFrom), existingReviewId: active.id },
      );
    }

    // One use per code, even when two submissions with the same code arrive at once.
    if (invitationCodeId && !(await redeemInvitationCode(tx, invitationCodeId, now))) {
      throw new Invalid('De waardering is niet volledig of niet geldig.', 'invalid', [
        { path: 'invitationCode', message: 'Deze uitnodigingscode is al gebruikt. Elke code werkt maar één keer' },
      ]);
    }
    if (input.author) {
      await tx.update(users).set({ firstName: input.author.firstName, lastName: input.author.lastName }).where(eq(users.id, actor.userId));
    }
    const [review] = await tx
      .insert(reviews)
      .values({ facilityId: facility.id, authorId: actor.userId, idempotencyKey, invitationCodeId, createdAt: now, updatedAt: now })
      .returning({ id: reviews.id });
    const [revision] = await tx
      .insert(reviewRevisions)
      .values({ reviewId: review!.id, number: 1, createdBy: actor.userId, createdAt: now, ...revisionValues(input) })
      .returning({ id: reviewRevisions.id });
    await tx.update(reviews).set({ currentRevisionId: revision!.id }).where(eq(reviews.id, review!.id));
    const prescreen = await prescreenRevision(tx, settings.prescreen, {
      revisionId: revision!.id,
      reviewId: review!.id,
      text: input.text,
      ratings: input.ratings,
      sector: facility.sector,
      facilityId: facility.id,
      facilityName: facility.name,
      authorId: actor.userId,
      submittedAt: now,
      ipHash,
    });
    const itemId = await enqueueItem(
      tx,
      {
        kind: 'review_revision',
        targetId: revision!.id,
        reviewId: review!.id,
        revisionId: revision!.id,
        facilityId: facility.id,
        sector: facility.sector,
        prescreen: { riskScore: prescreen.riskScore, safety: prescreen.safety, report: prescreen.report as unknown as Record<string, unknown> },
      },
      now,
    );
    await writeAudit(
      { ...ctx, db: tx },
      {
        action: 'review.submitted',
        targetType: 'review',
        targetId: review!.id,
        data: { facilityId: facility.id, revisionId: revision!.id, itemId, ...(invitationCodeId ? { invitationCodeId } : {}) },
      },
    );
    return { id: review!.id, status: 'pending' as const };
  });
}

/** The author writes a new revision; it goes back to the editors. Earlier revisions stay. */
export async function reviseReview(
  ctx: ServiceContext,
  settings: ReviewSettings,
  reviewId: string,
  input: ReviewContent & { version?: number | undefined },
  ipHash: string | null = null,
): Promise<SubmittedReview & { version: number }> {
  const actor = requireUser(ctx.actor);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [review] = await tx
      .select()
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.authorId, actor.userId)));
    if (!review) throw new NotFound('Deze waardering bestaat niet of is niet van jou.');
    if (!EDITABLE_STATUSES.includes(review.status)) {
      throw new Conflict(
        `Een waardering met de status "${REVIEW_STATUS_LABELS[review.status].toLowerCase()}" kan je niet meer aanpassen.`,
        'not_editable',
      );
    }
    if (input.version !== undefined && input.version !== review.version) {
      throw new Conflict('Deze waardering werd intussen gewijzigd. Laad ze opnieuw en pas ze dan aan.', 'stale_version');
    }
    const [facility] = await tx.select().from(facilities).where(eq(facilities.id, review.facilityId));
    const problems = contentProblems(input, facility!, now);
    if (problems.length > 0) throw new Invalid('De waardering is niet volledig of niet geldig.', 'invalid', problems);

    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${reviewRevisions.number}), 0) + 1` })
      .from(reviewRevisions)
      .where(eq(reviewRevisions.reviewId, review.id))) as [{ next: number }];
    const [revision] = await tx
      .insert(reviewRevisions)
      .values({ reviewId: review.id, number: Number(next), createdBy: actor.userId, createdAt: now, ...revisionValues(input) })
      .returning({ id: reviewRevisions.id });
    const updated = await tx
      .update(reviews)
      .set({ status: 'pending', currentRevisionId: revision!.id, version: review.version + 1, updatedAt: now })
      .where(and(eq(reviews.id, review.id), eq(reviews.version, review.version)))
      .returning({ version: reviews.version });
    if (updated.length === 0) throw new Conflict('Deze waardering werd intussen gewijzigd. Laad ze opnieuw en pas ze dan aan.', 'stale_version');
    const prescreen = await prescreenRevision(tx, settings.prescreen, {
      revisionId: revision!.id,
      reviewId: review.id,
      text: input.text,
      ratings: input.ratings,
      sector: facility!.sector,
      facilityId: facility!.id,
      facilityName: facility!.name,
      authorId: actor.userId,
      submittedAt: now,
      ipHash,
    });
    const itemId = await enqueueItem(
      tx,
      {
        kind: 'review_revision',
        targetId: revision!.id,
        reviewId: review.id,
        revisionId: revision!.id,
        facilityId: facility!.id,
        sector: facility!.sector,
        prescreen: { riskScore: prescreen.riskScore, safety: prescreen.safety, report: prescreen.report as unknown as Record<string, unknown> },
      },
      now,
    );
    await writeAudit(
      { ...ctx, db: tx },
      { action: 'review.revised', targetType: 'review', targetId: review.id, data: { revisionId: revision!.id, number: Number(next), itemId } },
    );
    return { id: review.id, status: 'pending' as const, version: updated[0]!.version };
  });
}

/** The author withdraws a review: it is no longer public. Withdrawing twice is harmless. */
export async function withdrawReview(ctx: ServiceContext, reviewId: string): Promise<SubmittedReview> {
  const actor = requireUser(ctx.actor);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [review] = await tx
      .select()
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.authorId, actor.userId)))
      .for('update');
    if (!review) throw new NotFound('Deze waardering bestaat niet of is niet van jou.');
    if (review.status === 'withdrawn') return { id: review.id, status: review.status };
    if (!EDITABLE_STATUSES.includes(review.status)) {
      throw new Conflict(
        `Een waardering met de status "${REVIEW_STATUS_LABELS[review.status].toLowerCase()}" kan je niet intrekken.`,
        'not_withdrawable',
      );
    }
    const updated = await tx
      .update(reviews)
      .set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now, version: review.version + 1 })
      .where(and(eq(reviews.id, review.id), eq(reviews.version, review.version)))
      .returning({ id: reviews.id });
    if (updated.length === 0) throw new Conflict('Deze waardering werd intussen gewijzigd. Probeer het opnieuw.', 'stale_version');
    await syncScores(tx, review, { ...review, status: 'withdrawn' });
    // Nothing left to judge: the waiting item leaves the queue.
    await tx
      .update(moderationItems)
      .set({ state: 'decided', decidedAt: now, claimedBy: null, claimExpiresAt: null, version: sql`${moderationItems.version} + 1` })
      .where(and(eq(moderationItems.reviewId, review.id), eq(moderationItems.kind, 'review_revision'), ne(moderationItems.state, 'decided')));
    await writeAudit({ ...ctx, db: tx }, { action: 'review.withdrawn', targetType: 'review', targetId: review.id, data: { from: review.status } });
    return { id: review.id, status: 'withdrawn' as const };
  });
}

/** The signed-in user's own reviews, newest change first, each with its latest revision. */
export async function listMyReviews(ctx: ServiceContext) {
  const actor = requireUser(ctx.actor);
  const rows = await ctx.db
    .select({
      id: reviews.id,
      status: reviews.status,
      version: reviews.version,
      createdAt: reviews.createdAt,
      updatedAt: reviews.updatedAt,
      published: sql<boolean>`${reviews.publishedRevisionId} is not null`,
      facilityId: facilities.id,
      facilityName: facilities.name,
      facilityMunicipality: facilities.municipality,
      facilitySector: facilities.sector,
      revision: reviewRevisions,
    })
    .from(reviews)
    .innerJoin(facilities, eq(facilities.id, reviews.facilityId))
    .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.currentRevisionId))
    .where(eq(reviews.authorId, actor.userId))
    .orderBy(desc(reviews.updatedAt))
    .limit(200);
  const latestDecisions = rows.length
    ? await ctx.db
        .selectDistinctOn([decisions.reviewId], {
          reviewId: decisions.reviewId,
          decision: decisions.decision,
          statement: decisions.statement,
          createdAt: decisions.createdAt,
          appealableUntil: decisions.appealableUntil,
          overruledAt: decisions.overruledAt,
          appealed: sql<boolean>`exists (select 1 from appeals a where a.decision_id = ${decisions.id})`,
        })
        .from(decisions)
        .where(and(inArray(decisions.reviewId, rows.map((row) => row.id)), ne(decisions.decision, 'escalate')))
        .orderBy(decisions.reviewId, desc(decisions.createdAt))
    : [];
  const decisionOf = new Map(latestDecisions.map((d) => [d.reviewId, d]));
  const now = ctx.now();
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    statusLabel: REVIEW_STATUS_LABELS[row.status],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    /** Whether an earlier approved revision is public while a newer one waits. */
    hasPublishedRevision: row.published,
    facility: { id: row.facilityId, name: row.facilityName, municipality: row.facilityMunicipality, sector: row.facilitySector },
    latestRevision: {
      number: row.revision.number,
      ratings: row.revision.ratings,
      text: row.revision.text,
      relationship: row.revision.relationship,
      periodFrom: row.revision.periodFrom,
      periodTo: row.revision.periodTo,
      displayLabel: row.revision.displayLabel,
      submittedAt: row.revision.createdAt.toISOString(),
    },
    editorMessage: editorMessage(decisionOf.get(row.id), row.status, now),
  }));
}

const MESSAGE_DECISIONS = ['publish_edited', 'request_changes', 'reject', 'refer', 'remove', 'uphold', 'overturn'];

/** What the editors last told the author, and whether an appeal is still open to them. */
function editorMessage(
  decision: { decision: string; statement: string; createdAt: Date; appealableUntil: Date | null; overruledAt: Date | null; appealed: boolean } | undefined,
  status: ReviewStatus,
  now: Date,
) {
  if (!decision || !MESSAGE_DECISIONS.includes(decision.decision)) return null;
  const appealOpen =
    (status === 'rejected' || status === 'removed') &&
    !decision.appealed &&
    decision.overruledAt === null &&
    decision.appealableUntil !== null &&
    decision.appealableUntil > now;
  return {
    decision: decision.decision,
    statement: decision.statement,
    decidedAt: decision.createdAt.toISOString(),
    appealableUntil: appealOpen ? decision.appealableUntil!.toISOString() : null,
    appealed: decision.appealed,
  };
}
