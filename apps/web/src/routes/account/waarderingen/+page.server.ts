import { facilityPath } from '$lib/server/facility-url';
import { AUTHOR_DECISION_LABELS, isDecision } from '$lib/server/moderation-labels';
import { CHANGEABLE_STATUSES, loadMyReviews } from '$lib/server/my-reviews';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const reviews = await loadMyReviews(event);
  const withdrawnId = event.url.searchParams.get('ingetrokken');
  const withdrawn = withdrawnId ? reviews.find((review) => review.id === withdrawnId && review.status === 'withdrawn') : undefined;
  const appealedId = event.url.searchParams.get('beroep');
  const appealed = appealedId ? reviews.find((review) => review.id === appealedId && review.editorMessage?.appealed) : undefined;
  return {
    withdrawnFrom: withdrawn?.facility.name ?? null,
    appealedAbout: appealed?.facility.name ?? null,
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
      editorMessage: review.editorMessage
        ? {
            decision: isDecision(review.editorMessage.decision) ? AUTHOR_DECISION_LABELS[review.editorMessage.decision] : review.editorMessage.decision,
            statement: review.editorMessage.statement,
            decidedAt: review.editorMessage.decidedAt,
            appealableUntil: review.editorMessage.appealableUntil,
            appealed: review.editorMessage.appealed,
          }
        : null,
      facility: { name: review.facility.name, municipality: review.facility.municipality, href: facilityPath(review.facility) },
    })),
  };
};
