import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Me } from '@zorgwaardering/core';
import type { ClaimableQueue, ItemDetail } from '$lib/moderation/types';
import { signInHref } from '$lib/redirect';
import { api, type ApiError } from './api';
import { isUuid } from './moderation-queues';

export const isEditor = (user: Me | null): boolean => !!user && (user.roles.includes('editor') || user.roles.includes('admin'));

/** The signed-in editor; anyone else is sent to sign in (anonymous) or shown a 403 page. */
export function requireEditor(event: RequestEvent): Me {
  const user = event.locals.user;
  if (!user) redirect(303, signInHref(event.url.pathname + event.url.search));
  if (!isEditor(user)) error(403, 'Alleen de redactie heeft toegang tot deze pagina.');
  return user;
}

/** Turns an API refusal on an editor page into the right page: sign in, 403, 404 or 502. */
export function failPage(event: RequestEvent, status: number, problem: ApiError): never {
  if (status === 401) redirect(303, signInHref(event.url.pathname + event.url.search));
  if (status === 403) error(403, problem.message);
  if (status === 404 || status === 400) error(404, 'Dit item bestaat niet.');
  error(502, problem.message);
}

export async function fetchItem(event: RequestEvent, id: string): Promise<ItemDetail> {
  if (!isUuid(id)) error(404, 'Dit item bestaat niet.');
  const result = await api<ItemDetail>(event, `/api/moderation/items/${id}`);
  if (!result.ok) failPage(event, result.status, result.error);
  return result.data;
}

export type NextResult = { ok: true; id: string | null } | { ok: false; status: number; error: ApiError };

/** Claims the most urgent free item of a queue; `id` is null when the queue is empty. */
export async function claimNext(event: RequestEvent, queue: ClaimableQueue): Promise<NextResult> {
  const result = await api<{ item: { id: string } | null }>(event, `/api/moderation/next?queue=${queue}`, { method: 'POST' });
  if (!result.ok) return { ok: false, status: result.status, error: result.error };
  return { ok: true, id: result.data.item?.id ?? null };
}
