import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { desc, eq } from 'drizzle-orm';
import { facilities, inspectionReports } from '@zorgwaardering/db';
import { DEMO_FACILITY_NAME, seedDemo } from '@zorgwaardering/db/seed';
import { chromiumArgs, chromiumPath, startPlatform, type RunningPlatform } from '../support/platform';

const executablePath = chromiumPath();

/** What the focused element looks like, as the page functions below report it. */
interface Focused {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  /** Whether a focus indicator is drawn: an outline or a box shadow. */
  indicator: boolean;
  /** Whether the element lies within the viewport, at least partly. */
  inView: boolean;
  /** Whether the element is in `within` (a selector), when one was given. */
  inside: boolean;
}

/** What the page functions below use of the browser; the tests' TypeScript setup has no DOM types. */
interface BrowserElement {
  tagName: string;
  id: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  closest(selector: string): unknown;
  getBoundingClientRect(): { top: number; bottom: number; left: number; right: number };
}

interface InBrowser {
  innerHeight: number;
  innerWidth: number;
  getComputedStyle(element: unknown): { outlineStyle: string; outlineWidth: string; boxShadow: string };
  document: { activeElement: BrowserElement | null; body: unknown };
  location: { hash: string };
}

const focused = (page: Page, within?: string): Promise<Focused | null> =>
  page.evaluate((within) => {
    const { document, getComputedStyle, innerHeight, innerWidth } = globalThis as unknown as InBrowser;
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: element.getAttribute('href'),
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      inView: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      inside: within ? element.closest(within) !== null : false,
    };
  }, within);

const describeFocus = (focus: Focused | null) => (focus ? `<${focus.tag}${focus.id ? ` id="${focus.id}"` : ''}> "${focus.text.slice(0, 60)}"` : 'nothing');

/**
 * Presses Tab until the focused element matches `selector`, as someone using a keyboard would,
 * checking on the way that every element that takes focus shows it and is scrolled into view.
 */
async function tabTo(page: Page, selector: string, maxPresses = 150): Promise<Focused> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page, selector);
    if (!focus) continue;
    expect(focus.indicator, `focus is visible on ${describeFocus(focus)}`).toBe(true);
    expect(focus.inView, `${describeFocus(focus)} is scrolled into view when focused`).toBe(true);
    if (focus.inside) return focus;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tab from the top of a page: the first stop is the skip link, and Enter on it moves focus to the main content. */
async function skipToContent(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const skip = await focused(page, 'a.skip-link');
  expect(skip, `the first Tab reaches the skip link, not ${describeFocus(skip)}`).toMatchObject({
    inside: true,
    text: 'Naar de inhoud',
    href: '#inhoud',
    indicator: true,
    inView: true,
  });
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page))?.id).toBe('inhoud');
}

describe.skipIf(!executablePath)('browser journey: keyboard only, from the home page to an inspection report', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let latestReport: { id: string; reportRef: string };

  beforeAll(async () => {
    platform = await startPlatform();
    await seedDemo(platform.database.db);
    const [facility] = await platform.database.db.select().from(facilities).where(eq(facilities.name, DEMO_FACILITY_NAME));
    const [report] = await platform.database.db
      .select({ id: inspectionReports.id, reportRef: inspectionReports.reportRef })
      .from(inspectionReports)
      .where(eq(inspectionReports.facilityId, facility!.id))
      .orderBy(desc(inspectionReports.visitDate))
      .limit(1);
    latestReport = report!;
    browser = await chromium.launch({ executablePath: executablePath!, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('searches, opens the demo facility, skips to its inspection and reads the latest report', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${platform.webUrl}/`);
    await page.waitForLoadState('networkidle');

    // From here on only the keyboard: Tab, Shift+Tab, Enter and typing.
    await skipToContent(page);
    // The skip link passes the header: the next stop is the search field.
    await page.keyboard.press('Tab');
    const searchField = await focused(page, 'input[type="search"]');
    expect(searchField, `after the skip link, Tab reaches the search field, not ${describeFocus(searchField)}`).toMatchObject({
      inside: true,
      indicator: true,
    });
    await page.keyboard.type('Speelvogel');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zoeken\?q=Speelvogel$/);

    const result = await tabTo(page, 'main a[href^="/voorziening/kinderdagverblijf-de-speelvogel-"]');
    expect(result.text).toBe(DEMO_FACILITY_NAME);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/voorziening\/kinderdagverblijf-de-speelvogel-\d+$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(DEMO_FACILITY_NAME);
    const facilityPath = new URL(page.url()).pathname;

    await skipToContent(page);
    const inspection = page.locator('#inspectie');
    expect(await inspection.count(), 'the facility page has an inspection section headed <h2 id="inspectie">').toBe(1);
    expect(await inspection.evaluate((heading) => (heading as unknown as BrowserElement).tagName)).toBe('H2');
    expect(await inspection.textContent()).toBe('Inspectie en opvolging');

    // A jump link to the inspection, where the page has one, must bring focus there.
    if ((await page.locator('main a[href="#inspectie"]').count()) > 0) {
      await tabTo(page, 'main a[href="#inspectie"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as InBrowser).location.hash)).toBe('#inspectie');
      const headingTop = await inspection.evaluate((heading) => (heading as unknown as BrowserElement).getBoundingClientRect().top);
      expect(headingTop, 'the inspection heading is scrolled into view').toBeGreaterThanOrEqual(0);
      expect(headingTop).toBeLessThan(page.viewportSize()!.height);
      await page.keyboard.press('Tab');
      expect((await focused(page, 'section:has(#inspectie)'))?.inside, 'Tab after the jump link continues in the inspection section').toBe(true);
      await page.keyboard.press('Shift+Tab');
    }

    const reportLink = await tabTo(page, 'section:has(#inspectie) a[href*="/inspectie/"]');
    expect(reportLink.text).toMatch(/^Lees het volledige verslag/);
    expect(reportLink.href).toMatch(new RegExp(`^${facilityPath}/inspectie/[^/?#]+$`));
    expect([latestReport.id, latestReport.reportRef]).toContain(decodeURIComponent(reportLink.href!.split('/').pop()!));
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.pathname === reportLink.href);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    expect(title).toMatch(/inspectie|verslag/i);
    await skipToContent(page);
    await context.close();
  });
});
