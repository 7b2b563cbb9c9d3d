import { error, type RequestEvent } from '@sveltejs/kit';
import type { FacilityInspectionReport, FacilityInspections } from '@zorgwaardering/core';
import { api } from './api';
import { facilityIdFromSegment } from './facility-url';
import { isUuid } from './moderation-queues';

/**
 * The inspection data of the facility named by the `[ref]` segment, or null when the API could not
 * give it. Never throws, so it can run next to `loadFacility`: the page then says the data is
 * unavailable instead of failing as a whole.
 */
export async function loadInspections(event: RequestEvent, ref: string): Promise<FacilityInspections | null> {
  const id = facilityIdFromSegment(ref);
  if (id === null) return null;
  const result = await api<FacilityInspections>(event, `/api/facilities/${id}/inspections`);
  return result.ok ? result.data : null;
}

/**
 * Starts fetching one inspection report of the facility named by `[ref]`; awaiting the result
 * gives the report, or the 404 page when the facility has no such report.
 */
export function startLoadingInspectionReport(event: RequestEvent, ref: string, reportId: string): () => Promise<FacilityInspectionReport> {
  const id = facilityIdFromSegment(ref);
  const pending = id !== null && isUuid(reportId) ? api<FacilityInspectionReport>(event, `/api/facilities/${id}/inspections/${reportId}`) : null;
  return async () => {
    const result = await pending;
    if (!result || result.status === 404 || result.status === 400) error(404, 'Dit inspectieverslag bestaat niet bij deze voorziening.');
    if (!result.ok) error(502, result.error.message);
    return result.data;
  };
}
