import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { MyReview, ReviewStatus } from '@zorgwaardering/core';
import { signInHref } from '$lib/redirect';
import { api } from './api';

/** The statuses in which the author may still edit or withdraw a review (as the API allows). */
export const CHANGEABLE_STATUSES: readonly ReviewStatus[] = ['pending', 'changes_requested', 'published'];

export function requireSignIn(event: RequestEvent): NonNullable<App.Locals['user']> {
  if (!event.locals.user) redirect(303, signInHref(event.url.pathname + event.url.search));
  return event.locals.user;
}

/** The signed-in user's own reviews, newest change first. */
export async function loadMyReviews(event: RequestEvent): Promise<MyReview[]> {
  requireSignIn(event);
  const result = await api<{ items: MyReview[] }>(event, '/api/me/reviews');
  if (!result.ok) {
    if (result.status === 401) redirect(303, signInHref(event.url.pathname + event.url.search));
    error(502, result.error.message);
  }
  return result.data.items;
}

/** One of the user's own reviews; someone else's is as unknown as one that does not exist. */
export async function loadMyReview(event: RequestEvent, id: string): Promise<MyReview> {
  const review = (await loadMyReviews(event)).find((item) => item.id === id);
  if (!review) error(404, 'Deze waardering bestaat niet of is niet van jou.');
  return review;
}
