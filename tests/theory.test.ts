/**
 * The engine against queueing theory: an M/M/c queue must reproduce Erlang C (mean wait and
 * probability of waiting) within the 95% confidence interval of its replications, Little's law
 * must hold on the same runs, and two stations in tandem must match the Jackson-network sojourn.
 */
import { describe, expect, it } from 'vitest';
import { erlangC, jacksonTandemSojourn, priorityWaits } from '../src/metrics/queueing-theory';
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

describe('calls before e-mail against the non-preemptive priority M/M/c formula (Cobham)', () => {
  // Five agents take calls (0.4/min) and e-mails (0.6/min), both handled in 4 minutes on average.
  const [lambdaCall, lambdaMail, mu, c] = [0.4, 0.6, 0.25, 5];
  function callsAndMail(priorities: { phone?: number; email?: number }): Scenario {
    const s = mmc(lambdaCall + lambdaMail, mu, c);
    s.company.channels.push({ ...s.company.channels[0]!, id: 'email', kind: 'email', live: false });
    s.company.channels[0]!.priority = priorities.phone;
    s.company.channels[1]!.priority = priorities.email;
    s.company.publics[0]!.channels = { phone: lambdaCall, email: lambdaMail };
    s.organisation.routing.entry.email = 'agents';
    return s;
  }
  /** Mean wait in queue of each channel: a call's first response is its pick-up, an e-mail's its answer. */
  function waits(s: Scenario) {
    const m = runScenario(s).summary.metrics;
    const call = m['channel.phone.firstResponse.mean']!, mail = m['channel.email.firstResponse.mean']!;
    return { call, mail: { mean: mail.mean - 1 / mu, ci: mail.ci } };
  }

  it('with the default priorities, calls wait the first class\'s Cobham wait and e-mails the second\'s', () => {
    const [callTheory, mailTheory] = priorityWaits([lambdaCall, lambdaMail], mu, c);
    const { call, mail } = waits(callsAndMail({}));
    expect(Math.abs(call.mean - callTheory!)).toBeLessThanOrEqual(call.ci);
    expect(Math.abs(mail.mean - mailTheory!)).toBeLessThanOrEqual(mail.ci);
    expect(call.ci / callTheory!).toBeLessThan(0.15);
    // Calls wait well under the first-come-first-served wait, e-mails well over it.
    expect(callTheory! / erlangC(1, mu, c).meanWait).toBeLessThan(0.35);
  });

  it('with one priority for both channels, each waits the Erlang C wait of the merged queue', () => {
    const fifo = erlangC(lambdaCall + lambdaMail, mu, c).meanWait;
    const { call, mail } = waits(callsAndMail({ phone: 2, email: 2 }));
    expect(Math.abs(call.mean - fifo)).toBeLessThanOrEqual(call.ci);
    expect(Math.abs(mail.mean - fifo)).toBeLessThanOrEqual(mail.ci);
  });

  it('the formula reduces to Erlang C for one class', () => {
    expect(priorityWaits([1], 0.25, 5)[0]).toBeCloseTo(erlangC(1, 0.25, 5).meanWait, 12);
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
