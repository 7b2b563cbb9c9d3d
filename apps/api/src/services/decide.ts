import { and, eq, sql } from 'drizzle-orm';
import {
  APPEAL_WINDOW_MONTHS,
  DECISION_LABELS,
  DECISIONS_BY_KIND,
  RESTRICTING_DECISIONS,
  REVIEW_TEXT_MAX,
  REVIEW_TEXT_MIN,
  facilityPath,
  type Decision,
  type DecisionInput,
  type ReviewStatus,
} from '@zorgwaardering/core';
import {
  appeals,
  decisions,
  facilities,
  memberships,
  moderationItems,
  notices,
  reviewRevisions,
  reviews,
  users,
  type Database,
} from '@zorgwaardering/db';
import type { ServiceContext } from '../context';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors';
import { requireUser } from '../lib/actor';
import { toPlainText } from '../lib/plain-text';
import { authorDecisionMail, facilityPublishedMail, noticeOutcomeMail } from '../mail/decision-mails';
import { enqueueEmail } from '../mail/outbox';
import type { ReasonCatalogue } from '../rules';
import { statementFor } from '../rules';
import { writeAudit } from './audit';
import { refuseFirstDecider } from './moderation-desk';
import { syncScores } from './scores';


type Item = typeof moderationItems.$inferSelect;
type Tx = Database;

export interface DecideSettings {
  publicUrl: string;
  reasons: ReasonCatalogue;
}

export interface DecisionOutcome {
  itemId: string;
  decision: Decision;
  state: Item['state'];
  reviewStatus: ReviewStatus;
  version: number;
}

const addMonths = (date: Date, months: number) => {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
};

/**
 * An editor decides an item they hold the claim on, at the version they saw. The review's state,
 * the decision with its statement, the item, the audit row and the mails change in one
 * transaction; a stale version or a missing claim changes nothing.
 */
