/**
 * Golden runs: each runnable file in scenarios/, with a fixed seed, must reproduce the committed
 * snapshot of its metrics in tests/golden/. A change to the engine or a scenario that moves any
 * figure shows up here; if the change is intended, refresh with `npm run test:golden-update`.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
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

  it('no two files give the same figures: two names for one organisation would mislead a comparison', () => {
    const dir = join(REPO_ROOT, 'tests/golden');
    const byFigures = new Map<string, string[]>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const figures = readFileSync(join(dir, file), 'utf8');
      byFigures.set(figures, [...(byFigures.get(figures) ?? []), file]);
    }
    expect([...byFigures.values()].filter((files) => files.length > 1)).toEqual([]);
  });
});
