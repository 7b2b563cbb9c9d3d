import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { facilities } from '@zorgwaardering/db';
import { DEMO_FACILITY_NAME, seedDemo } from '@zorgwaardering/db/seed';
import { expectNoSeriousViolations } from '../support/axe';
import { DEMO_REVIEWS_PUBLISHED, reviewAndDecide } from '../support/demo-reviews';
import { chromiumArgs, chromiumPath, startPlatform, type RunningPlatform } from '../support/platform';

const executablePath = chromiumPath();

describe.skipIf(!executablePath)('accessibility: no serious or critical WCAG 2.1 A/AA violation (axe-core in Chromium)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let facilityPath: string;

  beforeAll(async () => {
    platform = await startPlatform();
    await seedDemo(platform.database.db);
    const [facility] = await platform.database.db.select().from(facilities).where(eq(facilities.name, DEMO_FACILITY_NAME));
    facilityPath = `/voorziening/kinderdagverblijf-de-speelvogel-${facility!.id}`;
    await reviewAndDecide(platform, facility!.id);
    browser = await chromium.launch({ executablePath: executablePath!, args: chromiumArgs });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  async function withPage(width: number, use: (page: Page, context: BrowserContext) => Promise<void>) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    try {
      await use(await context.newPage(), context);
    } finally {
      await context.close();
    }
  }

  async function open(page: Page, path: string) {
    const response = await page.goto(`${platform.webUrl}${path}`);
    expect(response?.status()).toBe(200);
    // Checked once the page runs its script, as most people see it.
    await page.waitForLoadState('networkidle');
  }

  /** Opens every folded-away part of the page, so what it hides is checked too. */
  const unfold = (page: Page) =>
    page.evaluate(() => {
      const { document } = globalThis as unknown as { document: { querySelectorAll(s: string): { open: boolean }[] } };
      for (const details of document.querySelectorAll('details')) details.open = true;
    });

  it('the home page', async () => {
    await withPage(1280, async (page) => {
      await open(page, '/');
      await expectNoSeriousViolations(page);
    });
  });

  it('the search page with results, without results and with a refused filter', async () => {
    await withPage(1280, async (page) => {
      await open(page, '/zoeken?q=Speelvogel');
      expect(await page.getByRole('link', { name: DEMO_FACILITY_NAME, exact: true }).count()).toBe(1);
      await expectNoSeriousViolations(page, 'search with results');
      await unfold(page);
      await expectNoSeriousViolations(page, 'search with results, filters open');

      await open(page, '/zoeken?q=Gent');
      await expectNoSeriousViolations(page, 'search with several pages of results');

      await open(page, '/zoeken?q=qzxwvk');
      expect(await page.textContent('main')).toContain('We vonden geen voorzieningen');
      await expectNoSeriousViolations(page, 'search without results');

      await open(page, '/zoeken?q=Speelvogel&sector=bestaat-niet');
      expect(await page.getByRole('alert').textContent()).toContain('Kies een sector uit de lijst.');
      await expectNoSeriousViolations(page, 'search with a refused filter');
    });
  });

  for (const width of [1280, 375]) {
    it(`the facility page with reviews, ${width} pixels wide`, async () => {
      await withPage(width, async (page) => {
        await open(page, facilityPath);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(DEMO_FACILITY_NAME);
        expect(await page.locator('#waarderingen article').count()).toBeGreaterThanOrEqual(DEMO_REVIEWS_PUBLISHED);
        await expectNoSeriousViolations(page, `facility page at ${width} px`);
        await unfold(page);
        await expectNoSeriousViolations(page, `facility page at ${width} px, scores per review open`);
      });
    });
  }

  it('the latest inspection report of the facility', async () => {
    await withPage(1280, async (page) => {
      await open(page, facilityPath);
      const href = await page.locator('section:has(#inspectie) a[href*="/inspectie/"]').first().getAttribute('href');
      expect(href).toMatch(new RegExp(`^${facilityPath}/inspectie/`));
      await open(page, href!);
      await expectNoSeriousViolations(page, 'inspection report');
    });
  });

  it('the sign-in page, both steps, and the review form of a signed-in parent, also with errors', { timeout: 60_000 }, async () => {
    await withPage(1280, async (page, context) => {
      await open(page, `${facilityPath}/waardering-schrijven`);
      expect(new URL(page.url()).pathname).toBe('/inloggen');
      await expectNoSeriousViolations(page, 'sign-in, e-mail step');

      await page.getByRole('button', { name: 'Stuur me een code' }).click();
      await page.locator('#email-error').waitFor();
      await expectNoSeriousViolations(page, 'sign-in, e-mail step with an error');

      await page.getByLabel('E-mailadres').fill('ouder@demo.test');
      await page.getByRole('button', { name: 'Stuur me een code' }).click();
      await page.getByLabel('Code van 6 cijfers').waitFor();
      await expectNoSeriousViolations(page, 'sign-in, code step');

      const mailbox = await context.newPage();
      await mailbox.goto(`${platform.webUrl}/dev/mailbox?to=${encodeURIComponent('ouder@demo.test')}`);
      const code = (await mailbox.getByTestId('mail-code').first().textContent())?.trim() ?? '';
      await mailbox.close();
      await page.getByLabel('Code van 6 cijfers').fill(code);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL((url) => url.pathname === `${facilityPath}/waardering-schrijven`);
      await page.locator('#text-count').waitFor();
      await expectNoSeriousViolations(page, 'review form');

      await page.getByRole('button', { name: 'Verstuur je waardering' }).click();
      await page.getByRole('alert').waitFor();
      await expectNoSeriousViolations(page, 'review form with errors');
    });
  });

  it('the sign-in page opened directly', async () => {
    await withPage(1280, async (page) => {
      await open(page, '/inloggen');
      await expectNoSeriousViolations(page);
    });
  });

  it('the page on how reviews are checked, with the figures of the decisions above', async () => {
    await withPage(1280, async (page) => {
      await open(page, '/hoe-wij-controleren');
      expect(await page.getByRole('table').count()).toBeGreaterThan(0);
      await expectNoSeriousViolations(page);
    });
  });
});
