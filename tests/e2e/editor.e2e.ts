/**
 * The drafts editor in a real browser: an organisation built from blank runs beside presets with
 * the numbers the command line gives on its exported file; a company entered from daily volumes
 * runs five organisations; drafts survive a reload; undo and redo; hostile files get a message
 * and leave the previous draft alone; a link carries a custom organisation to a fresh page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fileResolver, REPO_ROOT } from '../../src/cli/files';
import { formatEstimate } from '../../src/metrics/format';
import { runScenario } from '../../src/metrics/run-scenario';
import { scorecard } from '../../src/metrics/scorecard';
import { loadComparison } from '../../src/scenario/comparison';
import { loadCompany, loadScenario } from '../../src/scenario/load';
import { dailyVolumes } from '../../src/scenario/company-form';
import { SCREENSHOTS, startApp, type App } from './browser';

let app: App;
beforeAll(async () => { app = await startApp({ renderAll: true }); });
afterEach(async () => { await app?.closePages(); });
afterAll(async () => { await app?.close(); });

const dir = mkdtempSync(join(tmpdir(), 'cm-editor-e2e-'));

async function settled(page: Page) {
  await page.waitForSelector('[data-testid=scorecard]', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('progress') && !document.querySelector('main[data-pending]') && !document.body.hasAttribute('data-drawing'), undefined, { timeout: 60_000 });
}

/** Replaces the open draft's text as a user pasting it would. */
async function typeDraft(page: Page, text: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

async function openEditor(page: Page) {
  if (!(await page.locator('[data-testid=editor]').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('[data-testid=editor] summary');
}

/** A sixth model: a small CM team in front of the experts, committed referrals, answers posted by the experts. */
const SIXTH = `version: 1
kind: organisation
id: my-hub
name: { en: "My hub <b>bold</b>", fr: "Mon pivot <b>gras</b>" }
units:
  - { id: cm, function: customer_service, role: cm, headcount: 2, hours: extended, hourlyCost: 32, autonomy: 0.7 }
  - { id: experts, function: product, expertise: [product, sales, marketing], role: back, headcount: 3, hours: office, hourlyCost: 45, checkEveryMinutes: 60 }
routing:
  entry: { phone: cm, email: cm, social_public: cm, social_private: cm, forum: cm, direct: cm }
  referrals:
    - { from: cm, to: experts, commitment: committed, delay: 5, answer: direct }
`;

async function exportedScenario(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=draft-export-scenario]')]);
  return readFileSync(await download.path(), 'utf8');
}

/** Every scorecard cell of `org` on the page against the figures computed here for the same files. */
async function expectColumn(page: Page, orgs: string[], results: ReturnType<typeof runScenario>[], org: string) {
  const rows = scorecard(results);
  const i = orgs.indexOf(org);
  let compared = 0;
  for (const row of rows) {
    if (!row.cells[i]) continue;
    const shown = await page.textContent(`td[data-key="${row.headline.key}"][data-org="${org}"]`);
    expect(shown, `${row.headline.key} / ${org}`).toBe(formatEstimate(row.cells[i], row.headline.unit) + (row.best.includes(i) ? ' ★' : ''));
    compared++;
  }
  expect(compared).toBeGreaterThan(15);
}

describe('the drafts editor', () => {
  it('a sixth organisation built from blank runs beside two presets with the numbers of the CLI on its exported file; it survives a reload; undo and redo', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=3&lang=en`);
    await settled(page);
    await openEditor(page);
    await page.click('[data-testid=new-organisation]');
    await typeDraft(page, SIXTH);
    await page.waitForSelector('[data-draft="my-hub"] .badge.good');
    await page.check('[data-testid=compare-draft]');
    await page.waitForSelector('td[data-org="my-hub"]');
    await settled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-1440.png') });

    // The exported file, run by the command line, gives the figures on screen.
    const text = await exportedScenario(page);
    const file = join(dir, 'my-hub.scenario.yaml');
    writeFileSync(file, text);
    const cli = spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['src/cli/simulate.ts', file, '--quiet', '--out', join(dir, 'my-hub.json')], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(cli.status, cli.stderr).toBe(0);
    const exported = loadScenario(text, 'my-hub.scenario.yaml', fileResolver);
    if (!exported.ok) throw new Error(JSON.stringify(exported.issues));
    const mine = runScenario(exported.value);
    expect(JSON.parse(readFileSync(join(dir, 'my-hub.json'), 'utf8')).summary.metrics).toEqual(JSON.parse(JSON.stringify(mine.summary.metrics)));
    const presets = loadComparison('sme', ['funnel', 'coordinator'], fileResolver, { replications: 2, seed: 3 });
    if (!presets.ok) throw new Error(JSON.stringify(presets.issues));
    await expectColumn(page, ['funnel', 'coordinator', 'my-hub'], [...presets.value.map((s) => runScenario(s)), mine], 'my-hub');
    // The name is shown as text, never as markup.
    expect(await page.locator('main b').count()).toBe(0);
    expect(await page.textContent('[data-testid=scorecard]')).toContain('My hub <b>bold</b>');

    // Undo and redo across edits.
    await typeDraft(page, SIXTH.replace('headcount: 2,', 'headcount: 4,'));
    await page.waitForTimeout(800); // a pause: the next edit is a step of its own
    await page.click('[data-testid=undo]');
    await expect.poll(() => page.textContent('.cm-content')).toContain('headcount: 2,');
    await page.click('[data-testid=redo]');
    await expect.poll(() => page.textContent('.cm-content')).toContain('headcount: 4,');

    // A company draft too, then both are found after a reload.
    await page.click('[data-testid=new-company]');
    await page.waitForSelector('[data-draft="my-company"]');
    await page.waitForTimeout(500); // autosave waits for a pause
    await page.reload();
    await openEditor(page);
    await page.waitForSelector('[data-draft="my-hub"]');
    await page.waitForSelector('[data-draft="my-company"]');
    await page.click('[data-draft="my-hub"]');
    await expect.poll(() => page.textContent('.cm-content')).toContain('headcount: 4,');
  });

  it('completes keys and values from the JSON Schema, and explains a key under the pointer', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=1&seed=1&lang=en`);
    await settled(page);
    await openEditor(page);
    await page.click('[data-testid=new-organisation]');
    await page.locator('.cm-line', { hasText: 'hourlyCost: 30' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('checkE');
    // The option chosen is the one offered for what was typed.
    await page.waitForSelector('.cm-tooltip-autocomplete li[aria-selected=true]:has-text("checkEveryMinutes")');
    await page.waitForTimeout(200); // CodeMirror ignores keys in the first 75 ms of a list (a slip of the finger)
    await page.keyboard.press('Enter');
    await page.keyboard.type(': 30');
    await expect.poll(() => page.textContent('.cm-content')).toContain('checkEveryMinutes: 30');
    await page.locator('.cm-line', { hasText: 'role: front' }).locator('text=role').hover();
    await page.waitForSelector('.key-help');
    expect(await page.textContent('.key-help')).toMatch(/units\[\]\.role — What the unit is/);
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-hover.png') });

    // A problem is named in the chosen language, in the list and inline.
    await page.locator('.cm-line', { hasText: 'checkEveryMinutes: 30' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('oops: 1');
    await page.waitForSelector('[data-testid=draft-problems]');
    expect(await page.textContent('[data-testid=draft-problems]')).toContain('units[0].oops: unknown key "oops": remove it or check its spelling');
    await page.click('[data-testid=language]');
    await expect.poll(() => page.textContent('[data-testid=draft-problems]')).toContain('clé inconnue « oops » : supprimez-la ou vérifiez son orthographe');
  });

  it('a company entered from daily volumes compares five organisations', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,cosmetic-cm,coordinator,multi-team,expert-community&reps=1&seed=1&lang=en`);
    await settled(page);
    await openEditor(page);
    await page.click('[data-testid=new-company]');
    // A regional bank as a consultant enters it: 400 calls and 250 e-mails a day, e-mails answered within 4 hours.
    for (const [field, value] of [['per-day-phone', '400'], ['per-day-email', '250'], ['expected-email', '240']] as const) {
      await page.fill(`[data-testid=${field}]`, value);
      await page.press(`[data-testid=${field}]`, 'Enter');
      await expect.poll(() => page.inputValue(`[data-testid=${field}]`)).toBe(value);
    }
    await page.waitForSelector('[data-draft="my-company"] .badge.good');
    await page.click('[data-testid=use-company]');
    await expect.poll(() => page.inputValue('[data-testid=company]')).toBe('my-company');
    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=draft-export-yaml]')]);
    const text = readFileSync(await download.path(), 'utf8');
    const company = loadCompany(text, 'my-company.yaml');
    if (!company.ok) throw new Error(JSON.stringify(company.issues));
    expect(dailyVolumes(company.value).map((v) => [v.id, Math.round(v.perDay), v.expectedResponseMinutes])).toEqual([['phone', 400, 1], ['email', 250, 240]]);
    const orgs = ['funnel', 'cosmetic-cm', 'coordinator', 'multi-team', 'expert-community'];
    const loaded = loadComparison('my-company', orgs, (kind, id) => (kind === 'company' ? { file: 'my-company.yaml', text } : fileResolver(kind, id)), { replications: 1, seed: 1 });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const results = loaded.value.map((s) => runScenario(s));
    for (const org of ['funnel', 'expert-community']) await expectColumn(page, orgs, results, org);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid=company-form]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-390.png') });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('[data-testid=company-form]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-form-1440.png') });
  });

  it('hostile files each get a message naming the problem, and the previous draft survives', async () => {
    const page = await app.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=1&seed=1&lang=en`);
    await settled(page);
    await openEditor(page);
    await page.click('[data-testid=new-organisation]');
    await page.waitForSelector('[data-draft="my-organisation"]');
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, `version: 1\nkind: organisation\n${'# padding\n'.repeat(6_000_000)}`);
    const bomb = ['version: 1', 'kind: organisation', 'id: bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghijk'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghijk'[i]}`).join(',')}]`)].join('\n');
    const cases: [string, string | { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
      ['invalid YAML', { name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from('version: 1\nkind: organisation\nunits: [\n') }, /not valid YAML/],
      ['wrong version', { name: 'future.yaml', mimeType: 'text/yaml', buffer: Buffer.from('version: 9\nkind: organisation\nid: future\n') }, /format version 9, newer than this simulator/],
      ['60 MB', huge, /huge\.yaml" is 60\.\d MB; a scenario file may be at most 1\.0 MB\. Nothing was imported/],
      ['YAML bomb', { name: 'bomb.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bomb) }, /alias|Excessive/i],
      ['prototype keys', { name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"kind":"organisation","id":"proto","__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}') }, /unknown key "__proto__"/],
    ];
    for (const [what, file, message] of cases) {
      const before = await page.locator('[data-testid=drafts] li').count();
      await page.setInputFiles('[data-testid=import]', file);
      await page.waitForSelector('[data-testid=import-message]');
      const shown = `${await page.textContent('[data-testid=import-message]')} ${(await page.locator('[data-testid=draft-problems]').textContent().catch(() => '')) ?? ''}`;
      expect(shown, what).toMatch(message);
      // The earlier draft is still there, as it was.
      expect(await page.locator('[data-draft="my-organisation"]').count(), what).toBe(1);
      expect(await page.locator('[data-testid=drafts] li').count(), what).toBeGreaterThanOrEqual(before);
    }
    expect(await page.evaluate(() => ({}.constructor as unknown as { polluted?: number }).polluted ?? (Object.prototype as { polluted?: number }).polluted)).toBeUndefined();

    // Script and HTML in every text field: shown as text, never run.
    const script = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const hostile = `version: 1\nkind: organisation\nid: hostile\nname: ${JSON.stringify(script)}\ndescription: ${JSON.stringify(script)}\nunits:\n  - { id: team, name: ${JSON.stringify(script)}, label: "<i>x</i>", function: customer_service, role: front, headcount: 3 }\nrouting:\n  entry: { phone: team, email: team, social_public: team, social_private: team, forum: team, direct: team }\n`;
    await page.setInputFiles('[data-testid=import]', { name: 'hostile.yaml', mimeType: 'text/yaml', buffer: Buffer.from(hostile) });
    await page.waitForSelector('[data-draft="hostile"] .badge.good');
    await page.check('[data-testid=compare-draft]');
    await page.waitForSelector('td[data-org="hostile"]');
    await settled(page);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script, main i').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.textContent('[data-testid=scorecard]')).toContain('<img src=x');
  });

  it('a link carries a custom organisation to a fresh page with the same numbers; a damaged one opens with a message', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=2&seed=5&lang=en`);
    await settled(page);
    await openEditor(page);
    await page.click('[data-testid=new-organisation]');
    await typeDraft(page, SIXTH);
    await page.waitForSelector('[data-draft="my-hub"] .badge.good');
    await page.check('[data-testid=compare-draft]');
    await page.waitForSelector('td[data-org="my-hub"]');
    await settled(page);
    await expect.poll(() => page.url()).toContain('drafts=');
    const link = page.url();

    const fresh = await app.newPage(); // a new browser context: no saved drafts
    await fresh.goto(link);
    await settled(fresh);
    await fresh.waitForSelector('td[data-org="my-hub"]');
    expect(await fresh.textContent('[data-testid=scorecard]')).toBe(await page.textContent('[data-testid=scorecard]'));

    const damaged = await app.newPage();
    await damaged.goto(link.replace(/drafts=([^&]{20})[^&]*/, 'drafts=$1'));
    await damaged.waitForSelector('[data-testid=link-problems]');
    expect(await damaged.textContent('[data-testid=link-problems]')).toMatch(/could not be read .* your own drafts and the last good settings were kept/);
    await settled(damaged);
    expect(await damaged.locator('td[data-org="funnel"]').count()).toBeGreaterThan(0);
  });
});
