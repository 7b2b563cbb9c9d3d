import type { Check } from '../check';
import { toMs } from '../check';

/** Another author from the same ip hash reviewed the same facility recently (default 30 days). */
export const sharedNetworkCheck: Check = {
  name: 'shared-network',
  category: 'reliability',
  reviewsOnly: true,
  run({ submission, context, rules, submittedAtMs }) {
    const ipHash = context.account?.ipHash;
    if (!ipHash) return [];
    const windowMs = rules.settings.reliability.sharedNetwork.windowDays * 86_400_000;
    const others = (context.facilityRecent ?? []).filter((p) => {
      const t = toMs(p.submittedAt);
      return p.facilityId === submission.facilityId && p.ipHash === ipHash && p.authorId !== submission.authorId && t <= submittedAtMs && submittedAtMs - t < windowMs;
    });
    if (others.length === 0) return [];
    return [
      {
        category: 'reliability',
        code: 'shared-network',
        severity: 'warning',
        message: `Een ander account van hetzelfde netwerk (ip-hash) waardeerde deze voorziening ${Math.min(...others.map((p) => Math.floor((submittedAtMs - toMs(p.submittedAt)) / 86_400_000)))} dagen eerder.`,
        spans: [],
        related: others.map((p) => p.id),
      },
    ];
  },
};
