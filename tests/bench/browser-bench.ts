/**
 * The app's speed in headless Chromium (part of `npm run bench`, not a test): medians of repeated
 * runs of (a) lever change → first complete picture (one replication per organisation, charts
 * drawn) for the SME and the five baseline organisations, (b) the full 10-replication comparison,
 * (c) the same for the 45,000-person group, (d) the longest main-thread task during runs, and
 * (e) the production bundle size gzipped. The app records `cmsim:*` performance marks.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/cli/files';
import { startApp } from '../e2e/browser';

const ORGS = 'funnel,coordinator,single-team-support,multi-team,expert-community';
const ROUNDS = 9;
const TARGETS = { firstPicture: 300, full: 3000, group: 30000, longTask: 50, bundleKb: 350 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds between the last two marks of those names (waits for the second). */
async function between(page: Page, from: string, to: string, timeout = 120_000): Promise<number> {
  await page.waitForFunction(([a, b]) => {
    const start = performance.getEntriesByName(a!).at(-1);
    const end = performance.getEntriesByName(b!).at(-1);
    return !!start && !!end && end.startTime >= start.startTime;
  }, [from, to], { timeout });
  return page.evaluate(([a, b]) => performance.getEntriesByName(b!).at(-1)!.startTime - performance.getEntriesByName(a!).at(-1)!.startTime, [from, to]);
}

async function main(): Promise<void> {
  console.log('\nBrowser benchmark (headless Chromium, production build)');
  execSync('npx vite build --logLevel warn', { cwd: REPO_ROOT, stdio: 'inherit' });
  const assets = join(REPO_ROOT, 'dist/assets');
  const gz = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f)).reduce((s, f) => s + gzipSync(readFileSync(join(assets, f))).length, 0) / 1024;

  const app = await startApp();
  try {
    const page = await app.newPage();
    // Long tasks once a run has started (loading the page is not part of a run).
    await page.addInitScript(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        const start = performance.getEntriesByName('cmsim:run-start')[0]?.startTime ?? Infinity;
        for (const e of list.getEntries()) if (e.startTime >= start) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const longestTask = () => page.evaluate(() => (window as unknown as { longest: number }).longest);
    await page.goto(`${app.url}#company=sme&orgs=${ORGS}&reps=10&seed=1`);
    await between(page, 'cmsim:run-start', 'cmsim:run-done');
    // Untimed first run above warms the worker code; then lever changes, alternating values.
    const firstPicture: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await page.evaluate((value) => {
        performance.mark('cmsim:lever');
        const input = document.querySelector<HTMLInputElement>('[data-testid=lever-volume]')!;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, String(i % 2 === 0 ? 1.25 : 1));
      firstPicture.push(await between(page, 'cmsim:lever', 'cmsim:first-picture'));
      full.push(await between(page, 'cmsim:run-start', 'cmsim:run-done'));
    }
    const longestSme = await longestTask();
    await page.goto(`${app.url}#company=group&orgs=${ORGS}&reps=10&seed=1`);
    await page.reload();
    const group = await between(page, 'cmsim:run-start', 'cmsim:run-done', 300_000);
    const longest = Math.max(longestSme, await longestTask());

    const row = (label: string, value: number, target: number, unit: string) =>
      console.log(`  ${label.padEnd(62)}${value.toFixed(0).padStart(8)} ${unit}  (target < ${target} ${unit}) ${value < target ? 'MET' : 'MISSED'}`);
    row(`(a) lever → first complete picture, median of ${ROUNDS} (one change: no debounce)`, median(firstPicture), TARGETS.firstPicture, 'ms');
    row(`(b) full 10-replication comparison, SME, 5 organisations, median of ${ROUNDS}`, median(full), TARGETS.full, 'ms');
    row('(c) full 10-replication comparison, 45,000-person group, 5 organisations', group, TARGETS.group, 'ms');
    row('(d) longest main-thread task during the runs (0: none over 50 ms)', longest, TARGETS.longTask, 'ms');
    row('(e) production bundle, all scripts and styles, gzipped', gz, TARGETS.bundleKb, 'KB');
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  console.error(`browser bench: ${(e as Error).message}`);
  process.exitCode = 2;
});