export async function decide(ctx: ServiceContext, settings: DecideSettings, itemId: string, input: DecisionInput): Promise<DecisionOutcome> {
  const editor = requireUser(ctx.actor);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [item] = await tx.select().from(moderationItems).where(eq(moderationItems.id, itemId)).for('update');
    if (!item) throw new NotFound('Dit item bestaat niet.');
    if (!DECISIONS_BY_KIND[item.kind].includes(input.decision)) {
      throw new Invalid(`"${DECISION_LABELS[input.decision]}" kan niet bij dit soort item.`, 'invalid', [
        { path: 'decision', message: `Kies uit: ${DECISIONS_BY_KIND[item.kind].join(', ')}` },
      ]);
    }
    if (item.state === 'decided') throw new Conflict('Over dit item is al beslist.', 'already_decided');
    if (item.version !== input.version) {
      throw new Conflict('Dit item werd intussen gewijzigd (bijvoorbeeld een nieuwe versie van de tekst). Laad het opnieuw.', 'stale_version', {
        currentVersion: item.version,
      });
    }
    if (item.claimedBy !== editor.userId || !item.claimExpiresAt || item.claimExpiresAt <= now) {
      throw new Conflict('Neem het item eerst in behandeling voor je beslist.', 'not_claimed');
    }
    if (item.escalatedBy === editor.userId) {
      throw new Forbidden('Je legde dit item zelf voor aan een tweede redacteur: een andere redacteur beslist.');
    }
    if (item.kind === 'appeal') await refuseFirstDecider(tx, item.targetId, editor.userId);
    if (RESTRICTING_DECISIONS.includes(input.decision) && input.reasonCodes.length === 0) {
      throw new Invalid('Kies minstens één reden uit de gedragscode.', 'invalid', [{ path: 'reasonCodes', message: 'Kies minstens één reden' }]);
    }

    const [review] = await tx.select().from(reviews).where(eq(reviews.id, item.reviewId)).for('update');
    const [facility] = await tx.select().from(facilities).where(eq(facilities.id, item.facilityId));
    const [author] = await tx.select().from(users).where(eq(users.id, review!.authorId));
    const statement =
      input.statement || input.reasonCodes.map((code) => statementFor(settings.reasons, code, facility!.name)).join('\n\n');
    const context = { tx, ctx, editorId: editor.userId, item, review: review!, facility: facility!, now };

    let reviewPatch: Partial<typeof reviews.$inferInsert> = {};
    let decidedRevisionId = item.revisionId;
    let appealableUntil: Date | null = null;
    let notifyFacility = false;
    let notifyAuthor = true;

    switch (input.decision) {
      case 'publish':
        reviewPatch = { status: 'published', publishedRevisionId: item.revisionId, publishedAt: now };
        notifyFacility = review!.publishedRevisionId === null;
        break;
      case 'publish_edited': {
        const editorRevision = await writeEditorRevision(context, input.editedText);
        decidedRevisionId = editorRevision;
        reviewPatch = { status: 'published', publishedRevisionId: editorRevision, publishedAt: review!.publishedAt ?? now };
        notifyFacility = item.kind !== 'notice' && review!.publishedRevisionId === null;
        break;
      }
      case 'request_changes':
        reviewPatch = { status: 'changes_requested' };
        break;
      case 'reject':
      case 'refer':
        reviewPatch = { status: 'rejected' };
        appealableUntil = addMonths(now, APPEAL_WINDOW_MONTHS);
        break;
      case 'remove':
        reviewPatch = { status: 'removed' };
        appealableUntil = addMonths(now, APPEAL_WINDOW_MONTHS);
        break;
      case 'keep':
        notifyAuthor = false;
        break;
      case 'escalate':
        notifyAuthor = false;
        break;
      case 'uphold':
        break;
      case 'overturn': {
        const overturned = await overturn(context);
        reviewPatch = { status: 'published', publishedRevisionId: overturned, publishedAt: now };
        decidedRevisionId = overturned;
        notifyFacility = review!.publishedRevisionId === null;
        break;
      }
    }

    const automatedDetection = Boolean(item.prescreen && Array.isArray(item.prescreen.flags) && item.prescreen.flags.length > 0);
    const [decision] = await tx
      .insert(decisions)
      .values({
        itemId: item.id,
        reviewId: review!.id,
        revisionId: decidedRevisionId,
        decision: input.decision,
        reasonCodes: input.reasonCodes,
        statement,
        editorId: editor.userId,
        automatedDetection,
        appealableUntil,
        createdAt: now,
      })
      .returning({ id: decisions.id });

    if (Object.keys(reviewPatch).length > 0) {
      await tx
        .update(reviews)
        .set({ ...reviewPatch, version: sql`${reviews.version} + 1`, updatedAt: now })
        .where(eq(reviews.id, review!.id));
      await syncScores(tx, review!, { ...review!, ...reviewPatch });
    }
    const escalating = input.decision === 'escalate';
    const [updated] = await tx
      .update(moderationItems)
      .set({
        state: escalating ? 'escalated' : 'decided',
        escalatedBy: escalating ? editor.userId : item.escalatedBy,
        decidedAt: escalating ? null : now,
        claimedBy: null,
        claimExpiresAt: null,
        version: item.version + 1,
      })
      .where(and(eq(moderationItems.id, item.id), eq(moderationItems.version, item.version)))
      .returning({ state: moderationItems.state, version: moderationItems.version });
    if (!updated) throw new Conflict('Dit item werd intussen gewijzigd. Laad het opnieuw.', 'stale_version');

    if (item.kind === 'notice' && !escalating) {
      const [notice] = await tx.update(notices).set({ outcome: input.decision, decidedAt: now }).where(eq(notices.id, item.targetId)).returning();
      await enqueueEmail(tx, noticeOutcomeMail({ to: notice!.email, facilityName: facility!.name, decision: input.decision, statement }));
      notifyAuthor = input.decision !== 'keep';
    }
    if (item.kind === 'appeal' && !escalating) {
      await tx.update(appeals).set({ outcome: input.decision, decidedAt: now }).where(eq(appeals.id, item.targetId));
    }

    if (notifyAuthor && author) {
      const flaggedPassages = input.decision === 'request_changes' ? await flaggedPassagesOf(tx, item) : [];
      const mail = authorDecisionMail({
        to: author.email,
        facilityName: facility!.name,
        sector: facility!.sector,
        publicUrl: settings.publicUrl,
        decision: input.decision,
        statement,
        rules: input.reasonCodes.map((code) => settings.reasons.reasons[code].rule),
        automatedDetection,
        appealableUntil,
        flaggedPassages,
      });
      if (mail) await enqueueEmail(tx, mail);
    }
    if (notifyFacility) {
      const representatives = await tx
        .select({ email: users.email })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.organisationId, facility!.organisationId));
      for (const representative of representatives) {
        await enqueueEmail(
          tx,
          facilityPublishedMail({ to: representative.email, facilityName: facility!.name, facilityUrl: `${settings.publicUrl}${facilityPath(facility!)}` }),
        );
      }
    }

    await writeAudit(
      { ...ctx, db: tx },
      {
        action: `moderation.${input.decision}`,
        targetType: 'moderation_item',
        targetId: item.id,
        data: {
          decisionId: decision!.id,
          reviewId: review!.id,
          revisionId: decidedRevisionId,
          reasonCodes: input.reasonCodes,
          before: { itemState: item.state, reviewStatus: review!.status },
          after: { itemState: updated.state, reviewStatus: reviewPatch.status ?? review!.status },
        },
      },
    );
    return {
      itemId: item.id,
      decision: input.decision,
      state: updated.state,
      reviewStatus: (reviewPatch.status ?? review!.status) as ReviewStatus,
      version: updated.version,
    };
  });
}

