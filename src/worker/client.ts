/**
 * The page's side of the worker: start a run, hear its progress, cancel it (by ending the worker,
 * which stops even a long replication at once).
 */
import type { ScenarioResult } from '../metrics/run-scenario';
import type { ScenarioIssue } from '../scenario/issues';
import type { RunSettings } from '../scenario/schema-scenario';
import type { WorkerRequest, WorkerResponse } from './protocol';

export type RunOutcome =
  | { type: 'result'; result: ScenarioResult }
  | { type: 'invalid'; issues: ScenarioIssue[] }
  | { type: 'error'; message: string }
  | { type: 'cancelled' };

export interface RunHandle {
  done: Promise<RunOutcome>;
  cancel(): void;
}

let nextId = 1;

export function runInWorker(
  scenario: { text: string; file: string },
  overrides: Partial<RunSettings>,
  onProgress: (done: number, total: number) => void,
): RunHandle {
  const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
  const requestId = nextId++;
  let settle: (outcome: RunOutcome) => void = () => {};
  const done = new Promise<RunOutcome>((resolve) => { settle = resolve; });
  const finish = (outcome: RunOutcome) => { worker.terminate(); settle(outcome); };
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    if (msg.requestId !== requestId) return;
    if (msg.type === 'progress') onProgress(msg.done, msg.total);
    else if (msg.type === 'result') finish({ type: 'result', result: msg.result });
    else if (msg.type === 'invalid') finish({ type: 'invalid', issues: msg.issues });
    else finish({ type: 'error', message: msg.message });
  };
  worker.onerror = (e) => finish({ type: 'error', message: e.message || 'the simulation worker failed to start' });
  const request: WorkerRequest = { type: 'run', requestId, ...scenario, overrides };
  worker.postMessage(request);
  return { done, cancel: () => finish({ type: 'cancelled' }) };
}
