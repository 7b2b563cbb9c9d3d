import { facilityPath } from '$lib/server/facility-url';
import { CHANGEABLE_STATUSES, loadMyReviews } from '$lib/server/my-reviews';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const reviews = await loadMyReviews(event);
  const withdrawnId = event.url.searchParams.get('ingetrokken');
  const withdrawn = withdrawnId ? reviews.find((review) => review.id === withdrawnId && review.status === 'withdrawn') : undefined;
  return {
    withdrawnFrom: withdrawn?.facility.name ?? null,
    reviews: reviews.map((review) => ({
      id: review.id,
      status: review.status,
      statusLabel: review.statusLabel,
      createdAt: review.createdAt,
      revision: review.latestRevision.number,
      submittedAt: review.latestRevision.submittedAt,
      text: review.latestRevision.text,
      hasPublishedRevision: review.hasPublishedRevision,
      changeable: CHANGEABLE_STATUSES.includes(review.status),
      facility: { name: review.facility.name, municipality: review.facility.municipality, href: facilityPath(review.facility) },
    })),
  };
};
