import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { reviewRevisions, reviews, users } from '@zorgwaardering/db';
import { seedDemo } from '@zorgwaardering/db/seed';
import { chromiumArgs, chromiumPath, signInWithMailboxCode, startPlatform, type RunningPlatform } from '../support/platform';

const executablePath = chromiumPath();

const FORM_PATH = '/voorziening/kinderdagverblijf-de-speelvogel-1/waardering-schrijven';
const TEXT =
  'Onze dochter gaat hier sinds september graag naartoe. Bij het afhalen vertellen de begeleiders hoe de dag verliep.';

/** What the page functions below use of the browser; the tests' TypeScript setup has no DOM types. */
interface InBrowser {
  document: { activeElement: { matches(selector: string): boolean } | null; documentElement: { scrollWidth: number } };
}

const pageWidth = (page: Page) => page.evaluate(() => (globalThis as unknown as InBrowser).document.documentElement.scrollWidth);

/** Presses Tab until the focused element matches `selector`, as someone using a keyboard would. */
async function tabTo(page: Page, selector: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await page.evaluate((s) => (globalThis as unknown as InBrowser).document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** In a radio group reached with Tab (nothing chosen yet, focus on the first choice), choose the nth choice. */
async function chooseNth(page: Page, n: number): Promise<void> {
  if (n === 1) await page.keyboard.press('Space');
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
}

async function reviewsOf(platform: RunningPlatform, email: string) {
  const [author] = await platform.database.db.select().from(users).where(eq(users.email, email));
  return platform.database.db
    .select({
      status: reviews.status,
      ratings: reviewRevisions.ratings,
      text: reviewRevisions.text,
      relationship: reviewRevisions.relationship,
      periodFrom: reviewRevisions.periodFrom,
      periodTo: reviewRevisions.periodTo,
      displayLabel: reviewRevisions.displayLabel,
    })
    .from(reviews)
    .innerJoin(reviewRevisions, eq(reviewRevisions.id, reviews.currentRevisionId))
    .where(eq(reviews.authorId, author!.id));
}

function monthsAgo(n: number): string {
  const date = new Date();
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - n, 1)).toISOString().slice(0, 7);
}

