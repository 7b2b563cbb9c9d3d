import { facilityPath } from './facility-url';

/** A sitemap file holds at most 50,000 addresses (sitemaps.org); beyond that an index lists the parts. */
export const SITEMAP_MAX_URLS = 50_000;

/** The public pages besides the facility pages. */
export const STATIC_PATHS = ['/', '/zoeken', '/gedragscode', '/hoe-wij-controleren'] as const;

/** Sections that are personal, for the editors, or for development: not for search engines. */
export const DISALLOWED_PATHS = ['/account', '/redactie', '/dev'] as const;

/** The query parameter that picks one part of a sitemap split by an index. */
export const PART_PARAM = 'deel';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/** Every public page: the fixed ones, then one per facility. */
export function sitemapPaths(facilities: Iterable<{ id: number; name: string }>): string[] {
  const paths: string[] = [...STATIC_PATHS];
  for (const facility of facilities) paths.push(facilityPath(facility));
  return paths;
}

/** A <urlset> with the absolute address of each path. */
export function urlSetXml(origin: string, paths: string[]): string {
  const base = origin.replace(/\/+$/, '');
  const urls = paths.map((path) => `  <url><loc>${escapeXml(`${base}${path}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}${urls.length ? '\n' : ''}</urlset>\n`;
}

/** A <sitemapindex> pointing at parts 1 to `parts` of /sitemap.xml. */
export function sitemapIndexXml(origin: string, parts: number): string {
  const base = origin.replace(/\/+$/, '');
  const entries = Array.from({ length: parts }, (_, i) => `  <sitemap><loc>${escapeXml(partUrl(base, i + 1))}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export function partUrl(origin: string, part: number): string {
  return `${origin}/sitemap.xml?${PART_PARAM}=${part}`;
}

/**
 * What /sitemap.xml answers: one <urlset> while every page fits in one file; otherwise, without a
 * part, an index of the parts, and with one, that part. Null for a part that does not exist.
 */
export function renderSitemap(origin: string, paths: string[], part: string | null, maxUrls = SITEMAP_MAX_URLS): string | null {
  const parts = Math.max(1, Math.ceil(paths.length / maxUrls));
  if (part === null) return parts === 1 ? urlSetXml(origin, paths) : sitemapIndexXml(origin, parts);
  if (!/^[1-9]\d{0,5}$/.test(part)) return null;
  const index = Number(part);
  if (index > parts) return null;
  return urlSetXml(origin, paths.slice((index - 1) * maxUrls, index * maxUrls));
}

export function robotsTxt(origin: string): string {
  const base = origin.replace(/\/+$/, '');
  return ['User-agent: *', ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`), '', `Sitemap: ${base}/sitemap.xml`, ''].join('\n');
}
