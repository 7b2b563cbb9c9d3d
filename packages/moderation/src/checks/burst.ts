import type { Check } from '../check';
import { toMs } from '../check';

/** A burst: the third or later submission for one facility within the window (default 24 hours). */
export const burstCheck: Check = {
  name: 'burst',
  category: 'reliability',
  reviewsOnly: true,
  run({ submission, context, rules, submittedAtMs }) {
    const B = rules.settings.reliability.burst;
    const windowMs = B.windowHours * 3_600_000;
    const recent = (context.facilityRecent ?? []).filter((p) => {
      const t = toMs(p.submittedAt);
      return p.facilityId === submission.facilityId && p.id !== submission.id && (!submission.reviewId || p.reviewId !== submission.reviewId) && t <= submittedAtMs && submittedAtMs - t < windowMs;
    });
    const reviews = new Set(recent.map((p) => p.reviewId ?? p.id));
    if (reviews.size + 1 < B.count) return [];
    return [
      {
        category: 'reliability',
        code: 'burst',
        severity: 'warning',
        message: `Golf van waarderingen: dit is de ${reviews.size + 1}e voor deze voorziening binnen ${B.windowHours} uur.`,
        spans: [],
        related: recent.map((p) => p.id),
      },
    ];
  },
};
