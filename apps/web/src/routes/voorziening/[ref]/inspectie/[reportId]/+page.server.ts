import { loadFacility } from '$lib/server/facility';
import { facilityPath } from '$lib/server/facility-url';
import { startLoadingInspectionReport } from '$lib/server/inspections';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const report = startLoadingInspectionReport(event, event.params.ref, event.params.reportId);
  const facility = await loadFacility(event, event.params.ref);
  const inspection = await report();

  return {
    facility: {
      name: facility.name,
      kindLabel: facility.kindLabel,
      municipality: facility.municipality,
      sector: facility.sector,
      href: facilityPath(facility),
    },
    inspection,
  };
};
