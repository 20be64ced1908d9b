/**
 * The Web Worker: a thin switch over requests. The simulation itself is the same code the CLI runs.
 */
import { runScenario } from '../metrics/run-scenario';
import { loadScenario } from '../scenario/load';
import { presetResolver } from '../scenario/presets';
import type { WorkerRequest, WorkerResponse } from './protocol';

const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type !== 'run') return;
  const { requestId } = request;
  try {
    const loaded = loadScenario(request.text, request.file, presetResolver, request.overrides);
    if (!loaded.ok) return post({ type: 'invalid', requestId, issues: loaded.issues });
    const result = runScenario(loaded.value, (done, total) => post({ type: 'progress', requestId, done, total }));
    post({ type: 'result', requestId, result });
  } catch (e) {
    post({ type: 'error', requestId, message: (e as Error).message });
  }
};