interface DecisionContext {
  tx: Tx;
  ctx: ServiceContext;
  editorId: string;
  item: Item;
  review: typeof reviews.$inferSelect;
  facility: typeof facilities.$inferSelect;
  now: Date;
}

/** The editor's version of the judged revision (e.g. names removed), as a revision of its own. */
async function writeEditorRevision(context: DecisionContext, editedText: string | undefined): Promise<string> {
  const text = toPlainText(editedText ?? '').trim();
  if (text.length < REVIEW_TEXT_MIN || text.length > REVIEW_TEXT_MAX) {
    throw new Invalid('De aangepaste tekst is niet geldig.', 'invalid', [
      { path: 'editedText', message: `Geef de aangepaste tekst (${REVIEW_TEXT_MIN} tot ${REVIEW_TEXT_MAX} tekens)` },
    ]);
  }
  const sourceId = context.item.revisionId ?? context.review.publishedRevisionId ?? context.review.currentRevisionId;
  const [source] = await context.tx.select().from(reviewRevisions).where(eq(reviewRevisions.id, sourceId!));
  const [{ next }] = (await context.tx
    .select({ next: sql<number>`coalesce(max(${reviewRevisions.number}), 0) + 1` })
    .from(reviewRevisions)
    .where(eq(reviewRevisions.reviewId, context.review.id))) as [{ next: number }];
  const [revision] = await context.tx
    .insert(reviewRevisions)
    .values({
      reviewId: context.review.id,
      number: Number(next),
      source: 'editor',
      createdBy: context.editorId,
      ratings: source!.ratings,
      text,
      relationship: source!.relationship,
      periodFrom: source!.periodFrom,
      periodTo: source!.periodTo,
      displayLabel: source!.displayLabel,
      createdAt: context.now,
    })
    .returning({ id: reviewRevisions.id });
  return revision!.id;
}

/** Overturning an appeal: the appealed decision is marked overruled and its revision is published. */
async function overturn(context: DecisionContext): Promise<string> {
  const [appeal] = await context.tx.select().from(appeals).where(eq(appeals.id, context.item.targetId));
  const [appealed] = await context.tx
    .update(decisions)
    .set({ overruledAt: context.now })
    .where(eq(decisions.id, appeal!.decisionId))
    .returning({ revisionId: decisions.revisionId });
  return appealed!.revisionId ?? context.review.currentRevisionId!;
}

/** The passages the pre-screen flagged, quoted for the author. */
async function flaggedPassagesOf(tx: Tx, item: Item): Promise<string[]> {
  const flags = (item.prescreen?.flags ?? []) as { spans?: { start: number; end: number }[] }[];
  if (!item.revisionId || flags.length === 0) return [];
  const [revision] = await tx.select({ text: reviewRevisions.text }).from(reviewRevisions).where(eq(reviewRevisions.id, item.revisionId));
  const passages = flags.flatMap((flag) => flag.spans ?? []).map((span) => revision!.text.slice(span.start, span.end).trim());
  return [...new Set(passages.filter(Boolean))].slice(0, 10);
}
