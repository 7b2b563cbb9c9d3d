import { FACILITY_KINDS, SECTORS, SECTOR_LABELS, kindsOfSector } from '@zorgwaardering/core';
import type { PageServerLoad } from './$types';

// Built on the server so the shared package (and zod with it) stays out of the browser bundle.
export const load: PageServerLoad = () => ({
  sectors: SECTORS.map((sector) => ({
    sector,
    label: SECTOR_LABELS[sector],
    kinds: kindsOfSector(sector).map((kind) => FACILITY_KINDS[kind].label),
  })),
});
