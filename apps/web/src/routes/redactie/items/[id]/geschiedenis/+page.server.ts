import type { HistoryEvent } from '$lib/moderation/types';
import { api } from '$lib/server/api';
import { failPage, fetchItem, requireEditor } from '$lib/server/moderation';
import { itemPath } from '$lib/server/moderation-queues';
import { ACTOR_KIND_LABELS, KIND_LABELS, REASON_LABELS, actionLabel } from '$lib/server/moderation-labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireEditor(event);
  const item = await fetchItem(event, event.params.id);
  const result = await api<{ events: HistoryEvent[] }>(event, `/api/moderation/items/${item.id}/history`);
  if (!result.ok) failPage(event, result.status, result.error);

  return {
    item: { href: itemPath(item.id), title: `${KIND_LABELS[item.kind] ?? item.kind} over ${item.facility.name}` },
    events: result.data.events.map((entry) => {
      const reasonCodes = Array.isArray(entry.data?.reasonCodes) ? (entry.data.reasonCodes as unknown[]).filter((code) => typeof code === 'string') : [];
      return {
        id: String(entry.id),
        occurredAt: entry.occurredAt,
        actor: entry.actorName ?? ACTOR_KIND_LABELS[entry.actorKind] ?? entry.actorKind,
        role: ACTOR_KIND_LABELS[entry.actorKind] ?? entry.actorKind,
        action: actionLabel(entry.action),
        reasons: reasonCodes.map((code) => REASON_LABELS[code] ?? code),
      };
    }),
  };
};
