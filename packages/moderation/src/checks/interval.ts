import type { Check } from '../check';
import { toMs } from '../check';

const DAY = 86_400_000;

/** The same author reviews the same facility again inside the sector's resubmission interval. */
export const intervalCheck: Check = {
  name: 'interval',
  category: 'interval',
  reviewsOnly: true,
  run({ submission, context, rules, submittedAtMs }) {
    const days = rules.intervalDays[submission.sector];
    if (days === undefined || days <= 0) return [];
    const earlier = (context.authorHistory ?? [])
      .filter((p) => {
        const t = toMs(p.submittedAt);
        return (
          p.authorId === submission.authorId &&
          p.facilityId === submission.facilityId &&
          p.id !== submission.id &&
          (!submission.reviewId || p.reviewId !== submission.reviewId) &&
          t <= submittedAtMs &&
          submittedAtMs - t < days * DAY
        );
      })
      .sort((a, b) => toMs(b.submittedAt) - toMs(a.submittedAt));
    const last = earlier[0];
    if (!last) return [];
    const ago = Math.floor((submittedAtMs - toMs(last.submittedAt)) / DAY);
    return [
      {
        category: 'interval',
        code: 'resubmission',
        severity: 'warning',
        message: `Dezelfde auteur waardeerde deze voorziening ${ago} ${ago === 1 ? 'dag' : 'dagen'} geleden al; de termijn in deze sector is ${days} dagen.`,
        hint: `Je kan één waardering per ${days} dagen geven voor dezelfde voorziening. Pas je vorige waardering aan als er iets veranderd is.`,
        spans: [],
        related: earlier.map((p) => p.id),
      },
    ];
  },
};
