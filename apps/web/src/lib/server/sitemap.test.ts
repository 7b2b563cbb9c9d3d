import { describe, expect, it } from 'vitest';
import { escapeXml, renderSitemap, robotsTxt, SITEMAP_MAX_URLS, sitemapPaths } from './sitemap';

const ORIGIN = 'https://www.zorgwaardering.be';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
const facilities = (count: number) => Array.from({ length: count }, (_, i) => ({ id: i + 1, name: `Kinderopvang Nummer ${i + 1}` }));

describe('the sitemap', () => {
  it('lists the public pages and every facility page with absolute addresses', () => {
    const xml = renderSitemap(ORIGIN, sitemapPaths([{ id: 12, name: "Crèche 't Zonneke" }, { id: 3, name: 'De Speelvogel' }]), null)!;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(locs(xml)).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/zoeken`,
      `${ORIGIN}/gedragscode`,
      `${ORIGIN}/hoe-wij-controleren`,
      `${ORIGIN}/voorziening/creche-t-zonneke-12`,
      `${ORIGIN}/voorziening/de-speelvogel-3`,
    ]);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('fits 15,000 facilities in one file', () => {
    const xml = renderSitemap(ORIGIN, sitemapPaths(facilities(15_000)), null)!;
    expect(xml).toContain('<urlset');
    expect(locs(xml)).toHaveLength(15_004);
  });

  it('splits into an index with parts of at most 50,000 addresses beyond that', () => {
    const paths = sitemapPaths(facilities(SITEMAP_MAX_URLS + 10));
    const index = renderSitemap(ORIGIN, paths, null)!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)).toEqual([`${ORIGIN}/sitemap.xml?deel=1`, `${ORIGIN}/sitemap.xml?deel=2`]);
    const first = locs(renderSitemap(ORIGIN, paths, '1')!);
    const second = locs(renderSitemap(ORIGIN, paths, '2')!);
    expect(first).toHaveLength(SITEMAP_MAX_URLS);
    expect(second).toHaveLength(14);
    expect([...first, ...second]).toEqual(paths.map((path) => `${ORIGIN}${path}`));
    expect(renderSitemap(ORIGIN, paths, '3')).toBeNull();
    expect(renderSitemap(ORIGIN, paths, '0')).toBeNull();
    expect(renderSitemap(ORIGIN, paths, 'twee')).toBeNull();
  });

  it('escapes what XML does not allow in an address', () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
    const xml = renderSitemap('https://voorbeeld.be/', ['/zoeken?q=a&sector=b'], null)!;
    expect(xml).toContain('<loc>https://voorbeeld.be/zoeken?q=a&amp;sector=b</loc>');
  });
});

describe('robots.txt', () => {
  it('points at the sitemap and keeps crawlers out of personal and editorial pages', () => {
    const text = robotsTxt(`${ORIGIN}/`);
    expect(text.split('\n')).toEqual([
      'User-agent: *',
      'Disallow: /account',
      'Disallow: /redactie',
      'Disallow: /dev',
      '',
      `Sitemap: ${ORIGIN}/sitemap.xml`,
      '',
    ]);
  });
});
