/**
 * The Web Worker: a thin switch over requests. The simulation itself is the code the CLI runs.
 */
import { presetResolver } from '../scenario/presets';
import { runComparison } from './comparison-runner';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type !== 'compare') return;
  try {
    runComparison(request, presetResolver, post);
  } catch (e) {
    post({ type: 'error', requestId: request.requestId, message: (e as Error).message });
  }
};
