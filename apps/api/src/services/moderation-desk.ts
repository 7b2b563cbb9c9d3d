import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { diffWords } from 'diff';
import {
  CLAIM_MINUTES,
  REASON_CODES,
  RELATIONSHIPS,
  MODERATION_QUEUES,
  type ModerationItemKind,
  type ModerationQueue,
  type Sector,
} from '@zorgwaardering/core';
import {
  appeals,
  auditLog,
  decisions,
  facilities,
  moderationItems,
  notices,
  reviewRevisions,
  reviews,
  rowsOf,
  users,
  type Database,
} from '@zorgwaardering/db';
import type { ServiceContext } from '../context';
import { Conflict, Forbidden, NotFound } from '../errors';
import { requireUser } from '../lib/actor';
import { statementFor, type ReasonCatalogue } from '../rules';
import { auditActorKind, writeAudit } from './audit';

export const QUEUE_PAGE_SIZE = 25;
export const COUNT_CAP = 10_000;

/** Counts the items a condition matches, stopping at COUNT_CAP so a long queue stays cheap to count. */
async function countUpTo(db: Database, where: SQL): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(db.select({ one: sql`1` }).from(moderationItems).where(where).limit(COUNT_CAP).as('capped'));
  return Number(row?.n ?? 0);
}

