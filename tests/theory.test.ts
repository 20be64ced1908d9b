/**
 * The engine against queueing theory: an M/M/c queue must reproduce Erlang C (mean wait and
 * probability of waiting) within the 95% confidence interval of its replications, Little's law
 * must hold on the same runs, and two stations in tandem must match the Jackson-network sojourn.
 */
import { describe, expect, it } from 'vitest';
import { erlangC, jacksonTandemSojourn } from '../src/metrics/queueing-theory';
import { runScenario } from '../src/metrics/run-scenario';
import type { Scenario } from '../src/scenario/load';
import { loadFile, scenarioPath } from './helpers/scenarios';

const CALLS_PER_MINUTE_PER_CALLER = 1 / 43_200; // one call a month (30 days)

/** The M/M/c scenario file with another arrival rate, service rate and number of servers. */
function mmc(lambda: number, mu: number, c: number): Scenario {
  const s = structuredClone(loadFile(scenarioPath('mmc-erlang.yaml')));
  s.company.publics[0]!.size = lambda / CALLS_PER_MINUTE_PER_CALLER;
  const unit = s.organisation.units[0]!;
  unit.headcount = c;
  unit.handling = { dist: 'exponential', mean: 1 / mu };
  return s;
}

const SETTINGS = [
  { lambda: 1, mu: 0.25, c: 5 }, // ρ = 0.80, the scenario file as written
  { lambda: 0.5, mu: 0.125, c: 6 }, // ρ ≈ 0.67
  { lambda: 0.9, mu: 1, c: 1 }, // ρ = 0.90, M/M/1
  { lambda: 4, mu: 0.2, c: 22 }, // ρ ≈ 0.91, a large contact centre
];

describe('M/M/c against Erlang C', () => {
  for (const { lambda, mu, c } of SETTINGS) {
    const theory = erlangC(lambda, mu, c);
    const label = `λ=${lambda}/min, μ=${mu}/min, c=${c} (ρ=${theory.utilisation.toFixed(2)})`;

    it(`${label}: mean wait, probability of waiting and Little's law agree with theory`, () => {
      const result = runScenario(mmc(lambda, mu, c));
      const m = result.summary.metrics;
      const wait = m['firstResponse.mean']!;
      const pWait = m['wait.probability']!;
      expect(wait.n).toBe(10);
      expect(Math.abs(wait.mean - theory.meanWait)).toBeLessThanOrEqual(wait.ci);
      expect(Math.abs(pWait.mean - theory.probabilityOfWaiting)).toBeLessThanOrEqual(pWait.ci);
      // The CI must be tight enough to mean something: within 15% of the value.
      expect(wait.ci / theory.meanWait).toBeLessThan(0.15);
      // Little's law, Lq = λ Wq, on the measured quantities of the same runs.
      const measuredLambda = m['messages.perDay']!.mean / 1440;
      const lq = m['unit.agents.meanBacklog']!.mean;
      expect(Math.abs(lq - measuredLambda * wait.mean) / lq).toBeLessThan(0.02);
      // Utilisation is the offered load per server.
      expect(Math.abs(m['unit.agents.utilisation']!.mean - theory.utilisation)).toBeLessThan(0.01);
    });
  }

  it('a queue made 10% slower than theory would be caught', () => {
    const theory = erlangC(1, 0.25, 5);
    const slower = mmc(1, 0.25 / 1.1, 5); // the test above must fail for a wrong service rate
    const wait = runScenario(slower).summary.metrics['firstResponse.mean']!;
    expect(Math.abs(wait.mean - theory.meanWait)).toBeGreaterThan(wait.ci);
  });
});

describe('tandem stations against a Jackson network', () => {
  it('the mean time through desk then experts is the sum of their M/M/c sojourns', () => {
    const s = loadFile(scenarioPath('tandem-jackson.yaml'));
    const expected = jacksonTandemSojourn(0.5, [
      { mu: 1 / 1.2, c: 1 },
      { mu: 1 / 3, c: 2 },
    ]);
    const sojourn = runScenario(s).summary.metrics['resolution.mean']!;
    expect(Math.abs(sojourn.mean - expected)).toBeLessThanOrEqual(sojourn.ci);
    expect(sojourn.ci / expected).toBeLessThan(0.1);
  });
});
