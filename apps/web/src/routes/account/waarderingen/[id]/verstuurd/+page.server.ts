import { facilityPath } from '$lib/server/facility-url';
import { loadMyReview } from '$lib/server/my-reviews';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const review = await loadMyReview(event, event.params.id);
  return {
    review: {
      id: review.id,
      status: review.status,
      statusLabel: review.statusLabel,
      revision: review.latestRevision.number,
      hasPublishedRevision: review.hasPublishedRevision,
    },
    facility: { name: review.facility.name, href: facilityPath(review.facility) },
  };
};