const fullName = (user: { firstName: string | null; lastName: string | null; email: string }) =>
  [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email;

/** Which items each derived queue holds. */
function queueCondition(queue: ModerationQueue): SQL {
  switch (queue) {
    // Literal SQL (no parameters), so the planner matches the partial indexes of the queues.
    case 'new':
      return sql`${moderationItems.state} = 'open' and ${moderationItems.kind} in ('review_revision', 'response_revision')`;
    case 'escalated':
      return sql`${moderationItems.state} = 'escalated'`;
    case 'notices':
      return sql`${moderationItems.state} = 'open' and ${moderationItems.kind} = 'notice'`;
    case 'appeals':
      return sql`${moderationItems.state} = 'open' and ${moderationItems.kind} = 'appeal'`;
    case 'changes_requested':
      // Decided items whose review now waits for the author's next revision.
      return sql`${moderationItems.state} = 'decided' and exists (select 1 from reviews r
        where r.id = ${moderationItems.reviewId} and r.status = 'changes_requested' and r.current_revision_id = ${moderationItems.revisionId})`;
    case 'decided':
      return sql`${moderationItems.state} = 'decided'`;
  }
}

export interface QueueQuery {
  queue: ModerationQueue;
  kind?: ModerationItemKind | undefined;
  sector?: Sector | undefined;
  page: number;
}

/** A page of a queue, most urgent first (safety, then risk, then age), with the count of every queue. */
export async function listQueue(ctx: ServiceContext, query: QueueQuery) {
  const now = ctx.now();
  const filters = [queueCondition(query.queue)];
  if (query.kind) filters.push(eq(moderationItems.kind, query.kind));
  if (query.sector) filters.push(eq(moderationItems.sector, query.sector));
  const where = and(...filters);
  const order =
    query.queue === 'decided' || query.queue === 'changes_requested'
      ? [desc(moderationItems.decidedAt)]
      : [desc(moderationItems.safety), desc(moderationItems.riskScore), asc(moderationItems.createdAt)];

  const holder = sql<string | null>`(select coalesce(nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email)
    from users u where u.id = ${moderationItems.claimedBy})`;
  const rows = await ctx.db
    .select({
      item: moderationItems,
      facilityName: facilities.name,
      text: reviewRevisions.text,
      holder,
    })
    .from(moderationItems)
    .innerJoin(facilities, eq(facilities.id, moderationItems.facilityId))
    .leftJoin(reviewRevisions, eq(reviewRevisions.id, moderationItems.revisionId))
    .where(where)
    .orderBy(...order, asc(moderationItems.id))
    .limit(QUEUE_PAGE_SIZE)
    .offset((query.page - 1) * QUEUE_PAGE_SIZE);
  const total = await countUpTo(ctx.db, where!);
  const counts = Object.fromEntries(
    await Promise.all(MODERATION_QUEUES.map(async (queue) => [queue, await countUpTo(ctx.db, queueCondition(queue))] as const)),
  ) as Record<ModerationQueue, number>;
  const [oldest] = await ctx.db
    .select({ createdAt: moderationItems.createdAt })
    .from(moderationItems)
    .where(queueCondition('new'))
    .orderBy(asc(moderationItems.createdAt))
    .limit(1);

  return {
    items: rows.map((row) => summarise(row.item, row.facilityName, row.text, row.holder, now)),
    page: query.page,
    pageSize: QUEUE_PAGE_SIZE,
    total,
    totalPages: Math.ceil(total / QUEUE_PAGE_SIZE),
    /** Counts stop at COUNT_CAP: "10.000 of meer" is all an editor needs to know. */
    countCap: COUNT_CAP,
    counts,
    oldestNewAt: oldest ? oldest.createdAt.toISOString() : null,
  };
}

function summarise(item: typeof moderationItems.$inferSelect, facilityName: string, text: string | null, holder: string | null, now: Date) {
  const claimActive = item.claimedBy !== null && item.claimExpiresAt !== null && item.claimExpiresAt > now;
  const flags = (item.prescreen?.flags ?? []) as { category: string; code: string; severity: string }[];
  return {
    id: item.id,
    kind: item.kind,
    state: item.state,
    reviewId: item.reviewId,
    facility: { id: item.facilityId, name: facilityName },
    sector: item.sector,
    excerpt: text ? (text.length > 200 ? `${text.slice(0, 200)}…` : text) : null,
    riskScore: item.riskScore,
    safety: item.safety,
    flags: flags.map((f) => ({ category: f.category, code: f.code, severity: f.severity })),
    createdAt: item.createdAt.toISOString(),
    ageHours: Math.floor((now.getTime() - item.createdAt.getTime()) / 3_600_000),
    dueAt: item.dueAt.toISOString(),
    overdue: item.state !== 'decided' && item.dueAt < now,
    claim: claimActive ? { userId: item.claimedBy!, name: holder ?? '', expiresAt: item.claimExpiresAt!.toISOString() } : null,
    escalated: item.escalatedBy !== null,
    decidedAt: item.decidedAt?.toISOString() ?? null,
    version: item.version,
  };
}

/** Everything an editor needs to decide an item, the author's identity included (editors only). */
export async function getItem(ctx: ServiceContext, reasons: ReasonCatalogue, itemId: string) {
  const now = ctx.now();
  const [row] = await ctx.db
    .select({ item: moderationItems, facility: facilities })
    .from(moderationItems)
    .innerJoin(facilities, eq(facilities.id, moderationItems.facilityId))
    .where(eq(moderationItems.id, itemId));
  if (!row) throw new NotFound('Dit item bestaat niet.');
  const { item, facility } = row;
  const [review] = await ctx.db.select().from(reviews).where(eq(reviews.id, item.reviewId));
  const revisions = await ctx.db.select().from(reviewRevisions).where(eq(reviewRevisions.reviewId, item.reviewId)).orderBy(asc(reviewRevisions.number));
  const judged = revisions.find((r) => r.id === item.revisionId) ?? null;
  const previous = judged ? revisions.filter((r) => r.number < judged.number && r.source === 'author').at(-1) : undefined;
  const [author] = await ctx.db.select().from(users).where(eq(users.id, review!.authorId));
  const holder = item.claimedBy ? (await ctx.db.select().from(users).where(eq(users.id, item.claimedBy)))[0] : undefined;

  const [authorReviews] = await ctx.db.select({ n: count() }).from(reviews).where(eq(reviews.authorId, review!.authorId));
  const authorDecisions = await ctx.db
    .select({ decision: decisions.decision, reasonCodes: decisions.reasonCodes, createdAt: decisions.createdAt, facilityName: facilities.name })
    .from(decisions)
    .innerJoin(reviews, eq(reviews.id, decisions.reviewId))
    .innerJoin(facilities, eq(facilities.id, reviews.facilityId))
    .where(eq(reviews.authorId, review!.authorId))
    .orderBy(desc(decisions.createdAt))
    .limit(20);
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const [recent] = await ctx.db
    .select({ n: count() })
    .from(reviews)
    .where(and(eq(reviews.facilityId, facility.id), sql`${reviews.createdAt} > ${monthAgo.toISOString()}`));
  const [waiting] = await ctx.db
    .select({ n: count() })
    .from(moderationItems)
    .where(and(eq(moderationItems.facilityId, facility.id), ne(moderationItems.state, 'decided')));
  const reviewDecisions = await ctx.db.select().from(decisions).where(eq(decisions.reviewId, review!.id)).orderBy(asc(decisions.createdAt));

  const notice = item.kind === 'notice' ? (await ctx.db.select().from(notices).where(eq(notices.id, item.targetId)))[0] : undefined;
  const appeal = item.kind === 'appeal' ? (await ctx.db.select().from(appeals).where(eq(appeals.id, item.targetId)))[0] : undefined;
  const claimActive = item.claimedBy !== null && item.claimExpiresAt !== null && item.claimExpiresAt > now;

  const revisionOut = (r: (typeof revisions)[number]) => ({
    id: r.id,
    number: r.number,
    source: r.source,
    ratings: r.ratings,
    text: r.text,
    relationship: r.relationship,
    relationshipLabel: RELATIONSHIPS[r.relationship],
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    displayLabel: r.displayLabel,
    createdAt: r.createdAt.toISOString(),
  });

  return {
    id: item.id,
    kind: item.kind,
    state: item.state,
    version: item.version,
    createdAt: item.createdAt.toISOString(),
    dueAt: item.dueAt.toISOString(),
    overdue: item.state !== 'decided' && item.dueAt < now,
    claim: claimActive && holder ? { userId: holder.id, name: fullName(holder), expiresAt: item.claimExpiresAt!.toISOString() } : null,
    escalatedBy: item.escalatedBy,
    riskScore: item.riskScore,
    safety: item.safety,
    prescreen: item.prescreen,
    review: { id: review!.id, status: review!.status, published: review!.publishedRevisionId !== null },
    revision: judged ? revisionOut(judged) : null,
    revisions: revisions.map(revisionOut),
    diff: judged && previous ? diffWords(previous.text, judged.text).map((part) => ({ op: part.added ? 'insert' : part.removed ? 'delete' : 'equal', text: part.value })) : null,
    author: {
      id: author!.id,
      name: fullName(author!),
      email: author!.email,
      memberSince: author!.createdAt.toISOString(),
      reviewCount: Number(authorReviews?.n ?? 0),
      decisions: authorDecisions.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    },
    facility: {
      id: facility.id,
      name: facility.name,
      sector: facility.sector,
      municipality: facility.municipality,
      capacity: facility.capacity,
      reviewsLast30Days: Number(recent?.n ?? 0),
      itemsWaiting: Number(waiting?.n ?? 0),
    },
    decisions: reviewDecisions.map((d) => ({
      id: d.id,
      decision: d.decision,
      reasonCodes: d.reasonCodes,
      statement: d.statement,
      editorId: d.editorId,
      createdAt: d.createdAt.toISOString(),
      overruledAt: d.overruledAt?.toISOString() ?? null,
    })),
    notice: notice ? { reason: notice.reason, explanation: notice.explanation, name: notice.name, email: notice.email, createdAt: notice.createdAt.toISOString() } : null,
    appeal: appeal ? { text: appeal.text, decisionId: appeal.decisionId, createdAt: appeal.createdAt.toISOString() } : null,
    statementTemplates: Object.fromEntries(
      REASON_CODES.map((code) => [code, { label: reasons.reasons[code].label, rule: reasons.reasons[code].rule, statement: statementFor(reasons, code, facility.name) }]),
    ),
  };
}

/**
 * Takes a 15-minute lease on an item. Another editor's live lease answers 409 naming them;
 * an expired lease is taken over; claiming again extends one's own.
 */
export async function claimItem(ctx: ServiceContext, itemId: string) {
  const editor = requireUser(ctx.actor);
  const claimed = await claimFirst(ctx, sql`${moderationItems.id} = ${itemId}`, false);
  if (claimed) return claimed;

  // Not claimable: say why. Locking the row waits for a claim or decision in flight.
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [item] = await tx.select().from(moderationItems).where(eq(moderationItems.id, itemId)).for('update');
    if (!item) throw new NotFound('Dit item bestaat niet.');
    if (item.state === 'decided') throw new Conflict('Over dit item is al beslist.', 'already_decided');
    if (item.escalatedBy === editor.userId) throw new Forbidden('Je legde dit item zelf voor: een andere redacteur beslist.');
    if (item.kind === 'appeal') await refuseFirstDecider(tx, item.targetId, editor.userId);
    if (item.claimedBy && item.claimedBy !== editor.userId && item.claimExpiresAt && item.claimExpiresAt > now) {
      const [holder] = await tx.select().from(users).where(eq(users.id, item.claimedBy));
      throw new Conflict(`${fullName(holder!)} behandelt dit item al (tot ${expiresAtTime(item.claimExpiresAt)}).`, 'claimed', {
        holder: { userId: holder!.id, name: fullName(holder!) },
        expiresAt: item.claimExpiresAt.toISOString(),
      });
    }
    // The holder let go between the two statements: claim it now.
    return (await claimFirst({ ...ctx, db: tx }, sql`${moderationItems.id} = ${itemId}`, false))!;
  });
}

