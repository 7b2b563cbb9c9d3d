import { fail, redirect } from '@sveltejs/kit';
import type { FacilityDetail } from '@zorgwaardering/core';
import { facilityIdFromSegment, facilityPath } from '$lib/server/facility-url';
import type { ReviewFormErrors, ReviewFormValues } from '$lib/review-form';
import { api } from '$lib/server/api';
import { fetchFacility, loadFacility } from '$lib/server/facility';
import { CHANGEABLE_STATUSES, loadMyReviews, requireSignIn } from '$lib/server/my-reviews';
import { checkReviewForm, emptyReviewForm, errorsFromApi, readReviewForm, reviewFormSetup } from '$lib/server/review-form';
import type { Actions, PageServerLoad } from './$types';

/** What the page shows after a refused submission. */
export interface WriteReviewFailure {
  values: ReviewFormValues;
  errors: ReviewFormErrors;
  problemLink?: { href: string; label: string };
}

const facilitySummary = (facility: FacilityDetail) => ({
  id: facility.id,
  name: facility.name,
  municipality: facility.municipality,
  kindLabel: facility.kindLabel,
  participating: facility.participating,
  href: facilityPath(facility),
});

export const load: PageServerLoad = async (event) => {
  const facility = await loadFacility(event, event.params.ref);
  const user = requireSignIn(event);
  if (!facility.participating) return { facility: facilitySummary(facility), form: null, existing: null };

  // Point to an earlier review of this facility up front, before the form is filled in for nothing.
  const earlier = (await loadMyReviews(event)).find(
    (review) => review.facility.id === facility.id && CHANGEABLE_STATUSES.includes(review.status),
  );
  const needsName = !(user.firstName && user.lastName);
  return {
    facility: facilitySummary(facility),
    form: {
      setup: reviewFormSetup(facility.sector, facility.themes, needsName),
      // A link from the facility's invitation carries the code: ?code=ABCD-EF23.
      values: { ...emptyReviewForm(), invitationCode: (event.url.searchParams.get('code') ?? '').trim().slice(0, 40) },
    },
    existing: earlier ? { id: earlier.id, createdAt: earlier.createdAt, statusLabel: earlier.statusLabel } : null,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const user = requireSignIn(event);
    const facility = await fetchFacility(event, facilityIdFromSegment(event.params.ref));
    const values = readReviewForm(await event.request.formData());
    const needsName = !(user.firstName && user.lastName);
    const refuse = (status: number, errors: ReviewFormErrors, problemLink?: WriteReviewFailure['problemLink']) =>
      fail(status, { values, errors, ...(problemLink ? { problemLink } : {}) } satisfies WriteReviewFailure);

    const checked = checkReviewForm(values, { sector: facility.sector, needsName });
    if (!checked.content) return refuse(400, checked.errors);

    const result = await api<{ id: string; status: string }>(event, '/api/reviews', {
      body: {
        ...checked.content,
        facilityId: facility.id,
        ...(checked.author ? { author: checked.author } : {}),
        ...(checked.invitationCode ? { invitationCode: checked.invitationCode } : {}),
      },
      headers: { 'idempotency-key': values.formToken },
    });
    if (result.ok) redirect(303, `/account/waarderingen/${result.data.id}/verstuurd`);

    const { error } = result;
    if (result.status === 400) return refuse(400, errorsFromApi(error));
    if (error.code === 'interval') {
      const existingId = (error.details as { existingReviewId?: unknown } | undefined)?.existingReviewId;
      const link = typeof existingId === 'string' ? { href: `/account/waarderingen/${existingId}/aanpassen`, label: 'Pas je bestaande waardering aan' } : undefined;
      return refuse(409, { form: error.message }, link);
    }
    if (error.code === 'facility_not_participating') {
      return refuse(409, { form: error.message }, { href: facilityPath(facility), label: `Terug naar ${facility.name}` });
    }
    if (error.code === 'idempotency_key_reused') {
      // Cannot happen with a token per form, but a fresh token makes the next attempt work.
      values.formToken = crypto.randomUUID();
      return refuse(409, { form: 'Er ging iets mis bij het versturen. Verstuur je waardering opnieuw.' });
    }
    if (result.status === 401) {
      return refuse(401, { form: 'Je bent niet meer ingelogd. Kopieer je tekst, log opnieuw in en verstuur je waardering dan opnieuw.' });
    }
    return refuse(result.status >= 400 && result.status < 600 ? result.status : 502, { form: error.message });
  },
};
