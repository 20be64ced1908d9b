/**
 * Equal-service sizing and volume sweeps against what theory and common sense say: the least
 * number of agents on the M/M/c queue is Erlang C's answer; more people never worsen service and
 * more volume never improves it (same seeds, beyond noise); shards merge into the single run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, fileResolver } from '../src/cli/files';
import { loadComparison } from '../src/scenario/comparison';
import { loadScenario, type Scenario } from '../src/scenario/load';
import { erlangStaffing } from '../src/study/erlang-start';
import { estimateOf, inThreadEvaluator, pairedDifference, RunCache } from '../src/study/evaluate';
import { sizeOrganisation } from '../src/study/size';
import { mergeSizing, runSizing, type SizingSettings } from '../src/study/sizing-study';
import { applyStaffing, staffGroups } from '../src/study/staffing';
import { finishSweep, mergeSweep, runSweepCells, type SweepSettings, type SweepShard } from '../src/study/sweep';
import { metricKey, readTargets, withTargetTimes } from '../src/study/target';

function mmc(callsPerMinute: number, id = 'mmc-agents'): Scenario {
  const loaded = loadScenario(readFileSync(join(REPO_ROOT, 'scenarios/mmc-erlang.yaml'), 'utf8'), 'mmc-erlang.yaml', fileResolver, { horizonDays: 8, warmupDays: 1 });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const s = structuredClone(loaded.value);
  s.company.publics[0]!.contactsPerMonth = callsPerMinute; // 43,200 callers: contacts a month = calls a minute
  s.organisation.id = id;
  return s;
}

const twentySeconds = readTargets('sla:0.8/20s').targets;
const checks = twentySeconds.map((t) => ({ key: metricKey(t), level: t.level }));
const replicating = { min: 4, max: 32 };

describe('sizing to a service target', () => {
  // Loads where Erlang C's answer is clear of the target on both sides (a fraction of a point
  // from 80% would need thousands of replications to call, for any method).
  it.each([0.5, 1, 1.5, 2.5])('finds Erlang C\'s least number of agents for four calls in five answered within 20 s, at %s calls a minute', async (rate) => {
    const scenario = withTargetTimes(mmc(rate), twentySeconds);
    const sized = await sizeOrganisation(scenario, { checks, replicating, evaluator: inThreadEvaluator });
    const erlang = erlangStaffing(rate * 4, 20 / 60, 4, 0.8); // handling: exponential, mean 4 min
    expect(sized.reachable).toBe(true);
    expect(sized.staffing['front:support']).toBe(erlang);
    expect(sized.groups[0]!.units).toEqual([{ id: 'agents', headcount: erlang }]);
    expect(sized.metrics['sla.attainment']!.mean - sized.metrics['sla.attainment']!.ci).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  it('says an organisation cannot reach the target when a channel nobody watches holds 30% of the messages, and why', async () => {
    const s = mmc(1);
    s.company.channels.push({ ...s.company.channels[0]!, id: 'facebook', kind: 'social_public', public: true, live: false });
    s.company.publics[0]!.channels = { phone: 0.7, facebook: 0.3 };
    s.organisation.routing.entry = { phone: 'agents', facebook: null };
    const sized = await sizeOrganisation(s, { checks: [{ key: 'sla.attainment', level: 0.8 }], replicating, evaluator: inThreadEvaluator });
    expect(sized.reachable).toBe(false);
    expect(sized.reason).toMatch(/unmonitored/);
  }, 120_000);
});

describe('monotonicity on the same seeds', () => {
  const sme = loadComparison('sme', ['coordinator', 'multi-team'], fileResolver, { horizonDays: 10 });
  if (!sme.ok) throw new Error(JSON.stringify(sme.issues));

  it('more people in a group never worsen the service level beyond noise', async () => {
    for (const scenario of sme.value) {
      const cache = new RunCache(inThreadEvaluator);
      const groups = staffGroups(scenario);
      const front = groups.find((g) => g.role === 'cm' || g.role === 'front')!;
      const at = (extra: number) => {
        const s = applyStaffing(scenario, { [front.id]: Math.max(1, Math.round(front.people)) + extra });
        return cache.get(`${scenario.organisation.id}|${extra}`, () => s, 5);
      };
      let previous = await at(0);
      for (const extra of [1, 2, 4]) {
        const next = await at(extra);
        const d = pairedDifference(next, previous, 'sla.attainment');
        expect(d.mean + d.ci, `${scenario.organisation.id} with ${extra} more in ${front.id}`).toBeGreaterThanOrEqual(0);
        previous = next;
      }
    }
  }, 120_000);

  it('more volume never improves the service level beyond noise, and the breaking volume is the first point below target', async () => {
    const settings: SweepSettings = { company: 'sme', organisations: ['coordinator', 'multi-team'], volumes: [0.5, 1, 2, 4], replications: 4, seed: 1, horizonDays: 10, target: 'sla:0.8', baseline: 'coordinator', hours: 'preset', currency: 'EUR' };
    const study = finishSweep(settings, await runSweepCells(sme.value, settings, { evaluator: inThreadEvaluator }));
    for (const o of study.organisations) {
      const sla = o.points.map((p) => p.metrics['sla.attainment']!);
      for (let i = 1; i < sla.length; i++) expect(sla[i]!.mean - sla[i]!.ci, `${o.organisation} at ×${o.points[i]!.volume}`).toBeLessThanOrEqual(sla[i - 1]!.mean + sla[i - 1]!.ci);
      const first = o.points.find((p) => p.metrics['sla.attainment']!.mean < 0.8);
      expect(o.breakingVolume).toBe(first ? first.volume : null);
      expect(o.points.every((p) => (p.versusBaseline !== undefined) === (o.organisation !== 'coordinator'))).toBe(true);
    }
  }, 120_000);
});

describe('shards', () => {
  const sme = loadComparison('sme', ['funnel', 'coordinator', 'multi-team'], fileResolver, { horizonDays: 7 });
  if (!sme.ok) throw new Error(JSON.stringify(sme.issues));

  it('merge into exactly the single run of a sweep, whatever the number of shards', async () => {
    const settings: SweepSettings = { company: 'sme', organisations: ['funnel', 'coordinator', 'multi-team'], volumes: [0.5, 1, 2], replications: 2, seed: 3, horizonDays: 7, target: 'sla:0.7', baseline: 'funnel', hours: 'preset', currency: 'EUR' };
    const single = JSON.stringify(finishSweep(settings, await runSweepCells(sme.value, settings, { evaluator: inThreadEvaluator })));
    for (const count of [2, 4]) {
      const shards: SweepShard[] = [];
      for (let index = 1; index <= count; index++) {
        const shard = { index, count };
        shards.push({ kind: 'sweep-shard' as const, settings, shard, cells: await runSweepCells(sme.value, settings, { evaluator: inThreadEvaluator, shard }) });
      }
      expect(JSON.stringify(mergeSweep(shards.reverse()))).toBe(single);
      expect(() => mergeSweep(shards.slice(1))).toThrow(/run the missing shards/);
    }
  }, 120_000);

  it('merge into exactly the single run of a sizing study', async () => {
    const scenarios = [mmc(0.5, 'small'), mmc(1, 'large')];
    const settings: SizingSettings = { company: 'mmc', organisations: ['small', 'large'], target: 'sla:0.8/20s', seed: 1, horizonDays: 8, replicating, replications: 3, baseline: 'small', hours: 'preset', currency: 'EUR' };
    const single = await runSizing(scenarios, settings, { evaluator: inThreadEvaluator });
    const parts = [];
    for (const index of [2, 1]) {
      const shard = { index, count: 2 };
      parts.push({ kind: 'sizing-shard' as const, settings, shard, results: await runSizing(scenarios, settings, { evaluator: inThreadEvaluator, shard }) });
    }
    expect(JSON.stringify(mergeSizing(parts))).toBe(JSON.stringify({ kind: 'sizing', settings, results: single }));
    expect(single.map((r) => r.staffing['front:support'])).toEqual([4, 7]);
  }, 120_000);
});

describe('equal budget', () => {
  it('spends the baseline\'s staff money within a few percent, every group scaled by one factor', async () => {
    const sme = loadComparison('sme', ['funnel', 'coordinator'], fileResolver, { horizonDays: 7 });
    if (!sme.ok) throw new Error(JSON.stringify(sme.issues));
    const settings: SizingSettings = { company: 'sme', organisations: ['funnel', 'coordinator'], target: 'answered:0.3', seed: 1, horizonDays: 7, replicating: { min: 2, max: 4 }, replications: 3, baseline: 'funnel', hours: 'preset', currency: 'EUR' };
    const [funnel, coordinator] = await runSizing(sme.value, settings, { evaluator: inThreadEvaluator });
    const budget = funnel!.written.metrics['cost.staffPerMonth']!.mean;
    expect(coordinator!.equalBudget.metrics['cost.staffPerMonth']!.mean / budget).toBeCloseTo(1, 1);
    expect(coordinator!.equalBudget.factor).toBeLessThan(1); // the coordinator costs more as written
    const ratios = coordinator!.equalBudget.groups.map((g, i) => g.people / coordinator!.written.groups[i]!.people);
    // People are reported to a thousandth: small groups' ratios carry that rounding.
    for (const r of ratios) expect(Math.abs(r / coordinator!.equalBudget.factor - 1)).toBeLessThan(0.02);
    expect(estimateOf([], 'x').n).toBe(0);
  }, 120_000);
});
