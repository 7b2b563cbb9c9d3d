import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import { appeals, decisions, moderationItems, notices, type Database } from '@zorgwaardering/db';

export interface Period {
  from: Date;
  to: Date;
}

/**
 * The public figures of the editorial work in a period (DSA art. 15): decisions by outcome and
 * reason, how often automated detection played a part, the median handling time, notices and
 * appeals with their outcomes.
 */
export async function transparencyReport(db: Database, period: Period) {
  const inPeriod = and(gte(decisions.createdAt, period.from), lt(decisions.createdAt, period.to));
  const byDecision = await db
    .select({ decision: decisions.decision, count: sql<number>`count(*)::int` })
    .from(decisions)
    .where(inPeriod)
    .groupBy(decisions.decision)
    .orderBy(decisions.decision);
  const byReason = await db
    .select({ reasonCode: sql<string>`reason`, count: sql<number>`count(*)::int` })
    .from(sql`${decisions} cross join lateral unnest(${decisions.reasonCodes}) as reason`)
    .where(inPeriod)
    .groupBy(sql`reason`)
    .orderBy(sql`reason`);
  const [totals] = await db
    .select({
      total: sql<number>`count(*)::int`,
      automated: sql<number>`count(*) filter (where ${decisions.automatedDetection})::int`,
    })
    .from(decisions)
    .where(and(inPeriod, sql`${decisions.decision} <> 'escalate'`));
  const [handling] = await db
    .select({
      medianHours: sql<string | null>`percentile_cont(0.5) within group (order by extract(epoch from (${decisions.createdAt} - ${moderationItems.createdAt})) / 3600)`,
    })
    .from(decisions)
    .innerJoin(moderationItems, eq(moderationItems.id, decisions.itemId))
    .where(and(inPeriod, eq(moderationItems.kind, 'review_revision'), sql`${decisions.decision} <> 'escalate'`));

  const noticeWhere = and(gte(notices.createdAt, period.from), lt(notices.createdAt, period.to));
  const [noticeCount] = await db.select({ n: count() }).from(notices).where(noticeWhere);
  const noticeOutcomes = await db
    .select({ outcome: notices.outcome, count: sql<number>`count(*)::int` })
    .from(notices)
    .where(noticeWhere)
    .groupBy(notices.outcome);

  const appealWhere = and(gte(appeals.createdAt, period.from), lt(appeals.createdAt, period.to));
  const [appealCounts] = await db
    .select({
      received: sql<number>`count(*)::int`,
      decided: sql<number>`count(${appeals.outcome})::int`,
      overturned: sql<number>`count(*) filter (where ${appeals.outcome} = 'overturn')::int`,
    })
    .from(appeals)
    .where(appealWhere);

  const total = Number(totals?.total ?? 0);
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    decisions: {
      total,
      byDecision: byDecision.map((row) => ({ decision: row.decision, count: Number(row.count) })),
      byReasonCode: byReason.map((row) => ({ reasonCode: row.reasonCode, count: Number(row.count) })),
      automatedDetectionShare: total ? Number(totals!.automated) / total : null,
      medianHoursToDecision: handling?.medianHours == null ? null : Math.round(Number(handling.medianHours) * 10) / 10,
    },
    notices: {
      received: Number(noticeCount?.n ?? 0),
      byOutcome: noticeOutcomes.map((row) => ({ outcome: row.outcome ?? 'pending', count: Number(row.count) })),
    },
    appeals: {
      received: Number(appealCounts?.received ?? 0),
      decided: Number(appealCounts?.decided ?? 0),
      overturned: Number(appealCounts?.overturned ?? 0),
    },
  };
}
