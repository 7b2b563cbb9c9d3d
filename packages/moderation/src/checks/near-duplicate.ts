import type { Check } from '../check';
import { toMs } from '../check';
import { signatureSimilarity } from '../signature';
import type { PriorSubmission } from '../types';

/** All earlier submissions the caller gave, once each. */
export function knownPriors(context: { authorHistory?: PriorSubmission[]; facilityRecent?: PriorSubmission[]; similarCandidates?: PriorSubmission[] }): PriorSubmission[] {
  const byId = new Map<string, PriorSubmission>();
  for (const list of [context.similarCandidates, context.facilityRecent, context.authorHistory]) {
    for (const p of list ?? []) if (!byId.has(p.id)) byId.set(p.id, p);
  }
  return [...byId.values()];
}

/**
 * Near-duplicates of earlier texts: by another author (anywhere), or by the same author about
 * another facility. The same author on the same facility is a resubmission (interval), not this.
 */
export const nearDuplicateCheck: Check = {
  name: 'near-duplicate',
  category: 'reliability',
  reviewsOnly: true,
  run({ submission, context, rules, text, signature, submittedAtMs }) {
    const N = rules.settings.reliability.nearDuplicate;
    if (text.words.length < N.minWords) return [];
    const matches: { prior: PriorSubmission; similarity: number }[] = [];
    for (const prior of knownPriors(context)) {
      if (!prior.signature || prior.id === submission.id) continue;
      if (submission.reviewId && prior.reviewId === submission.reviewId) continue;
      if (prior.authorId === submission.authorId && prior.facilityId === submission.facilityId) continue;
      if (toMs(prior.submittedAt) > submittedAtMs) continue;
      const similarity = signatureSimilarity(signature, prior.signature);
      if (similarity >= N.similarity) matches.push({ prior, similarity });
    }
    if (matches.length === 0) return [];
    matches.sort((a, b) => b.similarity - a.similarity || a.prior.id.localeCompare(b.prior.id));
    const best = matches[0]!;
    const own = best.prior.authorId === submission.authorId;
    return [
      {
        category: 'reliability',
        code: own ? 'near-duplicate-own' : 'near-duplicate',
        severity: 'warning',
        message: own
          ? `Bijna dezelfde tekst als een eerdere waardering van dezelfde auteur over een andere voorziening (${Math.round(best.similarity * 100)} % gelijk).`
          : `Bijna dezelfde tekst als een eerdere waardering van een andere auteur (${Math.round(best.similarity * 100)} % gelijk${best.prior.facilityId === submission.facilityId ? ', zelfde voorziening' : ''}).`,
        hint: 'Schrijf je eigen ervaring in je eigen woorden.',
        spans: [],
        related: matches.slice(0, 5).map((m) => m.prior.id),
      },
    ];
  },
};
