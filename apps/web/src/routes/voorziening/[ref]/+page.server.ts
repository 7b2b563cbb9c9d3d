import { error } from '@sveltejs/kit';
import { THEME_KEYS, type PublicReviewPage } from '@zorgwaardering/core';
import { facilityIdFromSegment, facilityPath, writeReviewPath } from '$lib/server/facility-url';
import { api } from '$lib/server/api';
import { loadFacility } from '$lib/server/facility';
import { loadInspections } from '$lib/server/inspections';
import { ratingScale } from '$lib/server/scale';
import { readPage, readReviewFilters, reviewListQuery } from '$lib/review-filters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const filters = readReviewFilters(event.url.searchParams, THEME_KEYS);
  const reviewPage = readPage(event.url.searchParams);
  // The three requests run side by side; the facility decides between the page, a redirect and a 404.
  const id = facilityIdFromSegment(event.params.ref);
  const inspections = loadInspections(event, event.params.ref);
  const pendingReviews = id === null ? null : api<PublicReviewPage>(event, `/api/facilities/${id}/reviews${reviewListQuery(filters, reviewPage)}`);
  // When loadFacility redirects or answers 404, nobody awaits the other two: their failures must not go unhandled.
  for (const pending of [inspections, pendingReviews]) pending?.catch(() => {});
  const facility = await loadFacility(event, event.params.ref);

  const reviews = (await pendingReviews)!;
  if (!reviews.ok) error(reviews.status === 404 ? 404 : 502, reviews.error.message);

  return {
    facility,
    path: facilityPath(facility),
    writeHref: writeReviewPath(facility),
    reviews: reviews.data,
    filters,
    scale: ratingScale(),
    inspections: await inspections,
  };
};
