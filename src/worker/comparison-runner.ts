/**
 * The worker's work, as a plain function (testable without a worker): replication r of every
 * organisation before replication r + 1, so the first complete picture comes after one round and
 * the confidence intervals tighten as the rounds finish.
 *
 * After the first round the worker waits until the page has drawn it (`firstRoundShown`): on a
 * machine with few cores, replications running on would take the processor from the drawing.
 * Then an organisation's refined summary goes out at most every REFINE_MS (and after its last
 * replication): the page redraws at a calmer pace anyway, and every message costs it time to read.
 */
import { runWithReplay } from '../metrics/replay';
import { runReplication, summarise } from '../metrics/run-scenario';
import { loadComparison } from '../scenario/comparison';
import type { Resolver } from '../scenario/load';
import { withDrafts } from '../scenario/drafts';
import type { CompareRequest, WorkerResponse } from './protocol';

export interface RunnerOptions {
  now?: () => number;
  /** Resolves once the first round's results are on screen (or the worker stops waiting). */
  firstRoundShown?: () => Promise<void>;
  /** Awaited before each replication: a worker lets its messages in (a 'cancel' among them). */
  between?: () => Promise<void>;
  /** True once the run is cancelled. */
  stopped?: () => boolean;
}

export const REFINE_MS = 250;

export async function runComparison(request: CompareRequest, resolver: Resolver, post: (message: WorkerResponse) => void, options: RunnerOptions = {}): Promise<void> {
  const { now = () => performance.now(), firstRoundShown = async () => {}, between = async () => {}, stopped = () => false } = options;
  const { requestId } = request;
  const loaded = loadComparison(request.companyId, request.organisationIds, withDrafts(request.files ?? [], resolver), request.run, request.levers);
  if (!loaded.ok) return post({ type: 'invalid', requestId, issues: loaded.issues });
  const scenarios = loaded.value;
  post({ type: 'valid', requestId });
  const replications = scenarios[0]?.run.replications ?? 0;
  const total = replications * scenarios.length;
  const runs = scenarios.map(() => [] as ReturnType<typeof runReplication>[]);
  let done = 0;
  const posted = scenarios.map(() => -Infinity);
  for (let r = 0; r < replications; r++) {
    if (r === 1) await firstRoundShown();
    for (let index = 0; index < scenarios.length; index++) {
      // A cancelled run ends between two replications, and the worker stays loaded for the next.
      await between();
      if (stopped()) return post({ type: 'stopped', requestId });
      const scenario = scenarios[index]!;
      if (r === 0) {
        // The first replication also records the org diagram's replay, on the side.
        const { run, replay } = runWithReplay(scenario, r);
        runs[index]!.push(run);
        post({ type: 'replay', requestId, index, replay });
      } else {
        runs[index]!.push(runReplication(scenario, r));
      }
      done++;
      if (r > 0 && r < replications - 1 && now() - posted[index]! < REFINE_MS) continue;
      posted[index] = now();
      post({ type: 'partial', requestId, index, result: summarise(scenario, runs[index]!), done, total });
    }
  }
  post({ type: 'done', requestId });
}
