import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Ratings, Sector } from '@zorgwaardering/core';
import {
  reviewRevisions,
  reviews,
  submissionSignals,
  textSignatureBands,
  textSignatures,
  users,
  type Database,
} from '@zorgwaardering/db';
import {
  bandKeys,
  screen,
  signatureFromBytes,
  signatureToBytes,
  textSignature,
  type PriorSubmission,
  type Report,
  type Rules,
} from '@zorgwaardering/moderation';

/** At most this many near-duplicate candidates are compared. */
const CANDIDATE_LIMIT = 50;
/** How far back the facility's recent submissions matter (bursts, several accounts on one network). */
const FACILITY_WINDOW_DAYS = 30;

export interface ScreenedRevision {
  revisionId: string;
  reviewId: string;
  text: string;
  ratings: Ratings;
  sector: Sector;
  facilityId: number;
  facilityName: string;
  authorId: string;
  submittedAt: Date;
  ipHash: string | null;
}

export interface PrescreenOutcome {
  report: Report;
  riskScore: number;
  safety: boolean;
}

/**
 * Runs the automated pre-screen on a new revision, in the caller's transaction: gathers the
 * context with index lookups (near-duplicate candidates by signature band, the author's history,
 * the facility's recent submissions), stores the signature and the submission's IP hash, and
 * returns the report for the moderation item.
 */
export async function prescreenRevision(db: Database, rules: Rules, revision: ScreenedRevision): Promise<PrescreenOutcome> {
  const signature = textSignature(revision.text);
  const bands = [...bandKeys(signature)];
  const since = (days: number) => new Date(revision.submittedAt.getTime() - days * 86_400_000);
  const historyDays = Math.max(...Object.values(rules.intervalDays), FACILITY_WINDOW_DAYS);

  const candidateIds = (
    await db
      .selectDistinct({ revisionId: textSignatureBands.revisionId })
      .from(textSignatureBands)
      .where(inArray(textSignatureBands.bandKey, bands))
      .limit(CANDIDATE_LIMIT)
  ).map((row) => row.revisionId);

  const prior = (rows: { revisionId: string; reviewId: string; authorId: string; facilityId: number; submittedAt: Date; ipHash: string | null; signature?: Uint8Array | null }[]) =>
    rows.map(
      (row): PriorSubmission => ({
        id: row.revisionId,
        reviewId: row.reviewId,
        authorId: row.authorId,
        facilityId: String(row.facilityId),
        submittedAt: row.submittedAt,
        ...(row.ipHash ? { ipHash: row.ipHash } : {}),
        ...(row.signature ? { signature: signatureFromBytes(row.signature) } : {}),
      }),
    );
  const base = {
    revisionId: reviewRevisions.id,
    reviewId: reviews.id,
    authorId: reviews.authorId,
    facilityId: reviews.facilityId,
    submittedAt: reviewRevisions.createdAt,
    ipHash: submissionSignals.ipHash,
  };
  const similarCandidates = candidateIds.length
    ? prior(
        await db
          .select({ ...base, signature: textSignatures.signature })
          .from(reviewRevisions)
          .innerJoin(reviews, eq(reviews.id, reviewRevisions.reviewId))
          .innerJoin(textSignatures, eq(textSignatures.revisionId, reviewRevisions.id))
          .leftJoin(submissionSignals, eq(submissionSignals.revisionId, reviewRevisions.id))
          .where(inArray(reviewRevisions.id, candidateIds)),
      )
    : [];
  // One entry per earlier review: its first revision is when it was submitted.
  const firstRevisions = (where: ReturnType<typeof and>) =>
    db
      .select(base)
      .from(reviews)
      .innerJoin(reviewRevisions, and(eq(reviewRevisions.reviewId, reviews.id), eq(reviewRevisions.number, 1)))
      .leftJoin(submissionSignals, eq(submissionSignals.revisionId, reviewRevisions.id))
      .where(where);
  const authorHistory = prior(await firstRevisions(and(eq(reviews.authorId, revision.authorId), gt(reviews.createdAt, since(historyDays)))));
  const facilityRecent = prior(await firstRevisions(and(eq(reviews.facilityId, revision.facilityId), gt(reviews.createdAt, since(FACILITY_WINDOW_DAYS)))));
  const [account] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, revision.authorId));

  const report = screen(
    {
      id: revision.revisionId,
      reviewId: revision.reviewId,
      kind: 'review',
      text: revision.text,
      ratings: revision.ratings,
      sector: revision.sector,
      facilityId: String(revision.facilityId),
      authorId: revision.authorId,
      submittedAt: revision.submittedAt,
      signature,
    },
    {
      authorHistory: authorHistory.filter((p) => p.id !== revision.revisionId),
      facilityRecent: facilityRecent.filter((p) => p.id !== revision.revisionId),
      similarCandidates: similarCandidates.filter((p) => p.id !== revision.revisionId),
      account: { ...(account ? { createdAt: account.createdAt } : {}), ...(revision.ipHash ? { ipHash: revision.ipHash } : {}) },
      facilityName: revision.facilityName,
    },
    rules,
  );

  await db.insert(textSignatures).values({ revisionId: revision.revisionId, signature: signatureToBytes(signature) });
  await db.insert(textSignatureBands).values(bands.map((bandKey) => ({ bandKey, revisionId: revision.revisionId }))).onConflictDoNothing();
  await db.insert(submissionSignals).values({ revisionId: revision.revisionId, ipHash: revision.ipHash, createdAt: revision.submittedAt });

  return { report, riskScore: report.riskScore, safety: report.flags.some((flag) => flag.category === 'safety') };
}

