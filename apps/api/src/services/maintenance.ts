import { and, eq, lt, or } from 'drizzle-orm';
import {
  mailboxMessages,
  outboxEmails,
  refreshFacilityScores,
  sessions,
  signInCodes,
  submissionSignals,
  windowStart,
  type Database,
} from '@zorgwaardering/db';
import type { ScoreRules } from '../rules';

/** How long data that is only needed for a short while is kept. */
export const RETENTION = {
  /** Sign-in codes, with their IP hashes: long enough for the rate limits and an investigation of abuse. */
  signInCodesHours: 24,
  /** Sent mail (a sign-in mail holds a code and a link): long enough to answer "did you send it?". */
  sentMailDays: 7,
  /** The local development mailbox. */
  mailboxDays: 7,
  /** The IP hash of a submission: long enough to see several accounts on one network. */
  submissionSignalsDays: 90,
};

/** Deletes expired sessions and the short-lived data past its retention. */
export async function purgeExpired(db: Database, now: Date): Promise<Record<string, number>> {
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const removed = await db.transaction(async (tx) => ({
    sessions: (await tx.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id })).length,
    signInCodes: (
      await tx.delete(signInCodes).where(lt(signInCodes.createdAt, hoursAgo(RETENTION.signInCodesHours))).returning({ id: signInCodes.id })
    ).length,
    sentMail: (
      await tx
        .delete(outboxEmails)
        .where(
          and(
            or(eq(outboxEmails.status, 'sent'), eq(outboxEmails.status, 'failed')),
            lt(outboxEmails.createdAt, hoursAgo(RETENTION.sentMailDays * 24)),
          ),
        )
        .returning({ id: outboxEmails.id })
    ).length,
    submissionSignals: (
      await tx
        .delete(submissionSignals)
        .where(lt(submissionSignals.createdAt, hoursAgo(RETENTION.submissionSignalsDays * 24)))
        .returning({ id: submissionSignals.revisionId })
    ).length,
    mailbox: (
      await tx.delete(mailboxMessages).where(lt(mailboxMessages.deliveredAt, hoursAgo(RETENTION.mailboxDays * 24))).returning({ id: mailboxMessages.id })
    ).length,
  }));
  return removed;
}

/**
 * Brings every facility's summed scores (facility_scores) to the scoring window of `now`: at start
 * and hourly, so a new month moves the window within the hour. Until then a facility page sums its
 * months itself. Returns the number of facilities brought up to date.
 */
export function refreshScores(db: Database, rules: ScoreRules, now: Date): Promise<number> {
  return refreshFacilityScores(db, windowStart(now, rules.windowMonths));
}
