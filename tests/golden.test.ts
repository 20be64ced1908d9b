/**
 * Golden runs: each runnable file in scenarios/, with a fixed seed, must reproduce the committed
 * snapshot of its metrics in tests/golden/. A change to the engine or a scenario that moves any
 * figure shows up here; if the change is intended, refresh with `npm run test:golden-update`.
 */
import { describe, expect, it } from 'vitest';
import { basename, relative } from 'node:path';
import { runScenario } from '../src/metrics/run-scenario';
import { REPO_ROOT } from '../src/cli/files';
import { loadFile, runnableFiles } from './helpers/scenarios';

/** Ten significant digits: exact enough to catch any real change, immune to printing noise. */
const round = (x: number) => Number(x.toPrecision(10));

describe('golden runs', () => {
  for (const file of runnableFiles()) {
    const name = relative(REPO_ROOT, file);
    it(`${name} matches its snapshot (seed 7, 2 replications, 7 days)`, async () => {
      const scenario = loadFile(file, { seed: 7, replications: 2, horizonDays: 7, warmupDays: 1 });
      const metrics = runScenario(scenario).summary.metrics;
      // One line per figure: "metric": [mean, ci, n]
      const lines = Object.entries(metrics).map(([k, e]) => `  ${JSON.stringify(k)}: ${JSON.stringify([round(e.mean), round(e.ci), e.n])}`);
      await expect(`{\n${lines.join(',\n')}\n}\n`).toMatchFileSnapshot(`golden/${basename(file).replace(/\.(ya?ml|json)$/, '')}.json`);
    });
  }
});