describe.skipIf(!executablePath)('browser journey: finding a facility and writing a review', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  beforeAll(async () => {
    platform = await startPlatform();
    // Without published reviews: the journey starts at a facility nobody has reviewed yet.
    await seedDemo(platform.database.db, { reviews: 0 });
    browser = await chromium.launch({ executablePath: executablePath!, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('a parent searches, signs in, fills in the form with the keyboard only and sees the review in behandeling', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();

    await page.goto(`${platform.webUrl}/`);
    const search = page.getByRole('searchbox', { name: 'Zoek een voorziening' });
    await search.fill('Speelvogel');
    await search.press('Enter');
    await page.waitForURL(/\/zoeken\?q=Speelvogel$/);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /gevonden/ }).textContent()).toMatch(/^\d+ voorziening(en)? gevonden/);

    await page.getByRole('link', { name: 'Kinderdagverblijf De Speelvogel', exact: true }).click();
    await page.waitForURL(/\/voorziening\/kinderdagverblijf-de-speelvogel-1$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kinderdagverblijf De Speelvogel');
    expect(await page.textContent('main')).toContain('Nog geen totaalscore. Er is nog geen gepubliceerde waardering.');

    await page.getByRole('link', { name: 'Schrijf een waardering' }).click();
    await page.waitForURL(/\/inloggen\?redirectTo=/);
    await signInWithMailboxCode(page, platform.webUrl, 'ouder@demo.test');
    await page.waitForURL((url) => url.pathname === FORM_PATH);
    // The character counter appears once the page runs its script: from then on, typing is counted.
    await page.locator('#text-count').waitFor();

    // From here on only the keyboard: Tab, arrow keys, Space, Enter and typing.
    const scores: [string, number][] = [
      ['communicatie', 5],
      ['respect', 4],
      ['inspraak', 4],
      ['veiligheid', 5],
      ['begeleiding', 1],
      ['welbevinden', 6], // the sixth choice: niet van toepassing / weet ik niet
      ['omgeving', 3],
      ['organisatie', 4],
    ];
    for (const [theme, choice] of scores) {
      await tabTo(page, `input[name="rating-${theme}"]`);
      await chooseNth(page, choice);
    }

    await tabTo(page, '#text');
    await page.keyboard.type(TEXT);
    await expect.poll(() => page.locator('#text-count').textContent()).toBe(`${TEXT.length} van de 4.000 tekens`);

    await tabTo(page, '#periodFrom');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await tabTo(page, '#periodTo');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#periodFrom').inputValue()).toBe(monthsAgo(3));
    expect(await page.locator('#periodTo').inputValue()).toBe(monthsAgo(0));

    await tabTo(page, 'input[name="relationship"]');
    await page.keyboard.press('Space');
    await tabTo(page, '#displayLabel');
    await page.keyboard.type('Ouder van een peuter');
    await tabTo(page, '#consent');
    await page.keyboard.press('Space');
    await tabTo(page, 'form.review-form button[type="submit"]');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/account\/waarderingen\/[0-9a-f-]{36}\/verstuurd$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bedankt, je waardering is verstuurd');
    expect(await page.textContent('main')).toMatch(/5 werkdagen/);

    await page.getByRole('main').getByRole('link', { name: 'Mijn waarderingen' }).click();
    await page.waitForURL(/\/account\/waarderingen$/);
    const item = page.getByRole('article').filter({ hasText: 'Kinderdagverblijf De Speelvogel' });
    expect((await item.textContent())?.toLowerCase()).toContain('in behandeling');
    expect(await item.textContent()).toContain(TEXT);

    const stored = await reviewsOf(platform, 'ouder@demo.test');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      status: 'pending',
      ratings: { communicatie: 5, respect: 4, inspraak: 4, veiligheid: 5, begeleiding: 1, welbevinden: null, omgeving: 3, organisatie: 4 },
      text: TEXT,
      relationship: 'ouder',
      periodFrom: monthsAgo(3),
      periodTo: monthsAgo(0),
      displayLabel: 'Ouder van een peuter',
    });
    await context.close();
  });

  it('without JavaScript on a 375-pixel screen, a refusal shows next to the field and keeps what was typed', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${platform.webUrl}${FORM_PATH}`);
    await page.waitForURL(/\/inloggen\?redirectTo=/);
    await signInWithMailboxCode(page, platform.webUrl, 'ouder2@demo.test');
    await page.waitForURL((url) => url.pathname === FORM_PATH);

    for (const [theme, score] of [['communicatie', 4], ['respect', 5], ['veiligheid', 4], ['omgeving', 3]] as const) {
      await page.locator(`#rating-${theme}-${score}`).check();
    }
    await page.getByLabel('Je ervaring in je eigen woorden').fill('Te kort.');
    await page.getByLabel('Van', { exact: true }).selectOption(monthsAgo(2));
    await page.getByLabel('Tot en met').selectOption(monthsAgo(1));
    await page.getByLabel('Grootouder').check();
    await page.getByLabel(/Hoe mogen we je tonen/).fill('Oma van een baby');
    await page.getByLabel(/gedragscode gelezen/).check();
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);

    await page.getByRole('button', { name: 'Verstuur je waardering' }).click();
    const error = page.locator('#text-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/minstens 50 tekens/);
    expect(await page.getByLabel('Je ervaring in je eigen woorden').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').getByRole('link', { name: /minstens 50 tekens/ }).getAttribute('href')).toBe('#text');

    expect(await page.getByLabel('Je ervaring in je eigen woorden').inputValue()).toBe('Te kort.');
    expect(await page.locator('#rating-respect-5').isChecked()).toBe(true);
    expect(await page.locator('#rating-omgeving-3').isChecked()).toBe(true);
    expect(await page.getByLabel('Grootouder').isChecked()).toBe(true);
    expect(await page.getByLabel('Van', { exact: true }).inputValue()).toBe(monthsAgo(2));
    expect(await page.getByLabel(/Hoe mogen we je tonen/).inputValue()).toBe('Oma van een baby');
    expect(await page.getByLabel(/gedragscode gelezen/).isChecked()).toBe(true);
    expect(await pageWidth(page)).toBeLessThanOrEqual(375);
    expect(await reviewsOf(platform, 'ouder2@demo.test')).toHaveLength(0);

    // Put right, the same form goes through, still without JavaScript.
    await page.getByLabel('Je ervaring in je eigen woorden').fill(TEXT);
    await page.getByRole('button', { name: 'Verstuur je waardering' }).click();
    await page.waitForURL(/\/account\/waarderingen\/[0-9a-f-]{36}\/verstuurd$/);
    const stored = await reviewsOf(platform, 'ouder2@demo.test');
    expect(stored).toMatchObject([{ status: 'pending', relationship: 'grootouder', text: TEXT, displayLabel: 'Oma van een baby' }]);
    await context.close();
  });

  it('sends a wrong facility address to the right one and an unknown facility to a 404', async () => {
    const moved = await fetch(`${platform.webUrl}/voorziening/speelvogel-1?page=2`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/voorziening/kinderdagverblijf-de-speelvogel-1?page=2');
    expect((await fetch(`${platform.webUrl}/voorziening/bestaat-niet-999999`)).status).toBe(404);
    expect((await fetch(`${platform.webUrl}/voorziening/zonder-nummer`)).status).toBe(404);
  });
});
