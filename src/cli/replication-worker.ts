/**
 * Worker thread body for the CLI: runs the replications it is given and posts each result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runReplication } from '../metrics/run-scenario';
import type { Scenario } from '../scenario/load';

const { scenario, replications } = workerData as { scenario: Scenario; replications: number[] };
for (const r of replications) {
  try {
    parentPort!.postMessage({ ok: true, replication: r, result: runReplication(scenario, r) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, replication: r, error: (e as Error).stack ?? String(e) });
  }
}
