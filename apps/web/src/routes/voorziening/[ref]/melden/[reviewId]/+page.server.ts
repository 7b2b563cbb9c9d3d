import { fail, redirect } from '@sveltejs/kit';
import { NOTICE_REASONS, THEME_KEYS, emailSchema, type PublicReviewPage } from '@zorgwaardering/core';
import { api } from '$lib/server/api';
import { loadFacility } from '$lib/server/facility';
import { facilityPath } from '$lib/server/facility-url';
import { isUuid } from '$lib/server/moderation-queues';
import { NO_REVIEW_FILTERS, readPage, readReviewFilters, reviewListQuery, type ReviewFilters } from '$lib/review-filters';
import type { Actions, PageServerLoad } from './$types';

const EXPLANATION_MIN = 10;
const EXPLANATION_MAX = 2000;
const NAME_MAX = 120;

export interface NoticeValues {
  reason: string;
  explanation: string;
  name: string;
  email: string;
}

export interface NoticeFailure {
  values: NoticeValues;
  errors: { reason?: string; explanation?: string; name?: string; email?: string; form?: string };
}

export const load: PageServerLoad = async (event) => {
  const facility = await loadFacility(event, event.params.ref);
  const reviewId = event.params.reviewId;
  const filters = readReviewFilters(event.url.searchParams, THEME_KEYS);
  const review = isUuid(reviewId) ? await findPublishedReview(event, facility.id, reviewId, filters, readPage(event.url.searchParams)) : null;

  return {
    facility: { name: facility.name, href: facilityPath(facility) },
    review: review ? { month: review.month, text: review.text } : null,
    sent: event.url.searchParams.get('verstuurd') === '1',
    reasons: Object.entries(NOTICE_REASONS).map(([value, label]) => ({ value, label })),
    email: event.locals.user?.email ?? '',
    limits: { min: EXPLANATION_MIN, max: EXPLANATION_MAX },
  };
};

/** The review on the page of the (filtered) facility list it was reported from, or on the first page. */
async function findPublishedReview(event: Parameters<PageServerLoad>[0], facilityId: number, reviewId: string, filters: ReviewFilters, page: number) {
  const candidates = [reviewListQuery(filters, page), reviewListQuery(NO_REVIEW_FILTERS, 1)];
  for (const query of new Set(candidates)) {
    const result = await api<PublicReviewPage>(event, `/api/facilities/${facilityId}/reviews${query}`);
    const found = result.ok ? result.data.items.find((item) => item.id === reviewId) : undefined;
    if (found) return found;
  }
  return null;
}

export const actions: Actions = {
  default: async (event) => {
    const facility = await loadFacility(event, event.params.ref);
    const form = await event.request.formData();
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    const values: NoticeValues = {
      reason: field('reason'),
      explanation: field('explanation').replace(/\r\n?/g, '\n'),
      name: field('name').trim(),
      email: field('email').trim(),
    };
    const refuse = (status: number, errors: NoticeFailure['errors']) => fail(status, { values, errors } satisfies NoticeFailure);

    const errors: NoticeFailure['errors'] = {};
    if (!(values.reason in NOTICE_REASONS)) errors.reason = 'Kies wat er volgens jou mis is';
    const length = values.explanation.trim().length;
    if (length < EXPLANATION_MIN) errors.explanation = `Leg in minstens ${EXPLANATION_MIN} tekens uit wat er mis is`;
    else if (length > EXPLANATION_MAX) errors.explanation = `Je uitleg mag hoogstens ${EXPLANATION_MAX.toLocaleString('nl-BE')} tekens lang zijn`;
    if (values.name.length > NAME_MAX) errors.name = `Je naam mag hoogstens ${NAME_MAX} tekens lang zijn`;
    const email = emailSchema.safeParse(values.email);
    if (!email.success) errors.email = email.error.issues[0]?.message ?? 'Dit is geen geldig e-mailadres';
    if (Object.keys(errors).length > 0) return refuse(400, errors);
    if (!isUuid(event.params.reviewId)) return refuse(404, { form: 'Deze waardering bestaat niet of is niet (meer) gepubliceerd.' });

    const result = await api(event, `/api/reviews/${event.params.reviewId}/notices`, {
      body: { reason: values.reason, explanation: values.explanation.trim(), email: email.data, ...(values.name ? { name: values.name } : {}) },
    });
    if (result.ok) redirect(303, `${facilityPath(facility)}/melden/${event.params.reviewId}?verstuurd=1`);

    const problem = result.error;
    if (result.status === 400) {
      const fieldErrors: NoticeFailure['errors'] = {};
      for (const [path, message] of Object.entries(problem.fields)) {
        if (path === 'reason' || path === 'explanation' || path === 'name' || path === 'email') fieldErrors[path] ??= message;
      }
      return refuse(400, Object.keys(fieldErrors).length > 0 ? fieldErrors : { form: problem.message });
    }
    if (result.status === 404) return refuse(404, { form: 'Deze waardering bestaat niet of is niet (meer) gepubliceerd. Je kan ze dus niet melden.' });
    // 429: too many notices from this network; the API says when to try again.
    return refuse(result.status >= 400 && result.status < 600 ? result.status : 502, { form: problem.message });
  },
};
