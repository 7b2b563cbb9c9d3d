import { error, fail, redirect } from '@sveltejs/kit';
import { api } from '$lib/server/api';
import { facilityPath } from '$lib/server/facility-url';
import { AUTHOR_DECISION_LABELS, isDecision } from '$lib/server/moderation-labels';
import { loadMyReview } from '$lib/server/my-reviews';
import type { Actions, PageServerLoad } from './$types';

const APPEAL_MIN = 20;
const APPEAL_MAX = 4000;

export interface AppealFailure {
  text: string;
  errors: { text?: string; form?: string };
}

export const load: PageServerLoad = async (event) => {
  const review = await loadMyReview(event, event.params.id);
  const message = review.editorMessage;
  return {
    review: { id: review.id, statusLabel: review.statusLabel, text: review.latestRevision.text },
    facility: { name: review.facility.name, href: facilityPath(review.facility) },
    decision: message
      ? {
          label: isDecision(message.decision) ? AUTHOR_DECISION_LABELS[message.decision] : message.decision,
          statement: message.statement,
          decidedAt: message.decidedAt,
        }
      : null,
    appealableUntil: message?.appealableUntil ?? null,
    appealed: message?.appealed ?? false,
    limits: { min: APPEAL_MIN, max: APPEAL_MAX },
  };
};

export const actions: Actions = {
  default: async (event) => {
    const review = await loadMyReview(event, event.params.id);
    const form = await event.request.formData();
    const raw = form.get('text');
    const text = typeof raw === 'string' ? raw.replace(/\r\n?/g, '\n') : '';
    const refuse = (status: number, errors: AppealFailure['errors']) => fail(status, { text, errors } satisfies AppealFailure);

    const length = text.trim().length;
    if (length < APPEAL_MIN) return refuse(400, { text: `Leg in minstens ${APPEAL_MIN} tekens uit waarom je het niet eens bent` });
    if (length > APPEAL_MAX) return refuse(400, { text: `Je uitleg mag hoogstens ${APPEAL_MAX.toLocaleString('nl-BE')} tekens lang zijn` });

    const result = await api(event, `/api/reviews/${encodeURIComponent(review.id)}/appeal`, { body: { text: text.trim() } });
    if (result.ok) redirect(303, `/account/waarderingen?beroep=${encodeURIComponent(review.id)}`);
    if (result.status === 404) error(404, result.error.message);
    if (result.status === 400) return refuse(400, { text: result.error.fields.text ?? result.error.message });
    // not_appealable, appeal_window_closed, already_appealed: the API says which in plain Dutch.
    return refuse(result.status >= 400 && result.status < 600 ? result.status : 502, { form: result.error.message });
  },
};
