/**
 * Runs a scenario's replications on worker threads (one per core, at most one per replication) and
 * returns them in replication order, so results do not depend on which thread finished first.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runReplication, summarise, type ScenarioResult } from '../metrics/run-scenario';
import type { Scenario } from '../scenario/load';

type Replication = ReturnType<typeof runReplication>;

export async function runScenarioParallel(
  scenario: Scenario,
  options: { threads?: number; onReplication?: (done: number, total: number) => void } = {},
): Promise<ScenarioResult> {
  const total = scenario.run.replications;
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), total));
  const results: Replication[] = new Array(total);
  let done = 0;
  const report = () => options.onReplication?.(++done, total);

  if (threads === 1) {
    for (let r = 0; r < total; r++) { results[r] = runReplication(scenario, r); report(); }
    return summarise(scenario, results);
  }
  const shares = Array.from({ length: threads }, (_, w) => Array.from({ length: total }, (_, r) => r).filter((r) => r % threads === w));
  await Promise.all(
    shares.map(
      (replications) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { scenario, replications } });
          worker.on('message', (msg: { ok: boolean; replication: number; result?: Replication; error?: string }) => {
            if (!msg.ok) { reject(new Error(`replication ${msg.replication} failed: ${msg.error}`)); void worker.terminate(); return; }
            results[msg.replication] = msg.result!;
            report();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker stopped with code ${code}`))));
        }),
    ),
  );
  return summarise(scenario, results);
}
