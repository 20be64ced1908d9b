/**
 * Workshop-grade views in a real browser: results on the first screen with the settings beside
 * them, the funnel and four placements compared by default, an organisation's colour the same
 * whatever else is compared, what the company is shown from its file, and costs that say their
 * currency and period. Screenshots at 1440 × 900 and 390 × 844 are kept to be looked at.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, settled, startApp, type App } from './browser';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterEach(async () => { await app?.closePages(); });
afterAll(async () => { await app?.close(); });

/** Pairs of scorecard cells (or headers) whose boxes overlap: text drawn over other text. */
async function overlappingCells(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=scorecard] tr', (rows) => {
    const found: string[] = [];
    for (const row of rows) {
      // The boxes of what is written in each cell (a cell's own box never overlaps its neighbour's;
      // its text can spill out of it).
      const boxes = [...row.children].map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return { text: cell.textContent ?? '', rects: [...range.getClientRects()] };
      });
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
        const hit = boxes[i]!.rects.some((a) => boxes[j]!.rects.some((b) => a.width > 0 && b.width > 0 && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5));
        if (hit) found.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
      }
    }
    return found;
  });
}

describe('workshop first screen', () => {
  it('at 1440 × 900 the scorecard is on the first screen beside the settings, comparing the funnel and the four placements', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.url}#reps=2&lang=en`);
    await settled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-1440.png') });
    const orgs = await page.$$eval('[data-testid=scorecard] td[data-key="messages.perDay"]', (cells) => cells.map((c) => c.getAttribute('data-org')));
    expect(orgs).toEqual(['funnel', 'coordinator', 'single-team-support', 'multi-team', 'expert-community']);
    const table = await page.locator('[data-testid=scorecard]').boundingBox();
    const settings = await page.locator('[data-testid=settings]').boundingBox();
    expect(table!.y).toBeLessThan(450); // its header and first rows are on the first screen
    expect(settings!.x + settings!.width).toBeLessThanOrEqual(table!.x); // beside it, not above
    expect(await overlappingCells(page)).toEqual([]);
  });

  it('gives an organisation the same colour whatever else is compared', async () => {
    const colours = async (hash: string) => {
      const page = await app.newPage();
      await page.goto(`${app.url}${hash}`);
      await settled(page);
      const radar = await page.$$eval('[data-testid=radar] path.area', (paths) => paths.map((p) => p.getAttribute('stroke')));
      const heads = await page.$$eval('[data-testid=scorecard] thead .swatch', (s) => s.map((e) => getComputedStyle(e).backgroundColor));
      return { radar, heads };
    };
    const a = await colours('#company=sme&orgs=funnel,multi-team&reps=1');
    const b = await colours('#company=sme&orgs=agency,altimeter-organic,multi-team&reps=1');
    expect(a.radar[1]).toBe(b.radar[2]); // multi-team, second in one and third in the other
    expect(a.heads[1]).toBe(b.heads[2]);
    expect(a.radar[0]).not.toBe(a.radar[1]);
  });

  it('shows what the company is, computed from its file, and costs say their currency and period', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=1&lang=en`);
    await settled(page);
    const panel = page.locator('[data-testid=company-panel]');
    expect(await panel.locator('[data-testid=company-employees]').textContent()).toBe('40');
    // sme.yaml: 30,000 × 0.02 + 15,000 × 0.08 + 1,500 × 0.3 + 300 × 0.1 + 200 × 0.25 + 40 × 0.5, a month of 30 days.
    expect(await panel.locator('[data-testid=company-per-day]').textContent()).toBe('78');
    expect(await panel.locator('tr[data-channel=phone] td').nth(1).textContent()).toBe('Mon–Fri 09:00–18:00');
    expect(await panel.locator('[data-testid=company-currency]').textContent()).toMatch(/EUR.*14 days/);
    const labels = await page.$$eval('[data-testid=scorecard] tbody th', (ths) => ths.map((th) => th.textContent));
    expect(labels).toContain('cost, total (EUR, 14 days)');
    expect(labels).toContain('cost per resolved message (EUR)');
  });

  it('on a 390 × 844 phone the settings fold into a bar and the scorecard comes first', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}#reps=1&lang=fr`);
    await settled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-390.png') });
    expect(await page.locator('.controls').isVisible()).toBe(false);
    const first = await page.locator('[data-testid=scorecard] tbody tr').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThan(844);
    await page.click('[data-testid=settings-toggle]');
    expect(await page.locator('.controls').isVisible()).toBe(true);
  });
});
