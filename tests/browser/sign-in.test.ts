import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { users } from '@zorgwaardering/db';
import { chromiumArgs, chromiumPath, startPlatform, type RunningPlatform } from '../support/platform';

const executablePath = chromiumPath();

describe.skipIf(!executablePath)('browser journey: signing in', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  beforeAll(async () => {
    platform = await startPlatform();
    browser = await chromium.launch({ executablePath: executablePath!, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });

  it('signs in with the code from the dev mailbox and shows my account', async () => {
    await platform.database.db
      .insert(users)
      .values({ email: 'ouder@demo.test', firstName: 'Sofie', lastName: 'Claes' });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${platform.webUrl}/`);
    await page.getByRole('link', { name: 'Inloggen' }).first().click();
    await expect.poll(() => page.url()).toContain('/inloggen');

    await page.getByLabel('E-mailadres').fill('ouder@demo.test');
    await page.getByRole('button', { name: /code/i }).click();
    await page.getByLabel(/code/i).first().waitFor();

    const mailbox = await browser.newPage();
    await mailbox.goto(`${platform.webUrl}/dev/mailbox?to=ouder@demo.test`);
    const code = (await mailbox.getByTestId('mail-code').first().textContent())!.trim();
    expect(code).toMatch(/^\d{6}$/);
    await mailbox.close();

    await page.getByLabel(/code/i).first().fill(code);
    await page.getByRole('button', { name: /inloggen/i }).click();
    await page.waitForURL(/\/account$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn account');
    const content = await page.textContent('main');
    expect(content).toContain('Sofie Claes');
    expect(content).toContain('ouder@demo.test');
  });

  it('refuses a wrong code with a message next to the field', async () => {
    const page = await browser.newPage();
    await page.goto(`${platform.webUrl}/inloggen`);
    await page.getByLabel('E-mailadres').fill('ouder2@demo.test');
    await page.getByRole('button', { name: /code/i }).click();
    const codeField = page.getByLabel(/code/i).first();
    await codeField.waitFor();
    await codeField.fill('000000');
    await page.getByRole('button', { name: /inloggen/i }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/code/i);
    expect(await codeField.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toContain('/inloggen');
  });
});
