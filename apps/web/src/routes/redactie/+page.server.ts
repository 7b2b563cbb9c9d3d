import { fail, redirect } from '@sveltejs/kit';
import type { ClaimableQueue, QueuePage } from '$lib/moderation/types';
import { formatAge, formatQueueCount, hoursSince } from '$lib/moderation/format';
import { api } from '$lib/server/api';
import { EDITOR_DECISION_LABELS, KIND_LABELS, QUEUE_LABELS, isDecision } from '$lib/server/moderation-labels';
import { claimNext, failPage, requireEditor } from '$lib/server/moderation';
import { ITEM_KINDS, QUEUES, isClaimableQueue, isItemKind, isQueue, itemPath } from '$lib/server/moderation-queues';
import { sectorOptions, isSector } from '$lib/server/options';
import { flagBadges } from '$lib/server/moderation-view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const me = requireEditor(event);
  const params = event.url.searchParams;
  const queueParam = params.get('queue');
  const queue = isQueue(queueParam) ? queueParam : 'new';
  const kindParam = params.get('kind');
  const kind = isItemKind(kindParam) ? kindParam : '';
  const sectorParam = params.get('sector') ?? '';
  const sector = isSector(sectorParam) ? sectorParam : '';
  const pageNumber = Number(params.get('page') ?? '1');
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 10_000 ? pageNumber : 1;

  const query = new URLSearchParams({ queue, page: String(page) });
  if (kind) query.set('kind', kind);
  if (sector) query.set('sector', sector);
  const result = await api<QueuePage>(event, `/api/moderation/queue?${query}`);
  if (!result.ok) failPage(event, result.status, result.error);
  const data = result.data;
  const decided = params.get('beslist');

  return {
    queue,
    filters: { kind, sector },
    queues: QUEUES.map((name) => ({ name, label: QUEUE_LABELS[name], count: formatQueueCount(data.counts[name] ?? 0, data.countCap) })),
    claimable: isClaimableQueue(queue),
    total: formatQueueCount(data.total, data.countCap),
    page: data.page,
    totalPages: data.totalPages,
    oldestNew: data.oldestNewAt ? formatAge(hoursSince(data.oldestNewAt)) : null,
    kindOptions: ITEM_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
    sectorOptions: sectorOptions(),
    justDecided: decided && isDecision(decided) ? EDITOR_DECISION_LABELS[decided] : null,
    queueEmpty: params.get('leeg') === '1',
    items: data.items.map((item) => ({
      id: item.id,
      href: itemPath(item.id),
      kindLabel: KIND_LABELS[item.kind] ?? item.kind,
      facilityName: item.facility.name,
      excerpt: item.excerpt,
      riskScore: item.riskScore,
      safety: item.safety,
      badges: flagBadges(item.flags),
      age: formatAge(item.ageHours),
      dueAt: item.dueAt,
      overdue: item.overdue,
      decidedAt: item.decidedAt,
      escalated: item.escalated,
      claim: item.claim ? { name: item.claim.name, expiresAt: item.claim.expiresAt, mine: item.claim.userId === me.id } : null,
    })),
  };
};

export const actions: Actions = {
  /** "Volgende item": claim the most urgent free item of the queue and open it. */
  next: async (event) => {
    requireEditor(event);
    const form = await event.request.formData();
    const value = form.get('queue');
    const queue: ClaimableQueue = typeof value === 'string' && isClaimableQueue(value) ? value : 'new';
    const next = await claimNext(event, queue);
    if (!next.ok) {
      if (next.status === 401 || next.status === 403) failPage(event, next.status, next.error);
      return fail(next.status >= 400 && next.status < 600 ? next.status : 502, { error: next.error.message, empty: false });
    }
    if (next.id) redirect(303, itemPath(next.id));
    return { error: null, empty: true, queueLabel: QUEUE_LABELS[queue] };
  },
};
