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
/** Runs the page cancelled. */
const cancelled = new Set<number>();

/** Lets the worker's queued messages in (a 'cancel' perhaps) before the next replication. */
const channel = new MessageChannel();
let resume = () => {};
channel.port1.onmessage = () => resume();
const between = () => new Promise<void>((resolve) => { resume = resolve; channel.port2.postMessage(null); });

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'refine') return waiting.get(request.requestId)?.();
  if (request.type === 'cancel') {
    cancelled.add(request.requestId);
    return waiting.get(request.requestId)?.();
  }
  const { requestId } = request;
  const firstRoundShown = () => new Promise<void>((resolve) => {
    const go = () => { clearTimeout(timer); waiting.delete(requestId); resolve(); };
    const timer = setTimeout(go, SHOWN_WAIT);
    waiting.set(requestId, go);
  });
  runComparison(request, presetResolver, post, { firstRoundShown, between, stopped: () => cancelled.has(requestId) })
    .catch((e: unknown) => post({ type: 'error', requestId, message: (e as Error).message }))
    .finally(() => cancelled.delete(requestId));
};