/**
 * Claims the most urgent item of a queue that nobody else holds (the "next item" after a
 * decision). Parallel callers get different items: rows locked by one are skipped by the other.
 */
export async function claimNext(ctx: ServiceContext, queue: 'new' | 'escalated' | 'notices' | 'appeals') {
  return claimFirst(ctx, queueCondition(queue), true);
}

/**
 * One statement takes a 15-minute lease on the first item matching `where` (in queue order) that
 * this editor may claim, and writes its audit row; null when there is none. A claim is a lease,
 * not a decision: if the server crashed right after answering, the editor would simply claim
 * again, so it is one round trip instead of a transaction of several.
 */
async function claimFirst(ctx: ServiceContext, where: SQL, next: boolean) {
  const editor = requireUser(ctx.actor);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + CLAIM_MINUTES * 60_000);
  const result = await ctx.db.execute(sql`
    with candidate as (
      select ${moderationItems.id} as id from ${moderationItems}
      where ${where}
        and ${moderationItems.state} <> 'decided'
        and (${moderationItems.claimedBy} is null or ${moderationItems.claimedBy} = ${editor.userId} or ${moderationItems.claimExpiresAt} <= ${now.toISOString()})
        and ${moderationItems.escalatedBy} is distinct from ${editor.userId}
        and not exists (select 1 from appeals a join decisions d on d.id = a.decision_id
          where ${moderationItems.kind} = 'appeal' and a.id = ${moderationItems.targetId} and d.editor_id = ${editor.userId})
      order by ${moderationItems.safety} desc, ${moderationItems.riskScore} desc, ${moderationItems.createdAt}, ${moderationItems.id}
      limit 1
      for update skip locked
    ),
    claimed as (
      update ${moderationItems} set claimed_by = ${editor.userId}, claim_expires_at = ${expiresAt.toISOString()}
      from candidate where ${moderationItems.id} = candidate.id
      returning ${moderationItems.id} as id, ${moderationItems.version} as version
    ),
    audit as (
      insert into ${auditLog} (actor_kind, actor_user_id, action, target_type, target_id, data, request_id, occurred_at)
      select ${auditActorKind(ctx.actor)}, ${editor.userId}, 'moderation.claimed', 'moderation_item', claimed.id::text,
        ${JSON.stringify(next ? { expiresAt: expiresAt.toISOString(), next: true } : { expiresAt: expiresAt.toISOString() })}::jsonb,
        ${ctx.requestId ?? null}, ${now.toISOString()}
      from claimed
    )
    select id, version from claimed`);
  const row = rowsOf<{ id: string; version: number }>(result)[0];
  if (!row) return null;
  return { id: row.id, claim: { userId: editor.userId, expiresAt: expiresAt.toISOString() }, version: Number(row.version) };
}

