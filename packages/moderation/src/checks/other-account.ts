import type { Check } from '../check';
import { toMs } from '../check';
import { signatureSimilarity } from '../signature';
import { knownPriors } from './near-duplicate';

const DAY = 86_400_000;

/**
 * The same person suspected behind another account: same ip hash, same facility, a nearly
 * identical text, inside the interval. (A different text from the same network is a reliability
 * signal, see shared-network.)
 */
export const otherAccountCheck: Check = {
  name: 'other-account',
  category: 'interval',
  reviewsOnly: true,
  run({ submission, context, rules, signature, submittedAtMs, text }) {
    const ipHash = context.account?.ipHash;
    const days = rules.intervalDays[submission.sector];
    if (!ipHash || !days || text.words.length < rules.settings.reliability.nearDuplicate.minWords) return [];
    const threshold = rules.settings.reliability.nearDuplicate.similarity;
    const suspects = knownPriors(context).filter((p) => {
      const t = toMs(p.submittedAt);
      return (
        p.ipHash === ipHash &&
        p.authorId !== submission.authorId &&
        p.facilityId === submission.facilityId &&
        p.signature !== undefined &&
        t <= submittedAtMs &&
        submittedAtMs - t < days * DAY &&
        signatureSimilarity(signature, p.signature) >= threshold
      );
    });
    if (suspects.length === 0) return [];
    return [
      {
        category: 'interval',
        code: 'resubmission-other-account',
        severity: 'warning',
        message: 'Vermoedelijk dezelfde persoon via een ander account: zelfde netwerk (ip-hash), zelfde voorziening en bijna dezelfde tekst binnen de termijn.',
        spans: [],
        related: suspects.map((p) => p.id),
      },
    ];
  },
};
