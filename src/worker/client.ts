/**
 * The page's side of the worker: start a comparison, receive each organisation's refined summary
 * as replications finish, cancel it (ending the worker stops even a long replication at once).
 */
import type { Replay } from '../metrics/replay';
import type { ScenarioResult } from '../metrics/run-scenario';
import type { ScenarioIssue } from '../scenario/issues';
import type { WorkerRequest, WorkerResponse } from './protocol';

export type RunEnd = { type: 'done' } | { type: 'invalid'; issues: ScenarioIssue[] } | { type: 'error'; message: string } | { type: 'cancelled' };

export interface RunHandle {
  done: Promise<RunEnd>;
  cancel(): void;
}

let nextId = 1;

/** A loaded worker waiting for work: starting one costs more than a small comparison. */
let idle: Worker | null = null;

function spawn(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts a worker now so the next comparison does not wait for it to load. */
export function prewarm(): void {
  if (!idle) idle = spawn();
}

export function startComparison(
  request: Omit<WorkerRequest, 'type' | 'requestId'>,
  onPartial: (index: number, result: ScenarioResult, done: number, total: number) => void,
  onReplay: (index: number, replay: Replay) => void = () => {},
): RunHandle {
  const worker = idle ?? spawn();
  idle = null;
  const requestId = nextId++;
  let settle: (end: RunEnd) => void = () => {};
  const done = new Promise<RunEnd>((resolve) => { settle = resolve; });
  let finished = false;
  const finish = (end: RunEnd) => {
    if (finished) return;
    finished = true;
    worker.onmessage = null;
    worker.onerror = null;
    // A worker that finished its work is kept for the next run; one stopped mid-run is ended
    // (its thread is busy) and a fresh one starts loading at once.
    if (end.type === 'done' || end.type === 'invalid') {
      if (idle) worker.terminate();
      else idle = worker;
    } else {
      worker.terminate();
      prewarm();
    }
    settle(end);
  };
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    if (msg.requestId !== requestId || finished) return;
    if (msg.type === 'partial') onPartial(msg.index, msg.result, msg.done, msg.total);
    else if (msg.type === 'replay') onReplay(msg.index, msg.replay);
    else if (msg.type === 'done') finish({ type: 'done' });
    else if (msg.type === 'invalid') finish({ type: 'invalid', issues: msg.issues });
    else finish({ type: 'error', message: msg.message });
  };
  worker.onerror = (e) => finish({ type: 'error', message: e.message || 'the simulation worker failed to start' });
  worker.postMessage({ type: 'compare', requestId, ...request } satisfies WorkerRequest);
  return { done, cancel: () => finish({ type: 'cancelled' }) };
}
