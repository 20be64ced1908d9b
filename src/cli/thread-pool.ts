/**
 * The study pool on Node worker threads (one per core by default); with one thread, replications
 * run in this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { inThreadEvaluator, type Evaluator } from '../study/evaluate';
import { replicationPool, type ReplicationReply } from '../study/replication-pool';

export function threadPool(threads = availableParallelism()): Evaluator & { close(): Promise<void> } {
  if (threads <= 1) return { run: inThreadEvaluator.run, close: async () => {} };
  const workers: Worker[] = [];
  const pool = replicationPool(() => {
    const worker = new Worker(new URL('./study-bootstrap.mjs', import.meta.url));
    workers.push(worker);
    return {
      post: (request) => worker.postMessage(request),
      listen: (onReply, onError) => { worker.on('message', (reply: ReplicationReply) => onReply(reply)); worker.on('error', onError); },
      terminate: () => void worker.terminate(),
    };
  }, threads);
  return { run: pool.run, close: async () => { pool.cancel(); await Promise.all(workers.map((w) => w.terminate())); } };
}
