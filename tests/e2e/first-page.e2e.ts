/**
 * The first page in a real browser: pick a scenario, run it in the worker, see the same numbers as
 * the command line for the same seed, and cancel a long run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatEstimate } from '../../src/metrics/format';
import { HEADLINES } from '../../src/metrics/headlines';
import { runScenario } from '../../src/metrics/run-scenario';
import { loadFile, scenarioPath } from '../helpers/scenarios';
import { SCREENSHOTS, startApp, type App } from './browser';

let app: App;
beforeAll(async () => { app = await startApp(); });
afterAll(async () => { await app?.close(); });

describe('first page', () => {
  it('runs the funnel in the worker and shows exactly the numbers the CLI computes', async () => {
    const page = await app.newPage();
    await page.goto(app.url);
    await page.selectOption('[data-testid=scenario]', 'scenarios/organisations/funnel.yaml');
    await page.fill('[data-testid=replications]', '3');
    await page.fill('[data-testid=seed]', '4');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=results]', { timeout: 60_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'first-page-results.png'), fullPage: true });

    const expected = runScenario(loadFile(scenarioPath('organisations/funnel.yaml'), { replications: 3, seed: 4 })).summary.metrics;
    let compared = 0;
    for (const h of HEADLINES) {
      if (!expected[h.key]) continue;
      const shown = await page.textContent(`[data-key="${h.key}"]`);
      expect(shown, h.key).toBe(formatEstimate(expected[h.key], h.unit));
      compared++;
    }
    expect(compared).toBeGreaterThan(15);
  });

  it('shows progress and can cancel a long run, staying usable', async () => {
    const page = await app.newPage();
    await page.goto(app.url);
    await page.selectOption('[data-testid=scenario]', 'scenarios/mmc-erlang.yaml');
    await page.fill('[data-testid=replications]', '100');
    await page.click('[data-testid=run]');
    await page.waitForSelector('progress');
    await page.click('[data-testid=cancel]');
    await expect.poll(() => page.locator('progress').count()).toBe(0);
    await page.fill('[data-testid=replications]', '1');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=results]', { timeout: 60_000 });
  });
});
