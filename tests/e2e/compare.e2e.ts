/**
 * The compare view in a real browser: a shared link runs in the worker and shows exactly the
 * numbers the CLI computes; charts have marks bound to data; a malformed link gets a clear message
 * and the app stays usable; a long run can be cancelled.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileResolver } from '../../src/cli/files';
import { formatEstimate } from '../../src/metrics/format';
import { runScenario } from '../../src/metrics/run-scenario';
import { runWithReplay } from '../../src/metrics/replay';
import { frameAt, MOVE_SECONDS } from '../../src/charts/replay';
import { scorecard } from '../../src/metrics/scorecard';
import { loadComparison } from '../../src/scenario/comparison';
import { NEUTRAL_LEVERS } from '../../src/scenario/levers';
import { SCREENSHOTS, settled, startApp, type App } from './browser';

let app: App;
beforeAll(async () => { app = await startApp({ renderAll: true }); });
afterEach(async () => { await app?.closePages(); });
afterAll(async () => { await app?.close(); });


describe('compare view', () => {
  it('a shared link reproduces exactly the numbers of npm run compare', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator,expert-community&reps=3&seed=4&lang=en`);
    await settled(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'compare.png'), fullPage: true });

    const loaded = loadComparison('sme', ['funnel', 'coordinator', 'expert-community'], fileResolver, { replications: 3, seed: 4 });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const rows = scorecard(loaded.value.map((s) => runScenario(s)));
    let compared = 0;
    for (const row of rows) {
      for (const [i, org] of ['funnel', 'coordinator', 'expert-community'].entries()) {
        if (!row.cells[i]) continue;
        const shown = await page.textContent(`td[data-key="${row.headline.key}"][data-org="${org}"]`);
        expect(shown, `${row.headline.key} / ${org}`).toBe(formatEstimate(row.cells[i], row.headline.unit) + (row.best.includes(i) ? ' ★' : ''));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(45);

    // The same link opened again gives the same numbers.
    const again = await app.newPage();
    await again.goto(page.url());
    await settled(again);
    expect(await again.textContent('[data-testid=scorecard]')).toBe(await page.textContent('[data-testid=scorecard]'));
  });

  it('draws one bar per channel in each small multiple, bound to data', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=1`);
    await settled(page);
    const bars = await page.$$eval('[data-testid=coverage-by-channel] svg', (svgs) =>
      svgs.map((svg) => [...svg.querySelectorAll('rect.value')].map((r) => Number(r.getAttribute('width')))),
    );
    expect(bars).toHaveLength(2);
    for (const widths of bars) {
      expect(widths).toHaveLength(4); // phone, e-mail, Facebook page, private messages
      expect(widths.some((w) => w > 10)).toBe(true);
    }
    // The funnel leaves private messages unanswered; the coordinator answers them.
    // Hovering a bar's row with the mouse shows its exact value.
    const hovered: string[] = [];
    for (const label of await page.locator('[data-testid=coverage-by-channel] g.bar text.label').all()) {
      await label.hover();
      hovered.push((await page.locator('.hover-tip').textContent()) ?? '');
    }
    expect(hovered).toHaveLength(8);
    expect(hovered.some((t) => /^Private messages: 0% ± 0%$/.test(t))).toBe(true);
    expect(hovered.filter((t) => /^Phone: \d+% ± \d+%$/.test(t))).toHaveLength(2);
    await page.mouse.move(0, 0);
    await expect.poll(() => page.locator('.hover-tip').isHidden()).toBe(true);
    // And by intent: one bar per intent that occurs in the same run from the command line (the
    // bad-buzz intent only when an episode started).
    const intents = await page.$$eval('[data-testid=coverage-by-intent] svg', (svgs) => svgs.map((svg) => svg.querySelectorAll('rect.value').length));
    const loaded = loadComparison('sme', ['funnel', 'coordinator'], fileResolver, { replications: 2, seed: 1 });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const occurring = loaded.value.map((s) => Object.keys(runScenario(s).summary.metrics).filter((k) => /^intent\.[^.]+\.answered$/.test(k)).length);
    expect(occurring.every((n) => n >= 4)).toBe(true);
    expect(intents).toEqual(occurring);
    // Each figure's data, as a table, says the same as its bars.
    for (const details of await page.$$('[data-testid=coverage-by-channel] [data-testid=figure-data]')) await details.click();
    const table = await page.$$eval('[data-testid=coverage-by-channel] [data-testid=figure-data] tbody tr', (rows) => rows.map((r) => r.textContent));
    expect(table).toContain('Private messages0.0%± 0.0%');
  });

  it('a link pasted into the open page replaces the comparison, leaving out what it does not say', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=3&levers=volume:2`);
    await settled(page);
    await page.evaluate(() => { window.location.hash = '#company=bank&orgs=funnel&reps=1&seed=9&lang=fr'; });
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fr');
    await settled(page);
    expect(await page.locator('[data-testid=scorecard] thead th').count()).toBe(2); // figure + 1 organisation
    expect(page.url()).toMatch(/company=bank/);
    expect(page.url()).not.toMatch(/levers=/); // not in the pasted link: back to neutral
  });

  it('a malformed link gets a clear message and the app still runs', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=%3Cscript%3E&reps=zero&orgs=funnel,coordinator&what=1`);
    const alert = await page.waitForSelector('[data-testid=link-problems]');
    const text = await alert.textContent();
    expect(text).toMatch(/"company" in the link must be a company id/);
    expect(text).toMatch(/"reps" in the link must be a whole number from 1 to 100/);
    expect(text).toMatch(/unknown link parameter "what"/);
    await settled(page);
    expect(await page.locator('[data-testid=scorecard] thead th').count()).toBe(3); // figure + 2 organisations
    await page.screenshot({ path: join(SCREENSHOTS, 'malformed-link.png'), fullPage: true });

    // Ids the app does not have are named and left out; the rest of the link is used.
    const other = await app.newPage();
    await other.goto(`${app.url}#company=nope&orgs=funnel,,zzz`);
    const problems = await (await other.waitForSelector('[data-testid=link-problems]')).textContent();
    expect(problems).toMatch(/there is no company "nope"/);
    expect(problems).toMatch(/there is no organisation "zzz"; it was left out/);
    await settled(other);
    expect(other.url()).toMatch(/orgs=funnel(&|$)/);
    expect(await other.locator('[data-testid=scorecard] thead th').count()).toBe(2);

    // Ticking another organisation re-runs by itself: the screen never shows other settings' results.
    await other.locator('[data-testid=organisations] input[value=coordinator]').check();
    await expect.poll(() => other.locator('[data-testid=scorecard] thead th').count(), { timeout: 30_000 }).toBe(3);
  });

  it('shows progress and can cancel a long run, staying usable', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=group&orgs=funnel,coordinator&reps=100&seed=1`);
    await page.waitForSelector('progress');
    await page.click('[data-testid=cancel]');
    await expect.poll(() => page.locator('progress').count()).toBe(0);
    // Cancelled before or after its first picture, the page says so (and what the figures rest on).
    expect(await page.locator('[data-testid=cancelled]').textContent()).toMatch(/^Cancelled/);
    await page.fill('[data-testid=replications]', '1');
    await page.press('[data-testid=replications]', 'Enter'); // a typed number counts once committed
    await page.selectOption('[data-testid=company]', 'sme');
    await page.click('[data-testid=run]');
    await settled(page);
    expect(page.url()).toMatch(/company=sme/);
    expect(page.url()).toMatch(/reps=1\b/);
  });

  it('after a cancelled run, says the figures are for the earlier settings, and exports those', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=5&lang=en`);
    await settled(page);
    expect(await page.locator('[data-testid=stale]').count()).toBe(0);
    await page.fill('[data-testid=replications]', '100');
    await page.press('[data-testid=replications]', 'Enter'); // a typed number counts once committed
    await page.selectOption('[data-testid=company]', 'group');
    await page.waitForSelector('[data-testid=cancel]');
    await page.click('[data-testid=cancel]');
    const notice = page.locator('[data-testid=stale]');
    await expect.poll(() => notice.count()).toBe(1);
    // On a slow machine the run started by typing 100 may show its first replication before the
    // company changes: the figures are then SME's with one replication, still not the controls' group.
    const said = (await notice.textContent())!.match(/previous settings.*SME \(40 people\).*(one replication|(\d+) replications); seed 5/);
    expect(said).not.toBeNull();
    const shown = said![2] === undefined ? 1 : Number(said![2]);
    expect(await page.locator('main[data-outdated]').count()).toBe(1); // the charts are dimmed
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
    const json = JSON.parse((await import('node:fs')).readFileSync(await download.path(), 'utf8'));
    expect([json.company, json.replications]).toEqual(['sme', shown]); // what the figures are, not what the controls say
    await notice.locator('button').click(); // run with the current settings
    await page.waitForSelector('[data-testid=cancel]');
    await page.click('[data-testid=cancel]');
    await page.fill('[data-testid=replications]', '1');
    await page.press('[data-testid=replications]', 'Enter'); // a typed number counts once committed
    await page.click('[data-testid=run]');
    await settled(page);
    expect(await page.locator('[data-testid=stale]').count()).toBe(0);
    expect(await page.locator('main[data-outdated]').count()).toBe(0);
  });

  it('orders the organisations by a clicked figure, and the link keeps the order', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator,expert-community&reps=2&seed=3&lang=en`);
    await settled(page);
    const costs = async () => page.$$eval('[data-testid=scorecard] td[data-key="cost.perResolved"]', (cells) => cells.map((c) => Number((c.textContent ?? '').split('±')[0]!.replace(/[^\d.]/g, ''))));
    const heads = () => page.$$eval('[data-testid=scorecard] thead th', (ths) => ths.slice(1).map((th) => th.textContent));
    await page.locator('[data-testid=scorecard] tr', { hasText: 'cost per resolved message' }).locator('button').click();
    const sorted = await costs();
    expect(sorted).toEqual([...sorted].sort((a, b) => a - b)); // cheapest first
    expect(page.url()).toMatch(/sort=cost\.perResolved/);
    // Screen readers hear which row orders the columns, and which way.
    const sortedHeader = page.locator('[data-testid=scorecard] th[aria-sort]');
    expect(await sortedHeader.count()).toBe(1);
    expect([await sortedHeader.getAttribute('aria-sort'), await sortedHeader.textContent()]).toEqual(['ascending', 'cost per resolved message (EUR)']);
    const order = await heads();
    await page.reload();
    await settled(page);
    expect(await heads()).toEqual(order);
  });

  it('compares an organisation named twice in a link once, and says when no more can be added', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,funnel,coordinator&reps=1&seed=1`);
    await settled(page);
    expect(await page.locator('[data-testid=scorecard] thead th').count()).toBe(3); // the figure column and two organisations
    expect(page.url()).toMatch(/orgs=funnel,coordinator(&|$)/);
    // The groups other than the funnel and the placements are folded: open them all.
    for (const summary of await page.locator('[data-testid=organisations] details.group summary').all()) await summary.click();
    const boxes = page.locator('[data-testid=organisations] input[type=checkbox]');
    const total = await boxes.count();
    for (let i = 0; i < total && (await page.locator('[data-testid=organisations] input:checked').count()) < 12; i++) {
      if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).check();
    }
    expect(await page.locator('[data-testid=organisations-full]').textContent()).toMatch(/At most 12 organisations/);
    expect(await page.locator('[data-testid=organisations] input:not(:checked):not(:disabled)').count()).toBe(0);
  });
});

describe('charts', () => {
  it('draw latency curves and load over time for every organisation, bound to data', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator,expert-community&reps=2&seed=2`);
    await settled(page);
    const curves = await page.$$eval('[data-testid=latency] svg', (svgs) => svgs.map((s) => s.querySelectorAll('path.curve').length));
    expect(curves).toEqual([2, 2, 2]);
    const paths = await page.$$eval('[data-testid=latency] path.curve', (ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    for (const d of paths) expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){10,}/); // real points, no NaN
    // One step per hourly sample over the 16 days run (2 of warm-up, 14 measured), bound to the arrivals series.
    const steps = await page.$$eval('[data-testid=load] path.arrivals', (paths) => paths.map((p) => [(p as unknown as { __data__: number[] }).__data__.length, (p.getAttribute('d') ?? '').split('L').length]));
    for (const [samples, segments] of steps) {
      expect(samples).toBe(384);
      expect(segments).toBeGreaterThan(2 * 384); // a horizontal and a vertical segment per step
    }
    expect(steps).toHaveLength(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'charts.png'), fullPage: true });
  });
});

describe('org diagrams', () => {
  it('replay the first replication on a shared clock: dots where the simulation put them, at any speed', async () => {
    const orgs = ['funnel', 'expert-community'];
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=${orgs.join(',')}&reps=2&seed=3`);
    await settled(page);
    await page.locator('[data-testid=diagrams]').scrollIntoViewIfNeeded(); // frames are drawn while on screen
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=diagrams] canvas.dots')].some((c) => (c as unknown as { frame?: unknown }).frame));
    const loaded = loadComparison('sme', orgs, fileResolver, { replications: 2, seed: 3 });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const replays = loaded.value.map((s) => runWithReplay(s, 0).replay);

    // Nodes are bound to the organisation's units.
    const units = await page.$$eval('[data-testid=diagrams] svg', (svgs) => svgs.map((svg) => [...svg.querySelectorAll('g.unit')].map((g) => (g as unknown as { __data__: { id: string } }).__data__.id)));
    expect(units).toEqual(replays.map((r) => r.units.map((u) => u.id)));

    // Paused at Tuesday 10:00 of the replayed week, every dot is where the CLI's run puts it.
    // It plays on arrival (unless it has already reached the end): pause it.
    if ((await page.textContent('[data-testid=replay-play]')) === 'Pause') await page.click('[data-testid=replay-play]');
    expect(await page.textContent('[data-testid=replay-play]')).toBe('Play');
    const minute = replays[0]!.start + 1440 + 600;
    await page.locator('[data-testid=replay-time]').fill(String(minute));
    expect(await page.textContent('[data-testid=replay-clock]')).toBe('Tue 10:00');
    const speed = Number(await page.inputValue('[data-testid=replay-speed]'));
    const shown = () => page.$$eval('[data-testid=diagrams] canvas.dots', (canvases) => canvases.map((c) => JSON.stringify((c as unknown as { frame: unknown }).frame)));
    const expected = replays.map((replay) => frameAt(replay, minute, MOVE_SECONDS * speed));
    await expect.poll(shown).toEqual(expected.map((f) => JSON.stringify(f)));
    for (const f of expected) expect(f.dots.length).toBeGreaterThan(3);
    // The canvas has dots painted on it, not an empty box.
    const painted = await page.$$eval('[data-testid=diagrams] canvas.dots', (canvases) => canvases.map((c) => {
      const data = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
      let n = 0;
      for (let k = 3; k < data.length; k += 4) if (data[k]! > 0) n++;
      return n;
    }));
    for (const n of painted) expect(n).toBeGreaterThan(50);
    await page.locator('[data-testid=diagrams]').screenshot({ path: join(SCREENSHOTS, 'diagrams.png') });

    // Playing moves the clock on; pausing holds it.
    await page.selectOption('[data-testid=replay-speed]', '60');
    await page.click('[data-testid=replay-play]');
    await page.waitForFunction(() => document.querySelector('[data-testid=replay-clock]')?.textContent !== 'Tue 10:00');
    await page.click('[data-testid=replay-play]');
    const held = await page.textContent('[data-testid=replay-clock]');
    expect(held).toMatch(/^(Tue|Wed) \d\d:\d\d$/);
    await page.waitForTimeout(400);
    expect(await page.textContent('[data-testid=replay-clock]')).toBe(held);
    const label = await page.getAttribute('[data-testid=diagrams] svg', 'aria-label');
    expect(label).toMatch(/^Over the replay, \d+ messages arrived/);
  });
});

describe('languages', () => {
  it('switches to French and back, keeps it in the link, and shows the same numbers', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=3&lang=en`);
    await settled(page);
    const numbers = await page.$$eval('[data-testid=scorecard] td', (tds) => tds.map((td) => td.textContent));
    await page.click('[data-testid=language]');
    await expect.poll(() => page.textContent('h1')).toBe('Simulateur d’organisation du CM');
    expect(await page.textContent('[data-testid=scorecard] tbody')).toMatch(/première réponse dans le délai attendu/);
    expect(await page.textContent('[data-testid=scorecard] thead')).toMatch(/Entonnoir relationnel/); // preset names are bilingual
    expect(await page.title()).toBe('Simulateur d’organisation du CM'); // the tab too
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(page.url()).toMatch(/lang=fr/);
    // The same numbers, written the French way: 12,3 % and 3,46 min.
    const french = await page.$$eval('[data-testid=scorecard] td', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(french.some((c) => /\d,\d+\u202f%/.test(c))).toBe(true);
    const asEnglish = (c: string) => c.replace(/[\u202f\u00a0]/g, '').replace(/,/g, '.').replace(/ j\b/g, ' d');
    expect(french.map(asEnglish)).toEqual(numbers.map((c) => (c ?? '').replace(/,/g, '')));
    await page.screenshot({ path: join(SCREENSHOTS, 'french.png'), fullPage: false });
    // Units have a short French label on the charts and their French name in tables and on hover.
    expect(await page.$$eval('[data-testid=diagrams] g.unit text', (ts) => ts.map((t) => t.textContent))).toContain('resp. clients');
    expect(await page.$$eval('[data-testid=flows] .node text', (ts) => ts.map((t) => t.textContent))).toContain('accueil');
    await page.locator('[data-testid=diagrams] [data-testid=figure-data] summary').first().click();
    expect(await page.textContent('[data-testid=diagrams] table.values')).toMatch(/Service clients \(accueil\)/);
    await page.locator('[data-testid=diagrams] g.unit').first().hover();
    expect(await page.textContent('.hover-tip')).toMatch(/^Service clients \(accueil\) ?: /);

    const reloaded = await app.newPage();
    await reloaded.goto(page.url());
    await settled(reloaded);
    expect(await reloaded.textContent('h1')).toBe('Simulateur d’organisation du CM');
    expect(await reloaded.$$eval('[data-testid=scorecard] td', (tds) => tds.map((td) => td.textContent))).toEqual(french);
    await reloaded.click('[data-testid=language]');
    await expect.poll(() => reloaded.textContent('h1')).toBe('CM org simulator');
  });
});

describe('explore', () => {
  it('moving a slider re-runs the comparison, changes the scorecard, and the link reproduces it like the CLI', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=5`);
    await settled(page);
    const before = await page.textContent('td[data-key="sla.attainment"][data-org="coordinator"]');
    await page.locator('[data-testid=lever-volume]').fill('3');
    await expect.poll(() => page.url()).toMatch(/levers=volume:3/);
    // While the new run goes, the last picture stays on screen (no blank page, no jump).
    await page.waitForFunction(() => document.querySelector('progress') || !document.querySelector('main[data-pending]'));
    expect(await page.locator('[data-testid=latency] svg').count()).toBe(2);
    expect(await page.locator('[data-testid=diagrams] canvas.dots').count()).toBe(2);
    await page.waitForFunction((b) => document.querySelector('td[data-key="sla.attainment"][data-org="coordinator"]')?.textContent !== b, before, { timeout: 60_000 });
    await settled(page);
    const after = await page.textContent('td[data-key="sla.attainment"][data-org="coordinator"]');
    expect(after).not.toBe(before);

    // The CLI with the same levers computes the same figure.
    const loaded = loadComparison('sme', ['funnel', 'coordinator'], fileResolver, { replications: 2, seed: 5 }, { ...NEUTRAL_LEVERS, volume: 3 });
    if (!loaded.ok) throw new Error('comparison did not load');
    const rows = scorecard(loaded.value.map((s) => runScenario(s)));
    const sla = rows.find((r) => r.headline.key === 'sla.attainment')!;
    expect(after).toBe(formatEstimate(sla.cells[1], 'share') + (sla.best.includes(1) ? ' ★' : ''));
    await page.screenshot({ path: join(SCREENSHOTS, 'explore.png'), fullPage: false });
  });

  it('switching the crisis on shows bad buzz in the funnel', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=2&seed=5&levers=crisis:1`);
    await settled(page);
    expect(await page.isChecked('[data-testid=lever-crisis]')).toBe(true);
    const episodes = await page.textContent('td[data-key="quality.badBuzzEpisodes"][data-org="funnel"]');
    expect(Number(episodes!.split(' ')[0])).toBeGreaterThanOrEqual(1);
  });
});

describe('flows', () => {
  it('redraws the Sankeys off screen without crashing the page (labels are not measured)', async () => {
    // Measuring label text in a view the browser skips (content-visibility) crashed Chromium's
    // renderer on a redraw: 3 times in 5 after unticking an organisation under a link notice.
    const plain = await startApp(); // views off screen are skipped here, as for a user
    try {
      for (let k = 0; k < 3; k++) {
        const page = await plain.newPage();
        await page.setViewportSize({ width: 1280, height: 720 });
        let crashed = false;
        page.on('crash', () => { crashed = true; });
        await page.goto(`${plain.url}#company=sme&orgs=funnel,coordinator,nope&reps=2&seed=3&lang=en`);
        await page.waitForTimeout(2_500); // the first picture drawn, its run perhaps still refining
        await page.getByRole('checkbox', { name: '1. CM as coordinator of all functions', exact: true }).uncheck();
        await settled(page);
        await page.waitForTimeout(1_000);
        expect(crashed).toBe(false);
        expect(await page.locator('[data-testid=scorecard] thead th').count()).toBe(2);
      }
    } finally {
      await plain.close();
    }
  });

  it('draws a Sankey per organisation whose flows are bound to data and conserve messages', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=6`);
    await settled(page);
    const counts = await page.$$eval('[data-testid=flows] svg', (svgs) => svgs.map((s) => s.querySelectorAll('path.flow').length));
    expect(counts).toHaveLength(2);
    for (const n of counts) expect(n).toBeGreaterThan(15);
    const d = await page.$$eval('[data-testid=flows] path.flow', (ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    expect(d.every((x) => x.length > 10 && !x.includes('NaN'))).toBe(true);
    // The funnel leaves private messages to nobody: a flow into "nobody" exists there only.
    // Each flow's hover text (the pointer put on each path in turn: they overlap on screen).
    const titles = await page.$$eval('[data-testid=flows] svg', (svgs) => svgs.map((s) => [...s.querySelectorAll('path.flow')].map((p) => {
      p.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 100, clientY: 100 }));
      return document.querySelector('.hover-tip')?.textContent ?? '';
    })));
    expect(titles[0]!.some((t) => t.startsWith('Private messages → nobody'))).toBe(true);
    expect(titles[1]!.some((t) => t.startsWith('Private messages → nobody'))).toBe(false);
    // No label runs into the next column's bars: a long one is cut with an ellipsis.
    const overruns = await page.$$eval('[data-testid=flows] svg', (svgs) => svgs.flatMap((s) => {
      const bars = [...s.querySelectorAll('.node rect')].map((r) => Number(r.getAttribute('x')));
      return [...s.querySelectorAll<SVGTextElement>('.node text')].filter((t) => t.textContent).flatMap((t) => {
        const box = t.getBBox();
        const next = Math.min(...bars.filter((x) => x > box.x));
        return box.x + box.width > next ? [t.textContent] : [];
      });
    }));
    expect(overruns).toEqual([]);
    expect((await page.$$eval('[data-testid=flows] .node text', (ts) => ts.map((t) => t.textContent ?? ''))).some((t) => t.endsWith('…'))).toBe(true);
    await page.locator('[data-testid=flows]').screenshot({ path: join(SCREENSHOTS, 'flows.png') });
  });
});

describe('exports', () => {
  it('saves the figures as CSV, the results as JSON, and each chart as SVG and PNG', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=7`);
    await settled(page);
    const save = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: (await import('node:fs')).readFileSync(path) };
    };
    const csv = await save('[data-testid=export-csv]');
    expect(csv.name).toMatch(/^sme-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csv.bytes.toString('utf8').replace('\uFEFF', '').trim().split('\r\n');
    expect(rows).toContain('Seed,7');
    expect(rows).toContain('Figure,Organisation,Mean,95% CI (±),Unit,Replications,Metric key,Organisation id');
    expect(rows.some((r) => /^first response within expected time \(SLA\),Relational funnel,[\d.]+,[\d.]+,%,2,sla\.attainment,funnel$/.test(r))).toBe(true);
    expect(rows.some((r) => r.startsWith('cost per resolved message (EUR),1. CM as coordinator of all functions,'))).toBe(true);

    const json = JSON.parse((await save('[data-testid=export-json]')).bytes.toString('utf8'));
    expect(json.company).toBe('sme');
    expect(json.organisations.map((o: { organisation: string }) => o.organisation)).toEqual(['funnel', 'coordinator']);

    const svg = await save('[data-testid=flows] [data-testid=export-svg]');
    expect(svg.name).toMatch(/^sme-flows-relational-funnel-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((text.match(/<path/g) ?? []).length).toBeGreaterThan(15);
    expect(text).toMatch(/<title>Private messages → nobody: [\d,]+ messages<\/title>/); // hover texts travel as titles

    const png = await save('[data-testid=latency] [data-testid=export-png]');
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a'); // the PNG signature
    expect(png.bytes.length).toBeGreaterThan(5_000);
  });
});

describe('explanations', () => {
  it('explains each compared organisation and each figure, in the chosen language', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,expert-community&reps=1&seed=1&lang=fr`);
    await settled(page);
    await page.click('[data-testid=explanations] details:nth-of-type(1) summary');
    await page.click('[data-testid=explanations] details:nth-of-type(2) summary');
    const text = await page.textContent('[data-testid=explanations]');
    expect(text).toMatch(/Entonnoir relationnel/);
    expect(text).toMatch(/Peu de personnes font face aux clients/); // the funnel's own description
    expect(text).toMatch(/subsidiarité/);
    expect(text).toMatch(/Écoute/);
    await page.locator('[data-testid=explanations]').screenshot({ path: join(SCREENSHOTS, 'explanations.png') });
  });
});

describe('multi-criteria view', () => {
  it('draws one polygon per organisation, with a table of the exact values', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator,expert-community&reps=2&seed=8`);
    await settled(page);
    expect(await page.locator('[data-testid=radar] path.area').count()).toBe(3);
    const d = await page.$$eval('[data-testid=radar] path.area', (ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    expect(d.every((x) => /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){7}Z$/.test(x))).toBe(true); // 8 axes, no NaN
    expect(await page.locator('[data-testid=radar] table.values tbody tr').count()).toBe(3);
    // Every organisation's points take the hover, not only the last one drawn.
    const reachable = await page.$$eval('[data-testid=radar] .points circle', (cs) => cs.filter((c) => {
      const box = c.getBoundingClientRect();
      c.scrollIntoView({ block: 'center' });
      const b = c.getBoundingClientRect();
      return box.width > 0 && document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2) === c;
    }).length);
    expect(reachable).toBeGreaterThanOrEqual(16); // of 24 (points that coincide hide each other); 10 when areas covered them
    expect(await page.locator('[data-testid=radar] svg').getAttribute('aria-label')).toMatch(/best on \d of 8/);
    await page.locator('[data-testid=radar]').screenshot({ path: join(SCREENSHOTS, 'radar.png') });
  });
});

describe('utilisation over time', () => {
  it('draws the four busiest units of each organisation, day by day', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,expert-community&reps=1&seed=9`);
    await settled(page);
    const counts = await page.$$eval('[data-testid=utilisation] svg', (svgs) => svgs.map((s) => s.querySelectorAll('path.utilisation').length));
    expect(counts).toEqual([4, 4]);
    const d = await page.$$eval('[data-testid=utilisation] path.utilisation', (ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    expect(d.every((x) => /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){15}$/.test(x))).toBe(true); // 16 days, warm-up included
    await page.locator('[data-testid=utilisation]').screenshot({ path: join(SCREENSHOTS, 'utilisation.png') });
  });
});

describe('printable report', () => {
  it('prints the settings, scorecard, charts and explanations without the controls', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=10&levers=volume:2`);
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.controls').isVisible()).toBe(false);
    expect(await page.locator('.explore').isVisible()).toBe(false);
    const settings = await page.textContent('.report-settings');
    expect(settings).toMatch(/2 replications of 14 days measured after 2 days of warm-up; seed 10; levers: Inbound volume \(× today, same staff\): ×2/);
    expect(settings).toMatch(/#company=sme/);
    expect(await page.locator('[data-testid=scorecard]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
    await page.screenshot({ path: join(SCREENSHOTS, 'print.png'), fullPage: true });
  });
});

describe('presentation mode', () => {
  it('shows one view at a time in large type, moves with the arrow keys and leaves with Escape', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=1&seed=11`);
    await settled(page);
    await page.click('[data-testid=present]');
    const view = () => page.getAttribute('[data-testid=presentation]', 'data-view');
    expect(await view()).toBe('scorecard');
    expect(await page.locator('.controls').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await view()).toBe('company');
    await page.keyboard.press('ArrowRight');
    expect(await view()).toBe('radar');
    await page.keyboard.press('End');
    expect(await view()).toBe('utilisation');
    await page.keyboard.press('ArrowLeft');
    expect(await view()).toBe('load');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await view()).toBe('latency');
    await page.screenshot({ path: join(SCREENSHOTS, 'presentation.png') });
    // On a 1280 × 720 projector each chart fits the screen, shrunk as little as it needs; the
    // page itself never scrolls.
    await page.setViewportSize({ width: 1280, height: 720 });
    const fits = () => page.evaluate(() => {
      const stage = document.querySelector('.slide-stage')!;
      return { overflow: stage.scrollHeight - stage.clientHeight, page: document.scrollingElement!.scrollHeight - innerHeight, scale: Number(document.querySelector('[data-testid=presentation]')!.getAttribute('data-scale')) };
    });
    await page.keyboard.press('Home');
    for (const id of ['radar', 'latency', 'coverage', 'load', 'utilisation']) {
      for (let k = 0; k < 8 && (await view()) !== id; k++) await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await fits()).overflow, { timeout: 5_000 }).toBeLessThanOrEqual(1);
      const { page: pageOverflow, scale } = await fits();
      expect([id, pageOverflow, scale >= 0.7 && scale <= 1.5]).toEqual([id, 0, true]);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'presentation-720p.png') });
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid=presentation]').count()).toBe(0);
    expect(await page.locator('.controls').count()).toBe(1);
  });

  it('on a 1280 × 720 projector, a scorecard of eight organisations can be scrolled to its last column and row', async () => {
    const page = await app.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${app.url}#company=sme&orgs=funnel,cosmetic-cm,coordinator,multi-team,expert-community,agency,single-team-sales,coordinator-community&reps=1&seed=11&lang=en`);
    await settled(page);
    await page.click('[data-testid=present]');
    await page.waitForTimeout(300); // a frame for the fit
    const edges = await page.evaluate(() => {
      const stage = document.querySelector('.slide-stage')!;
      stage.scrollTo(stage.scrollWidth, stage.scrollHeight);
      const cells = [...document.querySelectorAll('[data-testid=scorecard] tr')];
      const lastHead = cells[0]!.lastElementChild!.getBoundingClientRect();
      const lastRow = cells[cells.length - 1]!.getBoundingClientRect();
      const box = stage.getBoundingClientRect();
      return { right: lastHead.right - box.right, bottom: lastRow.bottom - box.bottom, scale: Number(document.querySelector('[data-testid=presentation]')!.getAttribute('data-scale')) };
    });
    expect(edges.right).toBeLessThanOrEqual(1);
    expect(edges.bottom).toBeLessThanOrEqual(1);
    expect(edges.scale).toBeGreaterThanOrEqual(0.7); // still readable: it scrolls rather than shrinks
    await page.screenshot({ path: join(SCREENSHOTS, 'presentation-8-orgs.png') });
  });
});
