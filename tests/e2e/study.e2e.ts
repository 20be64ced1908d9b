/**
 * The fair-comparison view in a real browser: a study's link runs it in Web Workers and shows
 * exactly the numbers of the code `npm run size` and `npm run sweep` run (same settings, same
 * seed); every chart has marks bound to data; the link reproduces the numbers; cancel keeps what
 * was finished.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fileResolver } from '../../src/cli/files';
import { formatEstimate } from '../../src/metrics/format';
import { loadComparison } from '../../src/scenario/comparison';
import { inThreadEvaluator } from '../../src/study/evaluate';
import { runSizing, type SizingSettings } from '../../src/study/sizing-study';
import { finishSweep, runSweepCells, type SweepSettings } from '../../src/study/sweep';
import { SCREENSHOTS, startApp, type App } from './browser';

let app: App;
beforeAll(async () => { app = await startApp({ renderAll: true }); });
afterEach(async () => { await app?.closePages(); });
afterAll(async () => { await app?.close(); });

async function runStudy(page: Page, url: string) {
  await page.goto(url);
  await page.click('[data-testid=study-run]');
  await page.waitForSelector('[data-testid=study-progress][data-status=done]', { timeout: 180_000 });
  await page.waitForFunction(() => !document.body.hasAttribute('data-drawing'), undefined, { timeout: 60_000 });
}

/** Every chart in `selector` has marks, and each mark is bound to a datum. */
async function marksBoundToData(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(`${selector} svg[role=img]`, (svgs) => svgs.map((svg) => {
    const marks = [...svg.querySelectorAll('path.line, circle.point, circle.tried, path.equalService, path.equalBudget')];
    return marks.length > 0 && marks.every((m) => (m as unknown as { __data__?: unknown }).__data__ !== undefined) ? marks.length : 0;
  }));
}

describe('fair comparison view', () => {
  it('a volume sweep\'s link shows exactly the numbers of npm run sweep, with bands, breaking volumes and paired differences drawn', async () => {
    const page = await app.newPage();
    const url = `${app.url}#company=sme&orgs=funnel,coordinator&seed=2&lang=en&study=sweep;target:sla:0.7;volume:0.5:2:3;reps:3;hours:preset`;
    await runStudy(page, url);
    await page.screenshot({ path: join(SCREENSHOTS, 'study-sweep.png'), fullPage: true });
    const counts = await marksBoundToData(page, '[data-testid=sweep-charts]');
    expect(counts).toHaveLength(5);
    for (const n of counts) expect(n).toBeGreaterThan(0);

    const settings: SweepSettings = { company: 'sme', organisations: ['funnel', 'coordinator'], volumes: [0.5, 1, 2], replications: 3, seed: 2, horizonDays: 14, target: 'sla:0.7', baseline: 'funnel', hours: 'preset', currency: 'EUR' };
    const loaded = loadComparison('sme', settings.organisations, fileResolver, { seed: 2 });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const cli = finishSweep(settings, await runSweepCells(loaded.value, settings, { evaluator: inThreadEvaluator }));
    for (const o of cli.organisations) {
      expect(await page.getAttribute(`[data-testid=breaking-table] tr[data-org="${o.organisation}"]`, 'data-breaking')).toBe(String(o.breakingVolume ?? 'none'));
    }
    // The numbers behind the service-level chart, from its data table.
    await page.click('[data-testid=sweep-charts] figure:first-child [data-testid=figure-data] summary');
    await page.waitForSelector('[data-testid=sweep-charts] figure:first-child table.values tbody tr'); // the table is built when opened
    const cells = await page.$$eval('[data-testid=sweep-charts] figure:first-child table.values tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(cells.map((row) => row.slice(1))).toEqual(cli.organisations.map((o) => o.points.map((p) => formatEstimate(p.metrics['sla.attainment'], 'share'))));

    // The link holds the study: opened again, it gives the same numbers.
    expect(page.url()).toContain('study=sweep;target:sla:0.7;volume:0.5:2:3;reps:3');
    const again = await app.newPage();
    await runStudy(again, page.url());
    expect(await again.textContent('[data-testid=breaking-table]')).toBe(await page.textContent('[data-testid=breaking-table]'));
  }, 300_000);

  it('sizes each organisation to the target as npm run size does, says which cannot reach it and why, and draws the frontier', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await runStudy(page, `${app.url}#company=sme&orgs=funnel,coordinator&seed=1&lang=en&study=size;target:public:0.8;reps:5;hours:preset`);
    await page.screenshot({ path: join(SCREENSHOTS, 'study-size.png'), fullPage: true });
    const settings: SizingSettings = { company: 'sme', organisations: ['funnel', 'coordinator'], target: 'public:0.8', seed: 1, horizonDays: 14, replicating: { min: 4, max: 32 }, replications: 5, baseline: 'funnel', hours: 'preset', currency: 'EUR' };
    const loaded = loadComparison('sme', settings.organisations, fileResolver, { seed: 1 });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const cli = await runSizing(loaded.value, settings, { evaluator: inThreadEvaluator });
    for (const r of cli) {
      const row = `[data-testid=sizing-table] tr[data-org="${r.organisation}"]`;
      expect(await page.getAttribute(row, 'data-reachable')).toBe(String(r.reachable));
      if (r.reachable) {
        expect(await page.textContent(`${row} td[data-key="coverage.public"]`)).toBe(formatEstimate(r.metrics['coverage.public'], 'share'));
        expect(await page.textContent(`${row} td[data-key=fte]`)).toBe(formatEstimate(r.metrics['cost.fte'], 'number'));
      } else expect(await page.textContent(row)).toMatch(/unmonitored/);
      expect(await page.textContent(`[data-testid=budget-table] tr[data-org="${r.organisation}"] td[data-key="sla.attainment"]`)).toContain(formatEstimate(r.equalBudget.metrics['sla.attainment'], 'share'));
    }
    const counts = await marksBoundToData(page, '[data-testid=sizing-results]');
    expect(counts).toHaveLength(1);
    expect(counts[0]).toBeGreaterThan(2);
    expect(await page.$$eval('[data-testid=sizing-results] path.equalBudget', (m) => m.length)).toBe(2);
  }, 300_000);

  it('a study can be cancelled and keeps what it had; a bad target gets a clear message', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator,multi-team&seed=1&lang=en&study=sweep;target:sla:0.8;volume:0.25:4:9;reps:10;hours:preset`);
    await page.click('[data-testid=study-run]');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=study-progress] progress')?.getAttribute('value') ?? 0) >= 1, undefined, { timeout: 120_000 });
    await page.click('[data-testid=study-cancel]');
    await page.waitForSelector('[data-testid=study-progress][data-status=cancelled]', { timeout: 60_000 });
    const kept = await page.$$eval('[data-testid=sweep-charts] circle.point', (m) => m.length);
    expect(kept).toBeGreaterThan(0);
    await page.fill('[data-testid=study-target]', 'sla:1.5');
    await page.click('[data-testid=study-run]');
    expect(await page.textContent('[data-testid=study-problem]')).toMatch(/target level "1.5" must be a share above 0 and below 1/);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'study-phone.png'), fullPage: true });
  }, 300_000);
});
