/**
 * The Web Worker: a thin switch over requests. The simulation itself is the code the CLI runs.
 */
import { presetResolver } from '../scenario/presets';
import { runComparison } from './comparison-runner';
import { runControl } from './run-control';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

const control = runControl();

/** Lets the worker's queued messages in (a 'cancel' perhaps) before the next replication. */
const channel = new MessageChannel();
let resume = () => {};
channel.port1.onmessage = () => resume();
const between = () => new Promise<void>((resolve) => { resume = resolve; channel.port2.postMessage(null); });

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'refine') return control.refine(request.requestId);
  if (request.type === 'cancel') return control.cancel(request.requestId);
  const { requestId } = request;
  runComparison(request, presetResolver, post, { firstRoundShown: () => control.firstRoundShown(requestId), between, stopped: () => control.stopped(requestId) })
    .catch((e: unknown) => post({ type: 'error', requestId, message: (e as Error).message }))
    .finally(() => control.ended(requestId));
};
