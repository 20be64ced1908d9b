/**
 * Careless and hostile input in the browser, as a user meets it: typed numbers count only once
 * committed and say what is allowed; a link with thousands of problems gets a short notice, in the
 * page's language; a lever beyond its slider shows a thumb and words that agree; presentation mode
 * is in the link, and Back returns to the previous comparison.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, startApp, type App } from './browser';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterEach(async () => { await app?.closePages(); });
afterAll(async () => { await app?.close(); });

async function settled(page: Page) {
  await page.waitForSelector('[data-testid=scorecard]', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('progress') && !document.querySelector('main[data-pending]') && !document.body.hasAttribute('data-drawing'), undefined, { timeout: 60_000 });
}

const param = (page: Page, name: string) => new URL(page.url().replace('#', '?')).searchParams.get(name);

describe('typed numbers', () => {
  it('count only on Enter or when leaving the field, whole, and say what is allowed', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=5&lang=en`);
    await settled(page);
    const reps = page.locator('[data-testid=replications]');
    await reps.fill('');
    await reps.pressSequentially('101'); // each prefix (1, 10) used to start a run
    expect(param(page, 'reps')).toBe('2');
    await reps.press('Enter');
    await expect.poll(() => page.locator('[data-testid=replications-problem]').textContent()).toMatch(/whole number from 1 to 100/);
    expect(await reps.getAttribute('aria-invalid')).toBe('true');
    expect(param(page, 'reps')).toBe('2'); // 101 did not become 10
    await page.screenshot({ path: join(SCREENSHOTS, 'field-problem.png') });
    await reps.press('Escape'); // back to the value in use
    expect(await reps.inputValue()).toBe('2');

    const seed = page.locator('[data-testid=seed]');
    for (const typed of ['4294967296', '1e308', '0x10', '+5']) {
      await seed.fill(typed);
      await seed.blur();
      await expect.poll(() => page.locator('[data-testid=seed-problem]').count()).toBe(1);
      expect(param(page, 'seed'), typed).toBe('5');
    }
    await seed.fill('7');
    await seed.press('Enter');
    await expect.poll(() => param(page, 'seed')).toBe('7');
    expect(await page.locator('[data-testid=seed-problem]').count()).toBe(0);
    await settled(page);
  });

  it('says what is allowed in French in the French interface', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=1&seed=5&lang=fr`);
    await settled(page);
    await page.fill('[data-testid=replications]', '0');
    await page.press('[data-testid=replications]', 'Enter');
    expect(await page.locator('[data-testid=replications-problem]').textContent()).toMatch(/nombre entier de 1 à 100/);
  });
});

describe('a hostile link', () => {
  it('with ten thousand unknown parameters gets a short notice, and the app still runs', async () => {
    const page = await app.newPage();
    const junk = Array.from({ length: 10_000 }, (_, i) => `x${i}=1`).join('&');
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=1&seed=2&lang=en&${junk}`);
    const notice = await page.waitForSelector('[data-testid=link-problems]');
    expect(await page.locator('[data-testid=link-problems] li').count()).toBe(6); // five listed and a count
    expect(await notice.textContent()).toMatch(/and 9995 more problems/);
    expect((await notice.boundingBox())!.height).toBeLessThan(400);
    await settled(page);
  });

  it('is described in French in the French interface', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=1&lang=fr&seed=&levers=volume:2:3&what=1`);
    const text = (await (await page.waitForSelector('[data-testid=link-problems]')).textContent())!;
    expect(text).toMatch(/« seed » dans le lien doit être un nombre entier de 0 à 4294967295 \(il est vide\)/);
    expect(text).toMatch(/le levier « volume » doit être un nombre de 0.1 à 10/);
    expect(text).toMatch(/le paramètre inconnu « what » a été ignoré/);
    expect(text).not.toMatch(/\b(the|must|link|was)\b/);
  });

  it('with a lever beyond its slider shows a thumb and words that agree', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=1&seed=2&lang=en&levers=volume:10`);
    await settled(page);
    const slider = page.locator('[data-testid=lever-volume]');
    expect(await slider.inputValue()).toBe('10');
    expect(Number(await slider.getAttribute('max'))).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.lever', { has: slider }).locator('output').textContent()).toMatch(/10/);
  });
});

describe('history', () => {
  it('presentation mode is in the link, and Back leaves it, then returns to the previous comparison', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=1&seed=3&lang=en`);
    await settled(page);
    await page.fill('[data-testid=seed]', '4');
    await page.press('[data-testid=seed]', 'Enter');
    await expect.poll(() => param(page, 'seed')).toBe('4');
    await settled(page);
    await page.click('[data-testid=present]');
    await page.waitForSelector('[data-testid=presentation]');
    expect(param(page, 'present')).toBe('scorecard');
    await page.keyboard.press('ArrowRight'); // the slide after the scorecard: what the company is
    await expect.poll(() => param(page, 'present')).toBe('company');

    // The link opens the same slide.
    const other = await app.newPage();
    await other.goto(page.url());
    await other.waitForSelector('[data-testid=presentation][data-view=company]', { timeout: 60_000 });

    await page.goBack();
    await expect.poll(() => page.locator('[data-testid=presentation]').count()).toBe(0);
    expect(param(page, 'present')).toBeNull();
    expect(param(page, 'seed')).toBe('4');
    await page.goBack();
    await expect.poll(() => param(page, 'seed')).toBe('3');
    await expect.poll(() => page.locator('[data-testid=seed]').inputValue()).toBe('3');
    await settled(page);
    expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1/); // still in the app
  });
});
