// Relative imports: the unit tests run without SvelteKit's $lib alias.
import type { ClaimableQueue, ItemDetail, ItemKind, QueueName } from '../moderation/types';

export const QUEUES: readonly QueueName[] = ['new', 'escalated', 'notices', 'appeals', 'changes_requested', 'decided'];
export const CLAIMABLE_QUEUES: readonly ClaimableQueue[] = ['new', 'escalated', 'notices', 'appeals'];
export const ITEM_KINDS: readonly ItemKind[] = ['review_revision', 'response_revision', 'notice', 'appeal'];

export const isQueue = (value: string | null): value is QueueName => !!value && (QUEUES as readonly string[]).includes(value);
export const isClaimableQueue = (value: string | null): value is ClaimableQueue =>
  !!value && (CLAIMABLE_QUEUES as readonly string[]).includes(value);
export const isItemKind = (value: string | null): value is ItemKind => !!value && (ITEM_KINDS as readonly string[]).includes(value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** The queue an item is worked from, so "next item" after a decision stays in it. */
export function queueOf(item: Pick<ItemDetail, 'kind' | 'state'>): ClaimableQueue {
  if (item.state === 'escalated') return 'escalated';
  if (item.kind === 'notice') return 'notices';
  if (item.kind === 'appeal') return 'appeals';
  return 'new';
}

export const itemPath = (id: string) => `/redactie/items/${id}`;
export const queuePath = (queue: QueueName) => (queue === 'new' ? '/redactie' : `/redactie?queue=${queue}`);
