import { error } from '@sveltejs/kit';
import { OPEN_DATA_MAX_LIMIT, type OpenDataFacilityPage } from '@zorgwaardering/core';
import { api } from '$lib/server/api';
import { PART_PARAM, renderSitemap, sitemapPaths } from '$lib/server/sitemap';
import type { RequestHandler } from './$types';

/** Every public page, the facility pages read from the open data in pages of 1,000. */
export const GET: RequestHandler = async (event) => {
  const facilities: { id: number; name: string }[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(OPEN_DATA_MAX_LIMIT) });
    if (after !== null) query.set('after', after);
    const result = await api<OpenDataFacilityPage>(event, `/api/open-data/facilities?${query}`);
    if (!result.ok) error(502, result.error.message);
    for (const facility of result.data.items) facilities.push({ id: facility.id, name: facility.name });
    after = result.data.next;
  } while (after !== null);

  const xml = renderSitemap(event.url.origin, sitemapPaths(facilities), event.url.searchParams.get(PART_PARAM));
  if (xml === null) error(404, 'Dit deel van de sitemap bestaat niet.');
  return new Response(xml, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  });
};
