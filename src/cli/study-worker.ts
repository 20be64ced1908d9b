/**
 * Worker thread body for studies (sizing, sweeps): runs one replication of a scenario per message
 * and posts its figures back. Scenarios are kept by key (the most recent few), so a variant is
 * compiled once per thread however many of its replications come here.
 */
import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../scenario/load';
import { inThreadEvaluator } from '../study/evaluate';
import { KEPT_SCENARIOS } from './thread-pool';
const scenarios = new Map<string, Scenario>();

parentPort!.on('message', async (msg: { key: string; scenario?: Scenario; replication: number }) => {
  try {
    if (msg.scenario) {
      if (scenarios.size >= KEPT_SCENARIOS) scenarios.delete(scenarios.keys().next().value!);
      scenarios.set(msg.key, msg.scenario);
    }
    const scenario = scenarios.get(msg.key);
    if (!scenario) throw new Error(`scenario ${msg.key.slice(0, 60)} is not known here`);
    const [values] = await inThreadEvaluator.run(msg.key, scenario, [msg.replication]);
    parentPort!.postMessage({ ok: true, values });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: (e as Error).stack ?? String(e) });
  }
});
