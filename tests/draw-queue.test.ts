/** The chart draw queue: batches, dedupes, survives a failing chart, and says when all are drawn. */
import { afterEach, describe, expect, it, vi } from 'vitest';

async function queue() {
  vi.resetModules();
  const attributes = new Map<string, string>();
  vi.stubGlobal('document', { body: { setAttribute: (k: string, v: string) => attributes.set(k, v), removeAttribute: (k: string) => attributes.delete(k) } });
  return { ...(await import('../src/charts/draw-queue')), attributes };
}

afterEach(() => { vi.unstubAllGlobals(); vi.restoreAllMocks(); });

describe('draw queue', () => {
  it('draws a chart queued twice once, with its latest data, then calls back', async () => {
    const { scheduleDraw, afterDraws, attributes } = await queue();
    const drawn: string[] = [];
    const chart = {};
    scheduleDraw(chart, () => drawn.push('old'));
    scheduleDraw(chart, () => drawn.push('new'));
    expect(attributes.get('data-drawing')).toBe('true');
    await new Promise<void>((resolve) => afterDraws(resolve));
    expect(drawn).toEqual(['new']);
    expect(attributes.has('data-drawing')).toBe(false);
  });

  it('keeps drawing the others when one chart fails', async () => {
    const { scheduleDraw, afterDraws } = await queue();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const drawn: string[] = [];
    scheduleDraw({}, () => { throw new Error('broken chart'); });
    scheduleDraw({}, () => drawn.push('second'));
    await new Promise<void>((resolve) => afterDraws(resolve));
    expect(drawn).toEqual(['second']);
  });
});
