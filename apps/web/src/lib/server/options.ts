import {
  FACILITY_KINDS,
  FACILITY_KIND_KEYS,
  FACILITY_SORT_KEYS,
  FACILITY_SORTS,
  PROVINCES,
  PROVINCE_LABELS,
  SECTORS,
  SECTOR_LABELS,
  type FacilityKind,
  type FacilitySort,
  type Province,
  type Sector,
} from '@zorgwaardering/core';

// The labels come from the shared package and travel to the page as data, so zod stays out of the browser.

export interface Option<T extends string = string> {
  value: T;
  label: string;
}

export const sectorOptions = (): Option<Sector>[] => SECTORS.map((value) => ({ value, label: SECTOR_LABELS[value] }));

export const kindOptions = (): (Option<FacilityKind> & { sector: Sector })[] =>
  FACILITY_KIND_KEYS.map((value) => ({ value, label: FACILITY_KINDS[value].label, sector: FACILITY_KINDS[value].sector }));

export const provinceOptions = (): Option<Province>[] => PROVINCES.map((value) => ({ value, label: PROVINCE_LABELS[value] }));

export const isSector = (value: string): value is Sector => (SECTORS as readonly string[]).includes(value);
export const isKind = (value: string): value is FacilityKind => (FACILITY_KIND_KEYS as readonly string[]).includes(value);

/** The orders of the search results; relevance first, the default. */
export const sortOptions = (): Option<FacilitySort>[] => FACILITY_SORT_KEYS.map((value) => ({ value, label: FACILITY_SORTS[value] }));
