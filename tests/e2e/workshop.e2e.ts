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
    expect(labels).toContain('cost per month (staff and contacts) (EUR)');
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

describe('workshop exports', () => {
  it('every exported chart carries its title, the organisation, a legend, the settings and the date; side by side shows all organisations', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel,coordinator&reps=2&seed=7&levers=crisis:1&lang=en`);
    await settled(page);
    const save = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
      return { name: download.suggestedFilename(), bytes: (await import('node:fs')).readFileSync((await download.path())!) };
    };
    const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const groups = ['latency', 'load', 'flows', 'utilisation', 'coverage-by-channel', 'diagrams'];
    for (const group of groups) {
      const svg = (await save(`[data-testid=${group}] [data-testid=export-svg]`)).bytes.toString('utf8');
      const words = texts(svg).join(' ');
      const title = await page.locator(`[data-testid=${group}]`).locator('xpath=ancestor::section[1]/h2').textContent();
      expect(words, group).toContain(title!); // the chart's title
      expect(words, group).toContain('Relational funnel'); // the organisation
      expect(words, group).toMatch(/SME \(40 people\) · 2 replications of 14 days · seed 7 · levers: none \(each organisation as written\) · crisis: on/);
      expect(words, group).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/); // the date
    }
    const latency = texts((await save('[data-testid=latency] [data-testid=export-svg]')).bytes.toString('utf8'));
    expect(latency).toEqual(expect.arrayContaining(['first response', 'resolution'])); // the legend
    const all = await save('[data-testid=export-all-svg]');
    const allWords = texts(all.bytes.toString('utf8'));
    expect(allWords).toEqual(expect.arrayContaining(['Relational funnel', '1. CM as coordinator of all functions']));
    expect(all.name).toMatch(/^sme-latency-all-organisations-\d{4}-\d{2}-\d{2}\.svg$/);
    const png = await save('[data-testid=export-all-png]');
    (await import('node:fs')).writeFileSync(join(SCREENSHOTS, 'export-side-by-side.png'), png.bytes); // to look at
    // PNG at twice the composed SVG's size.
    const width = png.bytes.readUInt32BE(16);
    const svgWidth = Number(/^<svg[^>]*width="(\d+)"/.exec(all.bytes.toString('utf8'))![1]);
    expect(width).toBe(2 * svgWidth);
  });

  it('exports a CSV French Excel opens: semicolons, decimal commas, settings first', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}#company=sme&orgs=funnel&reps=2&seed=3&lang=fr`);
    await settled(page);
    expect(await page.locator('[data-testid=csv-french]').isChecked()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const text = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
    const lines = text.replace('\uFEFF', '').split('\r\n');
    expect(lines[1]).toBe('Entreprise;PME (40 personnes)');
    expect(lines.some((l) => /^coût par message résolu \(EUR\);Entonnoir relationnel;\d+(,\d+)?;\d+(,\d+)?;EUR;2;cost\.perResolved;funnel$/.test(l))).toBe(true);
  });
});
