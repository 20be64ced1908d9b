/**
 * Draws charts a few at a time, each batch in its own task, so a screenful of charts never
 * blocks the page for long (input and the replay keep running between batches). A chart queued
 * again before it was drawn is drawn once, with its latest data.
 */

/** Time a batch may take before the rest waits for the next task (ms). */
const BUDGET = 16;

/** Charts to draw, oldest request first, each with the number of its request. */
const pending = new Map<object, { draw: () => void; request: number }>();
let requests = 0;
/** Callbacks waiting for every request up to a number to be drawn. */
let waiting: { upTo: number; callback: () => void }[] = [];
let scheduled = false;

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const nextTask = (run: () => void) => {
  if (channel) { channel.port1.onmessage = run; channel.port2.postMessage(null); } else setTimeout(run, 0);
};

function drain(): void {
  scheduled = false;
  const start = performance.now();
  for (const [key, { draw }] of pending) {
    pending.delete(key);
    try {
      draw();
    } catch (e) {
      console.error('a chart could not be drawn', e); // the others still are, and waiters are released
    }
    if (performance.now() - start > BUDGET) break;
  }
  if (pending.size > 0) schedule();
  else document.body.removeAttribute('data-drawing');
  const oldest = pending.values().next().value?.request ?? Infinity;
  const ready = waiting.filter((w) => w.upTo < oldest);
  waiting = waiting.filter((w) => w.upTo >= oldest);
  for (const w of ready) w.callback();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  nextTask(drain);
}

/** Draws `draw` soon, in a task of its own with a few others; `key` (the chart's element) dedupes. */
export function scheduleDraw(key: object, draw: () => void): void {
  pending.delete(key); // keeps the order of the latest requests
  pending.set(key, { draw, request: ++requests });
  document.body.setAttribute('data-drawing', 'true'); // for tests and benchmarks: charts still to come
  schedule();
}

/** Calls back once every chart queued so far is drawn (at once if none is waiting). */
export function afterDraws(callback: () => void): void {
  if (pending.size === 0) callback();
  else waiting.push({ upTo: requests, callback });
}
