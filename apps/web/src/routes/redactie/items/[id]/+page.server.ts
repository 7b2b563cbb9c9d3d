import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { ClaimableQueue } from '$lib/moderation/types';
import { applyRedaction } from '$lib/moderation/redaction';
import { api } from '$lib/server/api';
import { decisionBody, errorsFromFields, readDecisionForm, type DecisionErrors, type DecisionValues } from '$lib/server/decision-form';
import { claimNext, failPage, fetchItem, requireEditor } from '$lib/server/moderation';
import { isClaimableQueue, itemPath, queueOf, queuePath } from '$lib/server/moderation-queues';
import { EDITOR_DECISION_LABELS, isDecision } from '$lib/server/moderation-labels';
import { itemView } from '$lib/server/moderation-view';
import type { Actions, PageServerLoad } from './$types';

/** What an action hands back to the page. */
export interface ItemActionData {
  action: 'claim' | 'next' | 'redact' | 'decide';
  values?: DecisionValues;
  errors?: DecisionErrors;
  /** After a stale version: where to load the item again. */
  reloadHref?: string;
  /** A short confirmation, such as an applied redaction. */
  notice?: string;
}

export const load: PageServerLoad = async (event) => {
  const me = requireEditor(event);
  const item = itemView(await fetchItem(event, event.params.id), me);
  const decided = event.url.searchParams.get('beslist');
  return {
    item,
    justDecided: decided && isDecision(decided) ? EDITOR_DECISION_LABELS[decided] : null,
  };
};

const failStatus = (status: number) => (status >= 400 && status < 600 ? status : 502);

function queueFrom(form: FormData, fallback: ClaimableQueue): ClaimableQueue {
  const value = form.get('queue');
  return typeof value === 'string' && isClaimableQueue(value) ? value : fallback;
}

/** After a decision or "next": the next free item of the queue, or the queue itself when none is left. */
async function goToNext(event: RequestEvent, queue: ClaimableQueue, decided?: string): Promise<never> {
  const next = await claimNext(event, queue);
  const flash = decided ? `beslist=${encodeURIComponent(decided)}` : 'leeg=1';
  if (next.ok && next.id) redirect(303, `${itemPath(next.id)}${decided ? `?${flash}` : ''}`);
  const list = queuePath(queue);
  redirect(303, `${list}${list.includes('?') ? '&' : '?'}${flash}`);
}

export const actions: Actions = {
  claim: async (event) => {
    requireEditor(event);
    const result = await api(event, `/api/moderation/items/${event.params.id}/claim`, { method: 'POST' });
    if (result.ok) redirect(303, itemPath(event.params.id));
    if (result.status === 401 || result.status === 404 || result.status === 400) failPage(event, result.status, result.error);
    return fail(failStatus(result.status), { action: 'claim', errors: { form: result.error.message } } satisfies ItemActionData);
  },

  release: async (event) => {
    requireEditor(event);
    const form = await event.request.formData();
    const result = await api(event, `/api/moderation/items/${event.params.id}/release`, { method: 'POST' });
    if (!result.ok && result.status !== 404) failPage(event, result.status, result.error);
    redirect(303, queuePath(queueFrom(form, 'new')));
  },

  next: async (event) => {
    requireEditor(event);
    const form = await event.request.formData();
    const queue = queueFrom(form, 'new');
    const next = await claimNext(event, queue);
    if (!next.ok) {
      if (next.status === 401 || next.status === 403) failPage(event, next.status, next.error);
      return fail(failStatus(next.status), { action: 'next', errors: { form: next.error.message } } satisfies ItemActionData);
    }
    // The API hands an editor's own claim back first: this item is still theirs to decide.
    if (next.id === event.params.id) {
      return fail(409, {
        action: 'next',
        errors: { form: 'Dit is het dringendste item dat vrij is, en jij behandelt het. Beslis erover, of geef het vrij.' },
      } satisfies ItemActionData);
    }
    return goToNext(event, queue);
  },

  /** Without JavaScript, "Toepassen" sends the decision form here: the edit is applied and the form comes back whole. */
  redact: async (event) => {
    const me = requireEditor(event);
    const form = await event.request.formData();
    const values = readDecisionForm(form);
    const item = itemView(await fetchItem(event, event.params.id), me);
    const proposal = item.proposals.find((candidate) => candidate.id === form.get('redaction'));
    if (!proposal) return fail(400, { action: 'redact', values, errors: { form: 'Dit voorstel bestaat niet meer. Laad het item opnieuw.' } } satisfies ItemActionData);
    if (values.applied.includes(proposal.id)) return { action: 'redact', values, notice: 'Dit voorstel is al toegepast.' } satisfies ItemActionData;

    const applied = item.proposals.filter((candidate) => values.applied.includes(candidate.id));
    const edited = applyRedaction(values.editedText || item.text, proposal, applied);
    if (edited === null) {
      return fail(409, {
        action: 'redact',
        values,
        errors: { editedText: `‘${proposal.original}’ staat niet meer in de aangepaste tekst. Pas de tekst zelf aan.` },
      } satisfies ItemActionData);
    }
    return {
      action: 'redact',
      values: {
        ...values,
        editedText: edited,
        applied: [...values.applied, proposal.id],
        decision: values.decision || 'publish_edited',
        reasonCodes: values.reasonCodes.length === 0 && proposal.category === 'privacy' ? ['personal_data'] : values.reasonCodes,
      },
      notice: `‘${proposal.original}’ is vervangen door ‘${proposal.replacement}’ in de aangepaste tekst.`,
    } satisfies ItemActionData;
  },

  decide: async (event) => {
    const me = requireEditor(event);
    const form = await event.request.formData();
    const { version, queue: queueValue, ...values } = readDecisionForm(form);
    const item = await fetchItem(event, event.params.id);
    const queue = isClaimableQueue(queueValue) ? queueValue : queueOf(item);
    const refuse = (status: number, errors: DecisionErrors, extra: Partial<ItemActionData> = {}) =>
      fail(status, { action: 'decide', values, errors, ...extra } satisfies ItemActionData);

    const prepared = decisionBody(values, version, item.kind);
    if ('errors' in prepared) return refuse(400, prepared.errors);

    const path = `/api/moderation/items/${item.id}/decision`;
    let result = await api(event, path, { body: prepared.body });
    // A claim lapses after 15 minutes. If nobody took the item meanwhile (same version), take it
    // again and decide: the editor saw exactly this version.
    if (!result.ok && result.error.code === 'not_claimed' && (!item.claim || item.claim.userId === me.id)) {
      const claimed = await api(event, `/api/moderation/items/${item.id}/claim`, { method: 'POST' });
      if (claimed.ok) result = await api(event, path, { body: prepared.body });
    }
    if (result.ok) return goToNext(event, queue, values.decision);

    const problem = result.error;
    if (result.status === 401) failPage(event, 401, problem);
    if (result.status === 404) error(404, 'Dit item bestaat niet.');
    if (result.status === 400) return refuse(400, errorsFromFields(problem.fields, problem.message));
    if (problem.code === 'stale_version') {
      return refuse(409, { form: `${problem.message} Je beslissing is niet opgeslagen.` }, { reloadHref: itemPath(item.id) });
    }
    return refuse(failStatus(result.status), { form: problem.message });
  },
};
