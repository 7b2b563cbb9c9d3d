import { and, eq, ne } from 'drizzle-orm';
import { DECISION_DUE_WORKING_DAYS, type ModerationItemKind, type Sector } from '@zorgwaardering/core';
import { moderationItems, type Database } from '@zorgwaardering/db';
import { addWorkingDays } from '../lib/working-days';

export interface NewItem {
  kind: ModerationItemKind;
  targetId: string;
  reviewId: string;
  revisionId: string | null;
  facilityId: number;
  sector: Sector;
  prescreen?: { riskScore: number; safety: boolean; report: Record<string, unknown> } | null;
}

/**
 * Puts a target in front of the editors, in the caller's transaction. A review that gets a new
 * revision while its previous one still waits keeps its one item, now pointing at the new
 * revision (its version moves on, so a decision on the old text fails).
 */
export async function enqueueItem(db: Database, item: NewItem, now: Date): Promise<string> {
  const prescreen = {
    prescreen: item.prescreen?.report ?? null,
    riskScore: item.prescreen?.riskScore ?? 0,
    safety: item.prescreen?.safety ?? false,
  };
  if (item.kind === 'review_revision') {
    const [waiting] = await db
      .select({ id: moderationItems.id, version: moderationItems.version })
      .from(moderationItems)
      .where(and(eq(moderationItems.reviewId, item.reviewId), eq(moderationItems.kind, 'review_revision'), ne(moderationItems.state, 'decided')))
      .for('update');
    if (waiting) {
      await db
        .update(moderationItems)
        .set({ targetId: item.targetId, revisionId: item.revisionId, version: waiting.version + 1, ...prescreen })
        .where(eq(moderationItems.id, waiting.id));
      return waiting.id;
    }
  }
  const [created] = await db
    .insert(moderationItems)
    .values({
      kind: item.kind,
      targetId: item.targetId,
      reviewId: item.reviewId,
      revisionId: item.revisionId,
      facilityId: item.facilityId,
      sector: item.sector,
      createdAt: now,
      dueAt: addWorkingDays(now, DECISION_DUE_WORKING_DAYS),
      ...prescreen,
    })
    .returning({ id: moderationItems.id });
  return created!.id;
}
