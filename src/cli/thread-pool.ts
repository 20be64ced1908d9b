/**
 * An `Evaluator` over worker threads (one per core): a study's replications, whatever variant they
 * belong to, are queued and handed to whichever thread is free. Each thread keeps the scenarios it
 * has seen by key, so a variant is sent and compiled once per thread. Results are returned by
 * replication, so they never depend on which thread ran them.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/load';
import { inThreadEvaluator, type Evaluator, type RepValues } from '../study/evaluate';

interface Job { key: string; scenario: Scenario; replication: number; resolve: (v: RepValues) => void; reject: (e: Error) => void }
interface Thread { worker: Worker; known: Set<string>; job?: Job }

/** Scenarios a thread keeps; the pool mirrors the thread's forgetting, so it knows what to resend. */
export const KEPT_SCENARIOS = 32;

export interface ThreadPool extends Evaluator {
  close(): Promise<void>;
}

/** A pool of `threads` worker threads; with one thread, replications run in this thread. */
export function threadPool(threads = availableParallelism()): ThreadPool {
  if (threads <= 1) return { run: inThreadEvaluator.run, close: async () => {} };
  const queue: Job[] = [];
  const pool: Thread[] = Array.from({ length: threads }, () => {
    const thread: Thread = { worker: new Worker(new URL('./study-bootstrap.mjs', import.meta.url)), known: new Set() };
    thread.worker.on('message', (msg: { ok: boolean; values?: RepValues; error?: string }) => {
      const job = thread.job!;
      thread.job = undefined;
      if (msg.ok) job.resolve(msg.values!);
      else job.reject(new Error(`replication ${job.replication} of ${job.key.slice(0, 60)} failed: ${msg.error}`));
      next(thread);
    });
    thread.worker.on('error', (e: Error) => { thread.job?.reject(e); thread.job = undefined; });
    return thread;
  });
  function next(thread: Thread): void {
    const job = queue.shift();
    if (!job) return;
    thread.job = job;
    const fresh = !thread.known.has(job.key);
    if (fresh) {
      if (thread.known.size >= KEPT_SCENARIOS) thread.known.delete(thread.known.values().next().value!);
      thread.known.add(job.key);
    }
    thread.worker.postMessage({ key: job.key, scenario: fresh ? job.scenario : undefined, replication: job.replication });
  }
  return {
    run(key, scenario, replications) {
      const results = replications.map((replication) => new Promise<RepValues>((resolve, reject) => queue.push({ key, scenario, replication, resolve, reject })));
      for (const thread of pool) if (!thread.job) next(thread);
      return Promise.all(results);
    },
    async close() {
      await Promise.all(pool.map((t) => t.worker.terminate()));
    },
  };
}
