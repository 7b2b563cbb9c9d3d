import { error } from '@sveltejs/kit';
import type { PublicReviewPage } from '@zorgwaardering/core';
import { facilityPath, writeReviewPath } from '$lib/server/facility-url';
import { api } from '$lib/server/api';
import { loadFacility } from '$lib/server/facility';
import { ratingScale } from '$lib/server/scale';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const facility = await loadFacility(event, event.params.ref);
  const page = Number(event.url.searchParams.get('page') ?? '1');
  const reviewPage = Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;

  const reviews = await api<PublicReviewPage>(event, `/api/facilities/${facility.id}/reviews?page=${reviewPage}`);
  if (!reviews.ok) error(reviews.status === 404 ? 404 : 502, reviews.error.message);

  return {
    facility,
    path: facilityPath(facility),
    writeHref: writeReviewPath(facility),
    reviews: reviews.data,
    scale: ratingScale(),
  };
};
