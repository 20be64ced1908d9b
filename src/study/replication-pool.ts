/**
 * An `Evaluator` over a pool of workers (worker threads in Node, Web Workers in the browser): a
 * study's replications, whatever variant they belong to, are queued and handed to whichever worker
 * is free. A worker keeps the scenarios it has seen by key, so a variant is sent and compiled once
 * per worker; the pool mirrors the worker's forgetting to know when to send it again. Results come
 * back by replication, so they never depend on which worker ran them. Knows nothing of the kind of
 * worker: it is given a way to start one.
 */
import type { Scenario } from '../scenario/load';
import { inThreadEvaluator, type Evaluator, type RepValues } from './evaluate';

export interface ReplicationRequest { key: string; scenario?: Scenario; replication: number }
export type ReplicationReply = { ok: true; values: RepValues } | { ok: false; error: string };

/** What the pool needs of a worker. */
export interface PoolPort {
  post(request: ReplicationRequest): void;
  listen(onReply: (reply: ReplicationReply) => void, onError: (error: Error) => void): void;
  terminate(): void;
}

/** Scenarios a worker keeps. */
export const KEPT_SCENARIOS = 32;

/** Thrown to the study when the pool is cancelled: the study stops and keeps what it had. */
export class Cancelled extends Error {
  constructor() { super('cancelled'); }
}

export interface Pool extends Evaluator {
  /** Drops the queued replications and refuses new ones (their promises reject with Cancelled); running ones finish. */
  cancel(): void;
  close(): void;
}

interface Job { request: ReplicationRequest & { scenario: Scenario }; resolve: (v: RepValues) => void; reject: (e: Error) => void }

export function replicationPool(spawn: () => PoolPort, size: number): Pool {
  const queue: Job[] = [];
  let cancelled = false;
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = { port: spawn(), known: new Set<string>(), job: undefined as Job | undefined };
    worker.port.listen(
      (reply) => {
        const job = worker.job!;
        worker.job = undefined;
        if (reply.ok) job.resolve(reply.values);
        else job.reject(new Error(`replication ${job.request.replication} of ${job.request.key.slice(0, 60)} failed: ${reply.error}`));
        next(worker);
      },
      (error) => { worker.job?.reject(error); worker.job = undefined; },
    );
    return worker;
  });
  function next(worker: (typeof workers)[number]): void {
    const job = queue.shift();
    if (!job) return;
    worker.job = job;
    const { key, scenario, replication } = job.request;
    const fresh = !worker.known.has(key);
    if (fresh) {
      if (worker.known.size >= KEPT_SCENARIOS) worker.known.delete(worker.known.values().next().value!);
      worker.known.add(key);
    }
    worker.port.post(fresh ? { key, scenario, replication } : { key, replication });
  }
  return {
    run(key, scenario, replications) {
      if (cancelled) return Promise.reject(new Cancelled());
      const results = replications.map((replication) => new Promise<RepValues>((resolve, reject) => queue.push({ request: { key, scenario, replication }, resolve, reject })));
      for (const worker of workers) if (!worker.job) next(worker);
      return Promise.all(results);
    },
    cancel() {
      cancelled = true;
      for (const job of queue.splice(0)) job.reject(new Cancelled());
    },
    close() {
      this.cancel();
      for (const worker of workers) worker.port.terminate();
    },
  };
}

/** The worker's side: answers one request, keeping scenarios by key as the pool expects. */
export function replicationHost(): (request: ReplicationRequest) => Promise<ReplicationReply> {
  const scenarios = new Map<string, Scenario>();
  return async (request) => {
    try {
      if (request.scenario) {
        if (scenarios.size >= KEPT_SCENARIOS) scenarios.delete(scenarios.keys().next().value!);
        scenarios.set(request.key, request.scenario);
      }
      const scenario = scenarios.get(request.key);
      if (!scenario) throw new Error(`scenario ${request.key.slice(0, 60)} is not known here`);
      const [values] = await inThreadEvaluator.run(request.key, scenario, [request.replication]);
      return { ok: true, values: values! };
    } catch (e) {
      return { ok: false, error: (e as Error).stack ?? String(e) };
    }
  };
}
