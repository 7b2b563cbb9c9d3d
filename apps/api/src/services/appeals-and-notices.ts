import { and, count, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { NoticeReason } from '@zorgwaardering/core';
import { appeals, decisions, facilities, isPublicReview, notices, reviews } from '@zorgwaardering/db';
import type { ServiceContext } from '../context';
import { Conflict, NotFound, RateLimited } from '../errors';
import { requireUser } from '../lib/actor';
import { noticeReceivedMail } from '../mail/decision-mails';
import { enqueueEmail } from '../mail/outbox';
import { writeAudit } from './audit';
import { enqueueItem } from './moderation-items';

/** Notices one IP address may send in an hour. */
const NOTICES_PER_IP_PER_HOUR = 10;

/**
 * The author appeals a rejection, referral or removal, within the window that decision states.
 * A person other than the first editor decides it.
 */
export async function appealDecision(ctx: ServiceContext, reviewId: string, input: { text: string }) {
  const actor = requireUser(ctx.actor);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [review] = await tx
      .select()
      .from(reviews)
      .where(and(eq(reviews.id, reviewId), eq(reviews.authorId, actor.userId)))
      .for('update');
    if (!review) throw new NotFound('Deze waardering bestaat niet of is niet van jou.');
    const [appealable] = await tx
      .select()
      .from(decisions)
      .where(and(eq(decisions.reviewId, review.id), inArray(decisions.decision, ['reject', 'refer', 'remove']), isNull(decisions.overruledAt)))
      .orderBy(desc(decisions.createdAt))
      .limit(1);
    if (!appealable || !['rejected', 'removed'].includes(review.status)) {
      throw new Conflict('Tegen deze waardering loopt geen beslissing waartegen je beroep kan aantekenen.', 'not_appealable');
    }
    if (!appealable.appealableUntil || appealable.appealableUntil <= now) {
      throw new Conflict('De termijn om in beroep te gaan is voorbij.', 'appeal_window_closed');
    }
    const [existing] = await tx.select({ id: appeals.id }).from(appeals).where(eq(appeals.decisionId, appealable.id));
    if (existing) throw new Conflict('Je ging al in beroep tegen deze beslissing.', 'already_appealed', { appealId: existing.id });

    const [facility] = await tx.select().from(facilities).where(eq(facilities.id, review.facilityId));
    const [appeal] = await tx
      .insert(appeals)
      .values({ reviewId: review.id, decisionId: appealable.id, authorId: actor.userId, text: input.text, createdAt: now })
      .returning({ id: appeals.id });
    const itemId = await enqueueItem(
      tx,
      { kind: 'appeal', targetId: appeal!.id, reviewId: review.id, revisionId: appealable.revisionId, facilityId: facility!.id, sector: facility!.sector },
      now,
    );
    await writeAudit({ ...ctx, db: tx }, { action: 'appeal.submitted', targetType: 'review', targetId: review.id, data: { appealId: appeal!.id, decisionId: appealable.id, itemId } });
    return { id: appeal!.id, status: 'pending' as const };
  });
}

export interface NoticeInput {
  reason: NoticeReason;
  explanation: string;
  name?: string | undefined;
  email: string;
  ipHash: string | null;
}

/** Anyone reports a published review; receipt is confirmed by mail and an editor decides. */
export async function submitNotice(ctx: ServiceContext, reviewId: string, input: NoticeInput) {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [review] = await tx.select().from(reviews).where(and(eq(reviews.id, reviewId), isPublicReview));
    if (!review) throw new NotFound('Deze waardering bestaat niet of is niet gepubliceerd.');
    if (input.ipHash) {
      const [recent] = await tx
        .select({ n: count() })
        .from(notices)
        .where(and(eq(notices.ipHash, input.ipHash), gt(notices.createdAt, new Date(now.getTime() - 3_600_000))));
      if (Number(recent?.n ?? 0) >= NOTICES_PER_IP_PER_HOUR) {
        throw new RateLimited('Er kwamen te veel meldingen vanaf jouw netwerk. Probeer het over een uur opnieuw.', 3600);
      }
    }
    const [facility] = await tx.select().from(facilities).where(eq(facilities.id, review.facilityId));
    const [notice] = await tx
      .insert(notices)
      .values({
        reviewId: review.id,
        reason: input.reason,
        explanation: input.explanation,
        name: input.name || null,
        email: input.email,
        userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        ipHash: input.ipHash,
        createdAt: now,
      })
      .returning({ id: notices.id });
    const itemId = await enqueueItem(
      tx,
      { kind: 'notice', targetId: notice!.id, reviewId: review.id, revisionId: review.publishedRevisionId, facilityId: facility!.id, sector: facility!.sector },
      now,
    );
    await enqueueEmail(tx, noticeReceivedMail({ to: input.email, facilityName: facility!.name }));
    await writeAudit({ ...ctx, db: tx }, { action: 'notice.submitted', targetType: 'review', targetId: review.id, data: { noticeId: notice!.id, reason: input.reason, itemId } });
    return { id: notice!.id, status: 'received' as const };
  });
}
