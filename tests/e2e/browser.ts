/**
 * Browser-test plumbing: serve the production build with Vite's preview server and drive Debian's
 * Chromium headless through playwright-core.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { REPO_ROOT } from '../../src/cli/files';

export const SCREENSHOTS = join(REPO_ROOT, 'tests/e2e/screenshots');

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('no Chromium found: run node tests/e2e/ensure-chromium.mjs or set CHROMIUM_PATH');
  return found;
}

export interface App {
  browser: Browser;
  url: string;
  close(): Promise<void>;
  newPage(): Promise<Page>;
  /** Closes every page opened so far: a page left open keeps animating and slows the next tests. */
  closePages(): Promise<void>;
}

/**
 * Views off screen are skipped by the browser (content-visibility: auto) and come in as they are
 * scrolled to; screenshots of the whole page or of an element beyond the viewport are taken
 * without scrolling, so for them the tests render every view (`renderAll`).
 */
const RENDER_ALL = '.view { content-visibility: visible !important; }';

export async function startApp(options: { renderAll?: boolean } = {}): Promise<App> {
  if (!existsSync(join(REPO_ROOT, 'dist/index.html'))) throw new Error('no production build: run vite build first (npm run test:e2e does)');
  const server: PreviewServer = await preview({ root: REPO_ROOT, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const pages: Page[] = [];
  return {
    browser,
    url: `http://127.0.0.1:${port}/`,
    newPage: async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      pages.push(page);
      page.on('pageerror', (e) => { throw e; });
      // CM_CPU_THROTTLE=4 slows the page's CPU fourfold, as on a busy CI machine: races show up here first.
      const throttle = Number(process.env.CM_CPU_THROTTLE ?? 1);
      if (!(throttle >= 1)) throw new Error(`CM_CPU_THROTTLE must be a number ≥ 1 (got "${process.env.CM_CPU_THROTTLE}")`);
      if (throttle > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (options.renderAll) {
        await page.addInitScript((css) => {
          document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css })));
        }, RENDER_ALL);
      }
      return page;
    },
    closePages: async () => {
      await Promise.all(pages.splice(0).map((p) => p.context().close()));
    },
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}

/** Waits until the run started by the page has finished and its charts are drawn. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid=scorecard]', { timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('progress') && !document.querySelector('main[data-pending]') && !document.body.hasAttribute('data-drawing'), undefined, { timeout: 60_000 });
}
