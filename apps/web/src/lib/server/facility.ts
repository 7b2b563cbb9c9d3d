import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { FacilityDetail } from '@zorgwaardering/core';
import { facilityIdFromSegment, facilityPath } from './facility-url';
import { api } from './api';

/**
 * The facility named by the `[ref]` segment ("{slug}-{id}"). An unknown id is a 404; a slug that
 * is not the facility's own (a typo, an old name) is redirected for good to the right address,
 * keeping the rest of the path and the query.
 */
export async function loadFacility(event: RequestEvent, ref: string): Promise<FacilityDetail> {
  const facility = await fetchFacility(event, facilityIdFromSegment(ref));
  const canonical = facilityPath(facility);
  if (`/voorziening/${ref}` !== canonical) {
    const rest = event.url.pathname.replace(/^\/voorziening\/[^/]+/, '');
    redirect(301, `${canonical}${rest}${event.url.search}`);
  }
  return facility;
}

/** The facility with this id, or the 404 page. */
export async function fetchFacility(event: RequestEvent, id: number | null): Promise<FacilityDetail> {
  if (id === null) error(404, 'Deze voorziening bestaat niet.');
  const result = await api<FacilityDetail>(event, `/api/facilities/${id}`);
  if (!result.ok) {
    if (result.status === 404 || result.status === 400) error(404, 'Deze voorziening bestaat niet.');
    error(502, result.error.message);
  }
  return result.data;
}