export async function releaseItem(ctx: ServiceContext, itemId: string) {
  const editor = requireUser(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [item] = await tx.select().from(moderationItems).where(eq(moderationItems.id, itemId)).for('update');
    if (!item) throw new NotFound('Dit item bestaat niet.');
    if (item.claimedBy !== editor.userId) return { id: itemId, released: false };
    await tx.update(moderationItems).set({ claimedBy: null, claimExpiresAt: null }).where(eq(moderationItems.id, itemId));
    await writeAudit({ ...ctx, db: tx }, { action: 'moderation.released', targetType: 'moderation_item', targetId: itemId });
    return { id: itemId, released: true };
  });
}

/** An appeal is decided by someone other than the editor who took the appealed decision. */
export async function refuseFirstDecider(tx: Database, appealId: string, editorId: string) {
  const [row] = await tx
    .select({ editorId: decisions.editorId })
    .from(appeals)
    .innerJoin(decisions, eq(decisions.id, appeals.decisionId))
    .where(eq(appeals.id, appealId));
  if (row?.editorId === editorId) throw new Forbidden('Je nam zelf de beslissing waartegen beroep loopt: een andere redacteur beslist.');
}

const expiresAtTime = (date: Date) => date.toLocaleTimeString('nl-BE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });

/** The audit trail of an item: what happened to it and to its review, oldest first. */
export async function itemHistory(ctx: ServiceContext, itemId: string) {
  const [item] = await ctx.db.select({ reviewId: moderationItems.reviewId }).from(moderationItems).where(eq(moderationItems.id, itemId));
  if (!item) throw new NotFound('Dit item bestaat niet.');
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      occurredAt: auditLog.occurredAt,
      actorKind: auditLog.actorKind,
      actorUserId: auditLog.actorUserId,
      actorName: sql<string | null>`(select coalesce(nullif(trim(concat_ws(' ', u.first_name, u.last_name)), ''), u.email) from users u where u.id = ${auditLog.actorUserId})`,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      data: auditLog.data,
    })
    .from(auditLog)
    .where(
      or(
        and(eq(auditLog.targetType, 'moderation_item'), eq(auditLog.targetId, itemId)),
        and(eq(auditLog.targetType, 'review'), eq(auditLog.targetId, item.reviewId)),
      ),
    )
    .orderBy(asc(auditLog.occurredAt), asc(auditLog.id));
  return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
}

