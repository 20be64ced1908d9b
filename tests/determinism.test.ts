/**
 * Same scenario and seed → byte-identical results; another seed → other results. Replications
 * use independent derived seeds, and organisations compared on one company see the same arrivals.
 */
import { describe, expect, it } from 'vitest';
import { runReplication, runScenario } from '../src/metrics/run-scenario';
import { toJson } from '../src/cli/report';
import { compileScenario } from '../src/model/compile';
import { Simulation } from '../src/model/simulation';
import { loadFile, scenarioPath } from './helpers/scenarios';

const funnel = () => loadFile(scenarioPath('organisations/funnel.yaml'), { horizonDays: 7, replications: 3 });

describe('determinism', () => {
  it('the same scenario and seed give byte-identical JSON', () => {
    expect(toJson(runScenario(funnel()))).toBe(toJson(runScenario(funnel())));
  });

  it('another seed gives other numbers', () => {
    const a = runScenario(funnel()).summary.metrics;
    const other = funnel();
    other.run.seed = 2;
    const b = runScenario(other).summary.metrics;
    expect(b['messages.arrived']!.mean).not.toBe(a['messages.arrived']!.mean);
    expect(b['firstResponse.mean']!.mean).not.toBe(a['firstResponse.mean']!.mean);
  });

  it('replications sharing one compiled model give the numbers of freshly compiled ones', () => {
    // runReplication compiles a scenario once for all its replications: a simulation that changed
    // its model would make the later replications differ from a fresh compile with the same seed.
    const scenario = funnel();
    const shared = [0, 1, 2].map((r) => runReplication(scenario, r).metrics.values);
    const fresh = [0, 1, 2].map((r) => runReplication(funnel(), r).metrics.values);
    expect(shared).toEqual(fresh);
  });

  it('replications of one run differ from each other (independent derived seeds)', () => {
    const result = runScenario(funnel());
    const seeds = result.summary.runs.map((r) => r.seed);
    expect(new Set(seeds).size).toBe(3);
    expect(result.summary.metrics['messages.arrived']!.ci).toBeGreaterThan(0);
  });

  it('two organisations on the same company and seed see the same first contacts', () => {
    const a = funnel();
    const b = structuredClone(a);
    b.organisation.units[0]!.headcount = 6; // a different organisation...
    b.organisation.routing.entry.messenger = 'desk';
    const arrivals = (s: typeof a) => {
      const sim = new Simulation(compileScenario(s), 99).run();
      const out: string[] = [];
      for (let m = 0; m < sim.messages.count; m++) {
        if (sim.messages.origin[m] === 0) out.push(`${sim.messages.arrival[m]}/${sim.messages.channel[m]}/${sim.messages.topic[m]}`);
      }
      return out;
    };
    const first = arrivals(a);
    expect(first.length).toBeGreaterThan(100);
    expect(arrivals(b)).toEqual(first); // ...the same customers, at the same minutes
  });
});
