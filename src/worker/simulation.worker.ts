/**
 * The Web Worker: a thin switch over requests. The simulation itself is the code the CLI runs.
 */
import { presetResolver } from '../scenario/presets';
import { runComparison } from './comparison-runner';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

/** The longest a run waits for the page to say its first picture is drawn (ms). */
const SHOWN_WAIT = 1000;
/** Runs waiting for that word, by request. */
const waiting = new Map<number, () => void>();

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'refine') return waiting.get(request.requestId)?.();
  const firstRoundShown = () => new Promise<void>((resolve) => {
    const go = () => { clearTimeout(timer); waiting.delete(request.requestId); resolve(); };
    const timer = setTimeout(go, SHOWN_WAIT);
    waiting.set(request.requestId, go);
  });
  runComparison(request, presetResolver, post, { firstRoundShown })
    .catch((e: unknown) => post({ type: 'error', requestId: request.requestId, message: (e as Error).message }));
};
