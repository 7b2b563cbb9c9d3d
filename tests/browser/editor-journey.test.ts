import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { and, eq, ne, sql } from 'drizzle-orm';
import { facilities, moderationItems, reviews } from '@zorgwaardering/db';
import { DEMO_FACILITY_NAME, seedDemo } from '@zorgwaardering/db/seed';
import { apiRequest, apiSignIn, chromiumArgs, chromiumPath, signInWithMailboxCode, startPlatform, type RunningPlatform } from '../support/platform';

const executablePath = chromiumPath();

const NAME = 'Juf Marieke';
const WITH_NAME = `${NAME} vangt onze zoon elke ochtend warm op en vertelt bij het afhalen wat hij die dag beleefde.`;
const PLAIN = 'Een rustige opvang met vaste begeleiders. De communicatie via het schriftje loopt vlot en duidelijk.';
const REPLACEMENT = 'De begeleidster';

/** What the page functions below use of the browser; the tests' TypeScript setup has no DOM types. */
interface InBrowser {
  document: { activeElement: { matches(selector: string): boolean } | null; documentElement: { scrollWidth: number } };
}

const focusedMatches = (page: Page, selector: string) =>
  page.evaluate((s) => (globalThis as unknown as InBrowser).document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until the focused element matches `selector`, as someone using a keyboard would. */
async function tabTo(page: Page, selector: string, maxPresses = 150): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await focusedMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const thisMonth = () => new Date().toISOString().slice(0, 7);

describe.skipIf(!executablePath)('browser journey: the editorial desk', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let facilityId: number;
  let facilityPath: string;

  async function submitAs(email: string, text: string, facility = facilityId): Promise<string> {
    const cookie = await apiSignIn(platform, email);
    const res = await apiRequest(platform, cookie, '/api/reviews', {
      facilityId: facility,
      ratings: { communicatie: 5, respect: 5, inspraak: 4, veiligheid: 5, begeleiding: 4, welbevinden: 5, omgeving: 4, organisatie: 4 },
      text,
      relationship: 'ouder',
      periodFrom: thisMonth(),
      periodTo: thisMonth(),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  const itemOf = async (reviewId: string) =>
    (await platform.database.db.select().from(moderationItems).where(eq(moderationItems.reviewId, reviewId)))[0]!;

  beforeAll(async () => {
    platform = await startPlatform();
    await seedDemo(platform.database.db);
    const [facility] = await platform.database.db.select().from(facilities).where(eq(facilities.name, DEMO_FACILITY_NAME));
    facilityId = facility!.id;
    facilityPath = `/voorziening/kinderdagverblijf-de-speelvogel-${facilityId}`;
    browser = await chromium.launch({ executablePath: executablePath!, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('an editor opens the oldest item, applies a proposed redaction with the keyboard, publishes and lands on the next item', { timeout: 120_000 }, async () => {
    const withName = await submitAs('ouder@demo.test', WITH_NAME);
    const plain = await submitAs('ouder2@demo.test', PLAIN);
    // The pre-screen may not be wired into submission yet: give the first item the report it would make.
    const start = WITH_NAME.indexOf(NAME);
    const span = { start, end: start + NAME.length };
    await platform.database.db
      .update(moderationItems)
      .set({
        riskScore: 35,
        prescreen: {
          flags: [
            {
              category: 'privacy',
              code: 'person-name',
              severity: 'high',
              message: 'Naam van een medewerker: in een kleine opvang herkent iedereen wie bedoeld is.',
              hint: 'Schrijf ‘de begeleidster’ in plaats van een naam.',
              spans: [span],
              redaction: [{ ...span, replacement: REPLACEMENT }],
            },
          ],
          riskScore: 35,
          suggestion: 'review',
        },
      })
      .where(eq(moderationItems.reviewId, withName));
    // The order under test is age: whatever the pre-screen found in the second text must not put it first.
    await platform.database.db.update(moderationItems).set({ riskScore: 0, safety: false }).where(eq(moderationItems.reviewId, plain));
    const [first, second] = [await itemOf(withName), await itemOf(plain)];

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${platform.webUrl}/redactie`);
    await page.waitForURL(/\/inloggen\?redirectTo=%2Fredactie$/);
    await signInWithMailboxCode(page, platform.webUrl, 'redactie@demo.test');
    await page.waitForURL((url) => url.pathname === '/redactie');

    // The queue: both items, the flagged and oldest one first, nobody holds them.
    const items = page.locator('ol.items > li');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.first().textContent()).toContain('Privacy: naam');
    expect(await items.first().textContent()).toContain('niemand');
    expect(await page.getByRole('navigation', { name: 'Wachtrijen' }).textContent()).toMatch(/Nieuw\s*2/);

    await items.first().getByRole('link', { name: DEMO_FACILITY_NAME }).click();
    await page.waitForURL((url) => url.pathname === `/redactie/items/${first.id}`);
    // Opening an item does not claim it: that takes a POST.
    expect((await itemOf(withName)).claimedBy).toBeNull();
    expect(await page.locator('#beslissing').count()).toBe(0);
    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByText(/Jij behandelt dit item, tot \d{2}:\d{2}/).waitFor();
    expect((await itemOf(withName)).claimedBy).not.toBeNull();

    // What the editor reads: the name marked and explained, the author only for the editors.
    expect(await page.locator('#revisietekst mark').first().textContent()).toBe(NAME);
    expect(await page.locator('#revisietekst').textContent()).toContain('signaal 1, privacy: Naam van een medewerker');
    expect(await page.getByText('Alleen zichtbaar voor de redactie').count()).toBe(1);
    expect(await page.textContent('main')).toContain('ouder@demo.test');

    // The shortcuts list appears once the page runs its script: from then on the keyboard works.
    await page.getByLabel('Sneltoetsen gebruiken').waitFor();
    const edited = page.getByLabel('Aangepaste tekst');
    expect(await edited.inputValue()).toBe(WITH_NAME);

    // From here on only the keyboard.
    await tabTo(page, 'button[name="redaction"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => edited.inputValue()).toBe(WITH_NAME.replace(NAME, REPLACEMENT));
    expect(await page.locator('#decision-publish_edited').isChecked()).toBe(true);
    expect(await page.locator('#reason-personal_data').isChecked()).toBe(true);
    expect(await page.getByLabel('Motivering voor de schrijver').inputValue()).toContain(DEMO_FACILITY_NAME);

    await page.keyboard.press('a');
    await expect.poll(() => focusedMatches(page, 'form#beslissing button.button--large')).toBe(true);
    await page.keyboard.press('Enter');

    // The decision is stored and the next item of the queue is claimed and open.
    await page.waitForURL((url) => url.pathname === `/redactie/items/${second.id}`);
    await page.getByText('Je beslissing ‘Publiceren met aanpassing’ is opgeslagen').waitFor();
    await page.getByText(/Jij behandelt dit item/).waitFor();
    expect(await page.locator('#revisietekst').textContent()).toContain(PLAIN);
    const [stored] = await platform.database.db.select().from(reviews).where(eq(reviews.id, withName));
    expect(stored!.status).toBe('published');

    // The public page shows the edited text, marked as edited by the editors.
    const reader = await context.newPage();
    await reader.goto(`${platform.webUrl}${facilityPath}`);
    const review = reader.getByRole('article').filter({ hasText: REPLACEMENT });
    expect(await review.textContent()).toContain(WITH_NAME.replace(NAME, REPLACEMENT));
    expect(await reader.textContent('#waarderingen')).not.toContain('Marieke');
    expect(await review.textContent()).toContain('Aangepast door de redactie');
    expect(await review.getByRole('link', { name: /Meld deze waardering/ }).count()).toBe(1);

    // ...and the figures count the decision.
    await reader.goto(`${platform.webUrl}/hoe-wij-controleren`);
    const outcomes = reader.getByRole('table', { name: 'Beslissingen per uitkomst' });
    expect(await outcomes.textContent()).toContain('Gepubliceerd met een aanpassing door de redactie');
    expect(await reader.getByRole('table', { name: 'Redenen bij beslissingen' }).textContent()).toContain('Persoonsgegevens');
    await context.close();
  });

  it('without JavaScript on a 375-pixel screen: next item, a redaction by round trip, a stale version, then the decision', { timeout: 120_000 }, async () => {
    const [elsewhere] = await platform.database.db
      .select()
      .from(facilities)
      .where(and(eq(facilities.participating, true), ne(facilities.id, facilityId)))
      .limit(1);
    const reviewId = await submitAs('ouder@demo.test', WITH_NAME, elsewhere!.id);
    const start = WITH_NAME.indexOf(NAME);
    const span = { start, end: start + NAME.length };
    await platform.database.db
      .update(moderationItems)
      .set({
        riskScore: 90,
        prescreen: {
          flags: [{ category: 'privacy', code: 'person-name', severity: 'high', message: 'Naam van een medewerker.', spans: [span], redaction: { ...span, replacement: REPLACEMENT } }],
        },
      })
      .where(eq(moderationItems.reviewId, reviewId));
    const item = await itemOf(reviewId);

    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const pageWidth = () => page.evaluate(() => (globalThis as unknown as InBrowser).document.documentElement.scrollWidth);
    await page.goto(`${platform.webUrl}/inloggen?redirectTo=%2Fredactie`);
    await signInWithMailboxCode(page, platform.webUrl, 'redactie2@demo.test');
    await page.waitForURL((url) => url.pathname === '/redactie');
    expect(await pageWidth()).toBeLessThanOrEqual(375);

    // The item the other editor holds from the first journey is skipped: this one is free and most urgent.
    await page.getByRole('button', { name: /Volgende item/ }).click();
    await page.waitForURL((url) => url.pathname === `/redactie/items/${item.id}`);
    await page.getByText(/Jij behandelt dit item/).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(375);

    const applyButton = page.getByRole('button', { name: /^Toepassen/ });
    await applyButton.click();
    await page.getByText(`‘${NAME}’ is vervangen door ‘${REPLACEMENT}’`).waitFor();
    expect(await page.getByLabel('Aangepaste tekst').inputValue()).toBe(WITH_NAME.replace(NAME, REPLACEMENT));
    expect(await page.locator('#decision-publish_edited').isChecked()).toBe(true);
    expect(await page.locator('#reason-personal_data').isChecked()).toBe(true);

    // Meanwhile the author sends a new version: the decision on the old one is refused.
    await platform.database.db
      .update(moderationItems)
      .set({ version: sql`${moderationItems.version} + 1` })
      .where(eq(moderationItems.id, item.id));
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/gewijzigd.*niet opgeslagen/s);
    expect(await page.getByLabel('Aangepaste tekst').inputValue()).toBe(WITH_NAME.replace(NAME, REPLACEMENT));
    expect((await platform.database.db.select().from(reviews).where(eq(reviews.id, reviewId)))[0]!.status).toBe('pending');

    await alert.getByRole('link', { name: 'Laad het item opnieuw' }).click();
    await page.waitForURL((url) => url.pathname === `/redactie/items/${item.id}` && url.search === '');
    await page.getByRole('button', { name: /^Toepassen/ }).click();
    await page.getByText(`‘${NAME}’ is vervangen door ‘${REPLACEMENT}’`).waitFor();
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();

    // No free item is left (the first editor still holds one): back to the queue with a confirmation.
    await page.waitForURL((url) => url.pathname === '/redactie' && url.searchParams.get('beslist') === 'publish_edited');
    expect(await page.textContent('main')).toContain('Er is geen vrij item meer in deze wachtrij');
    expect((await platform.database.db.select().from(reviews).where(eq(reviews.id, reviewId)))[0]!.status).toBe('published');
    expect(await pageWidth()).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('keeps the desk for editors: others get a 403 page, visitors are sent to sign in', async () => {
    const parent = await apiSignIn(platform, 'ouder@demo.test');
    const forbidden = await fetch(`${platform.webUrl}/redactie`, { headers: { cookie: parent }, redirect: 'manual' });
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain('Geen toegang');
    const anonymous = await fetch(`${platform.webUrl}/redactie/items/00000000-0000-4000-8000-000000000000`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/inloggen?redirectTo=%2Fredactie%2Fitems%2F00000000-0000-4000-8000-000000000000');
  });
});
