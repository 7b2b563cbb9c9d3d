import { error, fail, redirect } from '@sveltejs/kit';
import type { ReviewFormErrors, ReviewFormValues } from '$lib/review-form';
import { facilityPath } from '$lib/server/facility-url';
import { api } from '$lib/server/api';
import { fetchFacility } from '$lib/server/facility';
import { CHANGEABLE_STATUSES, loadMyReview } from '$lib/server/my-reviews';
import { checkReviewForm, errorsFromApi, readReviewForm, reviewFormFrom, reviewFormSetup } from '$lib/server/review-form';
import type { Actions, PageServerLoad } from './$types';

export interface EditReviewFailure {
  values: ReviewFormValues;
  errors: ReviewFormErrors;
  problemLink?: { href: string; label: string };
}

export const load: PageServerLoad = async (event) => {
  const review = await loadMyReview(event, event.params.id);
  const facility = await fetchFacility(event, review.facility.id);
  const changeable = CHANGEABLE_STATUSES.includes(review.status);
  return {
    review: { id: review.id, status: review.status, statusLabel: review.statusLabel, hasPublishedRevision: review.hasPublishedRevision },
    facility: { name: facility.name, href: facilityPath(facility) },
    form: changeable
      ? { setup: reviewFormSetup(facility.sector, facility.themes, false), values: reviewFormFrom(review.latestRevision, review.version) }
      : null,
  };
};

export const actions: Actions = {
  default: async (event) => {
    const review = await loadMyReview(event, event.params.id);
    const values = readReviewForm(await event.request.formData());
    const refuse = (status: number, errors: ReviewFormErrors, problemLink?: EditReviewFailure['problemLink']) =>
      fail(status, { values, errors, ...(problemLink ? { problemLink } : {}) } satisfies EditReviewFailure);

    const checked = checkReviewForm(values, { sector: review.facility.sector, needsName: false });
    if (!checked.content) return refuse(400, checked.errors);

    const version = Number(values.version);
    const result = await api(event, `/api/reviews/${encodeURIComponent(review.id)}`, {
      method: 'PATCH',
      body: { ...checked.content, ...(Number.isInteger(version) && version > 0 ? { version } : {}) },
    });
    if (result.ok) redirect(303, `/account/waarderingen/${review.id}/verstuurd`);

    const { error: problem } = result;
    if (result.status === 400) return refuse(400, errorsFromApi(problem));
    if (result.status === 404) error(404, problem.message);
    if (problem.code === 'stale_version') {
      return refuse(409, { form: `${problem.message} Wat je hier typte, gaat dan verloren: kopieer je tekst eerst.` }, {
        href: `/account/waarderingen/${review.id}/aanpassen`,
        label: 'Laad je waardering opnieuw',
      });
    }
    if (problem.code === 'not_editable') {
      return refuse(409, { form: problem.message }, { href: '/account/waarderingen', label: 'Naar Mijn waarderingen' });
    }
    return refuse(result.status >= 400 && result.status < 600 ? result.status : 502, { form: problem.message });
  },
};
