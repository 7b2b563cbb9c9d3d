import { error, fail, redirect } from '@sveltejs/kit';
import { facilityPath } from '$lib/server/facility-url';
import { api } from '$lib/server/api';
import { CHANGEABLE_STATUSES, loadMyReview } from '$lib/server/my-reviews';
import type { Actions, PageServerLoad } from './$types';

// Withdrawing asks for a confirmation on a page of its own, so it works without JavaScript.
export const load: PageServerLoad = async (event) => {
  const review = await loadMyReview(event, event.params.id);
  return {
    review: {
      id: review.id,
      status: review.status,
      statusLabel: review.statusLabel,
      withdrawable: CHANGEABLE_STATUSES.includes(review.status),
      published: review.status === 'published' || review.hasPublishedRevision,
    },
    facility: { name: review.facility.name, href: facilityPath(review.facility) },
  };
};

export const actions: Actions = {
  default: async (event) => {
    const review = await loadMyReview(event, event.params.id);
    const result = await api(event, `/api/reviews/${encodeURIComponent(review.id)}/withdraw`, { method: 'POST' });
    if (result.ok) redirect(303, `/account/waarderingen?ingetrokken=${encodeURIComponent(review.id)}`);
    if (result.status === 404) error(404, result.error.message);
    return fail(result.status >= 400 && result.status < 600 ? result.status : 502, { error: result.error.message });
  },
};
