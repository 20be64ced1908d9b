/**
 * The fair-comparison studies' speed in headless Chromium (part of `npm run bench`, not a test),
 * from one run each: sizing the SME's five baseline organisations to sla:0.8 (time to the first
 * answer — the queueing estimate — and to the end), and a 9-point volume sweep of five
 * organisations with 5 replications on the SME and on the bank; with the replications each needed.
 * Uses the production build that the browser benchmark made (dist/).
 */
import type { Page } from 'playwright-core';
import { startApp } from '../e2e/browser';

const ORGS = 'funnel,cosmetic-cm,coordinator,multi-team,expert-community';
const TARGETS = { sizeFirst: 3_000, size: 15_000, sweepSme: 10_000, sweepBank: 60_000 };

async function timed(page: Page, url: string): Promise<{ first: number; end: number; simulated: number }> {
  await page.goto(url);
  await page.click('[data-testid=study-run]');
  const done = await page.waitForSelector('[data-testid=study-progress][data-status=done]', { timeout: 900_000 });
  const read = async (name: string) => Number(await done.getAttribute(name));
  return { first: await read('data-first-ms'), end: await read('data-end-ms'), simulated: await read('data-simulated') };
}

async function main(): Promise<void> {
  console.log('\nStudy benchmark (headless Chromium, production build; one run each)');
  const app = await startApp();
  try {
    const page = await app.newPage();
    const row = (label: string, ms: number, target: number, extra = '') =>
      console.log(`  ${label.padEnd(62)}${(ms / 1000).toFixed(1).padStart(7)} s  (target < ${target / 1000} s) ${ms < target ? 'MET' : 'MISSED'}${extra}`);
    const size = await timed(page, `${app.url}#company=sme&orgs=${ORGS}&seed=1&study=size;target:sla:0.8;reps:5;hours:preset`);
    row('(f) size the SME\'s 5 baseline organisations to sla:0.8: first answer', size.first, TARGETS.sizeFirst);
    row('    …to the end', size.end, TARGETS.size, `; ${size.simulated} replications simulated by the searches`);
    const sme = await timed(page, `${app.url}#company=sme&orgs=${ORGS}&seed=1&study=sweep;target:sla:0.8;volume:0.25:4:9;reps:5;hours:preset`);
    row('(g) volume sweep, SME, 9 points × 5 organisations × 5 replications', sme.end, TARGETS.sweepSme, `; ${sme.simulated} replications`);
    const bank = await timed(page, `${app.url}#company=bank&orgs=${ORGS}&seed=1&study=sweep;target:sla:0.8;volume:0.25:4:9;reps:5;hours:preset`);
    row('(h) volume sweep, bank, 9 points × 5 organisations × 5 replications', bank.end, TARGETS.sweepBank, `; ${bank.simulated} replications`);
  } finally {
    await app.close();
  }
}

void main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
