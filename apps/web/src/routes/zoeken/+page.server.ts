import { error } from '@sveltejs/kit';
import type { FacilityPage } from '@zorgwaardering/core';
import { facilityPath } from '$lib/server/facility-url';
import { api } from '$lib/server/api';
import { isKind, isSector, kindOptions, provinceOptions, sectorOptions, sortOptions } from '$lib/server/options';
import type { PageServerLoad } from './$types';

export interface SearchFilters {
  q: string;
  sector: string;
  kind: string;
  province: string;
  /** Empty for the default: relevance with a search term, name without. */
  sort: string;
  page: string;
}

type FilterField = keyof SearchFilters;

/**
 * The choices come from lists, so an unknown value only arrives through an edited address. The
 * API's message for those names the raw values; ours says what to do.
 */
const CHOICE_MESSAGES: Partial<Record<FilterField, string>> = {
  sector: 'Kies een sector uit de lijst.',
  kind: 'Kies een soort voorziening uit de lijst.',
  province: 'Kies een provincie uit de lijst.',
  sort: 'Kies een volgorde uit de lijst.',
};

export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const read = (name: string) => params.get(name)?.trim() ?? '';
  const filters: SearchFilters = {
    q: read('q'),
    sector: read('sector'),
    kind: read('kind'),
    province: read('province'),
    sort: read('sort') === 'relevance' ? '' : read('sort'),
    page: read('page'),
  };
  // A kind of another sector is left over from before the sector changed (without JavaScript): drop it.
  if (isSector(filters.sector) && isKind(filters.kind) && !kindOptions().some((k) => k.value === filters.kind && k.sector === filters.sector)) {
    filters.kind = '';
  }

  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  const options = { sectors: sectorOptions(), kinds: kindOptions(), provinces: provinceOptions(), sorts: sortOptions() };

  const result = await api<FacilityPage>(event, `/api/facilities${query.size ? `?${query}` : ''}`);
  if (!result.ok) {
    if (result.status !== 400) error(result.status >= 500 ? 502 : result.status, result.error.message);
    const errors: Partial<Record<FilterField, string>> = {};
    for (const [path, message] of Object.entries(result.error.fields)) {
      if (path in filters) errors[path as FilterField] ??= CHOICE_MESSAGES[path as FilterField] ?? message;
    }
    if (Object.keys(errors).length === 0) errors.q = result.error.message;
    return { filters, options, errors, results: null };
  }

  const { items, page, total, totalPages, sort } = result.data;
  return {
    filters,
    options,
    errors: {} as Partial<Record<FilterField, string>>,
    results: {
      page,
      total,
      totalPages,
      sortLabel: options.sorts.find((option) => option.value === sort)?.label ?? '',
      items: items.map((facility) => ({
        id: facility.id,
        name: facility.name,
        href: facilityPath(facility),
        kindLabel: facility.kindLabel,
        sectorLabel: facility.sectorLabel,
        postcode: facility.postcode,
        municipality: facility.municipality,
        participating: facility.participating,
        reviewCount: facility.reviewCount,
        score: facility.score,
      })),
    },
  };
};
