/**
 * Conservation of messages on every runnable file in scenarios/: every message that arrived is
 * answered, dropped, abandoned or still open at the horizon. The engine checks it on every run;
 * these tests run every file and show the check does fire when the books do not balance.
 */
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { compileScenario } from '../src/model/compile';
import { checkConservation } from '../src/model/conservation';
import { Simulation } from '../src/model/simulation';
import { measureRun } from '../src/metrics/run-metrics';
import { REPO_ROOT } from '../src/cli/files';
import { loadFile, runnableFiles, scenarioPath } from './helpers/scenarios';

describe('conservation of messages', () => {
  const files = runnableFiles();

  it('finds the scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${relative(REPO_ROOT, file)}: arrived = answered + dropped + abandoned + open, in every replication`, () => {
      const scenario = loadFile(file, { horizonDays: 5, warmupDays: 0 });
      for (const seed of [1, 2]) {
        const sim = new Simulation(compileScenario(scenario), seed).run(); // throws on a violation
        const v = measureRun(sim).values;
        expect(v['messages.arrived']).toBeGreaterThan(0);
        expect(v['messages.answered']! + v['messages.dropped']! + v['messages.abandoned']! + v['messages.open']!).toBe(v['messages.arrived']);
      }
    });
  }

  it('the check fails loudly when a message goes missing', () => {
    const sim = new Simulation(compileScenario(loadFile(scenarioPath('organisations/funnel.yaml'), { horizonDays: 2 })), 1).run();
    sim.counts.answered -= 1; // a message the books lost
    expect(() => checkConservation(sim)).toThrow(/conservation/);
  });

  it('the check fails when an open message is nowhere in the organisation', () => {
    const sim = new Simulation(compileScenario(loadFile(scenarioPath('organisations/funnel.yaml'), { horizonDays: 2 })), 1).run();
    const open = Array.from({ length: sim.messages.count }, (_, m) => m).find((m) => sim.messages.outcome[m] === 0);
    expect(open).toBeDefined();
    sim.tasks.rows[sim.messages.liveTask[open!]!]!.state = 4; // its task marked done behind its back
    expect(() => checkConservation(sim)).toThrow(/anywhere|queued/);
  });
});

describe('scenario files', () => {
  it('each company and organisation file is named after its id (the CLI finds files by name, the app by id)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parse } = await import('yaml');
    for (const folder of ['companies', 'organisations']) {
      const dir = scenarioPath(folder);
      for (const f of readdirSync(dir)) {
        expect((parse(readFileSync(join(dir, f), 'utf8')) as { id: string }).id, `${folder}/${f}`).toBe(f.replace(/\.ya?ml$/, ''));
      }
    }
  });
});
