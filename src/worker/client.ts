/**
 * The page's side of the workers: start a comparison, receive each organisation's refined summary
 * as replications finish, cancel it (ending the workers stops even a long replication at once).
 *
 * The organisations are shared out between up to one worker per core. Every replication's seed
 * depends only on the scenario and its number, so the numbers do not depend on who ran what.
 */
import type { Replay } from '../metrics/replay';
import type { ScenarioResult } from '../metrics/run-scenario';
import type { ScenarioIssue } from '../scenario/issues';
import type { CompareRequest, WorkerRequest, WorkerResponse } from './protocol';

export type RunEnd = { type: 'done' } | { type: 'invalid'; issues: ScenarioIssue[] } | { type: 'error'; message: string } | { type: 'cancelled' };

export interface RunHandle {
  done: Promise<RunEnd>;
  cancel(): void;
  /** Tells the workers the first picture is drawn: they go on with the replications that refine it. */
  refine(): void;
}

let nextId = 1;

/** At most this many workers run one comparison. */
const MAX_WORKERS = Math.max(1, Math.min(4, typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1));

/** Loaded workers waiting for work: starting one costs more than a small comparison. */
const idle: Worker[] = [];

function spawn(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}

/** Puts a worker in the pool; one that fails while waiting leaves it (a run given to it would never end). */
function toIdle(worker: Worker): void {
  worker.onerror = () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
    worker.terminate();
  };
  idle.push(worker);
}

/** Starts workers now so the next comparison does not wait for them to load. */
export function prewarm(): void {
  while (idle.length < MAX_WORKERS) toIdle(spawn());
}

export function startComparison(
  request: Omit<CompareRequest, 'type' | 'requestId'>,
  onPartial: (index: number, result: ScenarioResult, done: number, total: number) => void,
  onReplay: (index: number, replay: Replay) => void = () => {},
): RunHandle {
  // Organisation i goes to worker i mod n.
  const n = Math.max(1, Math.min(MAX_WORKERS, request.organisationIds.length));
  const shares = Array.from({ length: n }, (_, w) => request.organisationIds.flatMap((id, i) => (i % n === w ? [{ id, index: i }] : [])));
  const workers = shares.map(() => idle.pop() ?? spawn());
  const requestId = nextId++;
  let settle: (end: RunEnd) => void = () => {};
  const done = new Promise<RunEnd>((resolve) => { settle = resolve; });
  let finished = false;
  let running = workers.length;
  let checking = workers.length;
  const progress = shares.map(() => 0);
  const totals = shares.map((share) => share.length * (request.run.replications ?? 1)); // until each worker says
  /** Workers whose part is over (done, or stopped at validation): they can take the next run. */
  const free = shares.map(() => false);
  // Every worker checks its own organisations: the problems of all are reported together, once.
  const issues = new Map<string, ScenarioIssue>();

  const finish = (end: RunEnd) => {
    if (finished) return;
    finished = true;
    workers.forEach((worker, w) => {
      worker.onmessage = null;
      worker.onerror = null;
      // A worker that finished its part is kept for the next run; one stopped mid-run is ended
      // (its thread is busy) and a fresh one starts loading at once.
      if (free[w] && idle.length < MAX_WORKERS) toIdle(worker);
      else worker.terminate();
    });
    prewarm();
    settle(end);
  };
  const checked = () => {
    if (--checking === 0 && issues.size > 0) finish({ type: 'invalid', issues: [...issues.values()] });
  };

  workers.forEach((worker, w) => {
    const share = shares[w]!;
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.requestId !== requestId || finished) return;
      switch (msg.type) {
        case 'partial':
          progress[w] = msg.done;
          totals[w] = msg.total;
          return onPartial(share[msg.index]!.index, msg.result, progress.reduce((sum, x) => sum + x, 0), totals.reduce((sum, x) => sum + x, 0));
        case 'replay':
          return onReplay(share[msg.index]!.index, msg.replay);
        case 'valid':
          return checked();
        case 'invalid':
          free[w] = true;
          for (const issue of msg.issues) issues.set(JSON.stringify(issue), issue);
          return checked();
        case 'done':
          free[w] = true;
          if (--running === 0) finish({ type: 'done' });
          return;
        case 'error':
          return finish({ type: 'error', message: msg.message });
      }
    };
    worker.onerror = (e) => finish({ type: 'error', message: e.message || 'the simulation worker failed to start' });
    worker.postMessage({ type: 'compare', requestId, ...request, organisationIds: share.map((s) => s.id) } satisfies WorkerRequest);
  });
  return {
    done,
    cancel: () => finish({ type: 'cancelled' }),
    refine: () => { if (!finished) workers.forEach((worker) => worker.postMessage({ type: 'refine', requestId } satisfies WorkerRequest)); },
  };
}
