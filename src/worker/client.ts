/**
 * The page's side of the workers: start a comparison, receive each organisation's refined summary
 * as replications finish, cancel it. A cancelled worker is asked to stop between two replications
 * and goes back to the pool loaded and warm; one still busy after STOP_WAIT (a long replication of
 * a large company) is ended and replaced.
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

/** How long a cancelled worker may take to stop before it is ended (ms). */
export const STOP_WAIT = 150;

/** Workers told to stop a cancelled run, each with the moment it is free or ended. */
const draining = new Map<Worker, Promise<void>>();

/** Asks a worker busy with run `requestId` to stop; back to the pool when it has, ended if it takes too long. */
function drain(worker: Worker, requestId: number): void {
  draining.set(worker, new Promise<void>((resolve) => {
    const end = (free: boolean) => {
      clearTimeout(timer);
      worker.onmessage = null;
      draining.delete(worker);
      if (free && idle.length < MAX_WORKERS) toIdle(worker);
      else { worker.terminate(); prewarm(); }
      resolve();
    };
    const timer = setTimeout(() => end(false), STOP_WAIT);
    worker.onerror = () => end(false);
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const { type, requestId: id } = event.data;
      if (id === requestId && (type === 'stopped' || type === 'done' || type === 'invalid' || type === 'error')) end(true);
    };
  }));
  worker.postMessage({ type: 'cancel', requestId } satisfies WorkerRequest);
}

/** Starts workers now so the next comparison does not wait for them to load. */
export function prewarm(): void {
  while (idle.length + draining.size < MAX_WORKERS) toIdle(spawn());
}

export function startComparison(
  request: Omit<CompareRequest, 'type' | 'requestId'>,
  onPartial: (index: number, result: ScenarioResult, done: number, total: number) => void,
  onReplay: (index: number, replay: Replay) => void = () => {},
): RunHandle {
  // Organisation i goes to worker i mod n.
  const n = Math.max(1, Math.min(MAX_WORKERS, request.organisationIds.length));
  const shares = Array.from({ length: n }, (_, w) => request.organisationIds.flatMap((id, i) => (i % n === w ? [{ id, index: i }] : [])));
  let workers: Worker[] = [];
  const requestId = nextId++;
  let settle: (end: RunEnd) => void = () => {};
  const done = new Promise<RunEnd>((resolve) => { settle = resolve; });
  let finished = false;
  let running = shares.length;
  let checking = shares.length;
  const progress = shares.map(() => 0);
  const totals = shares.map((share) => share.length * (request.run.replications ?? 1)); // until each worker says
  /** Workers whose part is over (done, or stopped at validation): they can take the next run. */
  const free = shares.map(() => false);
  /** Workers that failed: they are ended. */
  const failed = shares.map(() => false);
  // Every worker checks its own organisations: the problems of all are reported together, once.
  const issues = new Map<string, ScenarioIssue>();

  const finish = (end: RunEnd) => {
    if (finished) return;
    finished = true;
    workers.forEach((worker, w) => {
      worker.onmessage = null;
      worker.onerror = null;
      // A worker that finished its part is kept for the next run; one busy with it is asked to stop.
      if (failed[w]) worker.terminate();
      else if (!free[w]) drain(worker, requestId);
      else if (idle.length < MAX_WORKERS) toIdle(worker);
      else worker.terminate();
    });
    prewarm();
    settle(end);
  };
  const checked = () => {
    if (--checking === 0 && issues.size > 0) finish({ type: 'invalid', issues: [...issues.values()] });
  };

  /** Takes workers from the pool, after those still stopping a cancelled run (a fresh one is cold). */
  const begin = () => {
    if (finished) return;
    workers = shares.map(() => idle.pop() ?? spawn());
    workers.forEach(listen);
  };
  const listen = (worker: Worker, w: number) => {
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
          failed[w] = true;
          return finish({ type: 'error', message: msg.message });
      }
    };
    worker.onerror = (e) => {
      failed[w] = true;
      finish({ type: 'error', message: e.message || 'the simulation worker failed to start' });
    };
    worker.postMessage({ type: 'compare', requestId, ...request, organisationIds: share.map((s) => s.id) } satisfies WorkerRequest);
  };
  if (draining.size > 0) void Promise.all(draining.values()).then(begin);
  else begin();
  return {
    done,
    cancel: () => finish({ type: 'cancelled' }),
    refine: () => { if (!finished) workers.forEach((worker) => worker.postMessage({ type: 'refine', requestId } satisfies WorkerRequest)); },
  };
}
