/**
 * The memory guarantee (#15, #19): a run within every documented limit never exhausts memory. The
 * case found by attack — the group's funnel at ten times the volume for 366 days, 6 GB and a V8
 * crash after three minutes — must stop cleanly at its memory budget and say which setting to
 * change. Tested with a small budget, so it stops after a few thousand messages instead of millions.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/cli/files';
import { measureRun } from '../src/metrics/run-metrics';
import { compileScenario } from '../src/model/compile';
import { MessageTable } from '../src/model/records';
import { Simulation } from '../src/model/simulation';
import { memoryEstimate } from '../src/model/memory-budget';
import { applyLevers, NEUTRAL_LEVERS } from '../src/scenario/levers';
import type { Scenario } from '../src/scenario/load';
import { preset } from './helpers/presets';
import { loadFile, scenarioPath } from './helpers/scenarios';

const MB = 2 ** 20;

/** The attacked case: the group's funnel, ten times the volume, a whole year, one replication. */
function groupAtTenTimes(run: Record<string, number> = {}): Scenario {
  return applyLevers(preset('group', 'funnel', { horizonDays: 366, replications: 1, ...run }), { ...NEUTRAL_LEVERS, volume: 10 });
}

/** With a proactive campaign that brings replies every hour on top. */
function withCampaign(scenario: Scenario): Scenario {
  scenario.organisation.tasks.push({
    id: 'campaign', unit: 'communication', everyHours: 1, effort: { dist: 'deterministic', value: 5 }, animates: [],
    replies: { public: 'customers', channel: 'facebook', intent: 'question', topic: 'order_delivery', expected: 200 },
  });
  return scenario;
}

function run(scenario: Scenario): Simulation {
  return new Simulation(compileScenario(scenario), 1).run(); // run() checks conservation
}

describe('the memory budget', () => {
  it('stops the attacked run cleanly at its budget, before the horizon, with every message accounted for', () => {
    const sim = run(groupAtTenTimes({ memoryBudgetMB: 2 }));
    expect(sim.stopReason).toBe('memory');
    expect(sim.kernel.now).toBeLessThan(sim.model.horizon);
    // The records, their measuring, the backlog's tasks and the pending events stay within the budget.
    expect(memoryEstimate(sim)).toBeLessThanOrEqual(2 * MB);
    expect(sim.messages.count).toBeGreaterThan(1000);
    const { values, stopReason } = measureRun(sim);
    expect(stopReason).toBe('memory');
    // Rates are per simulated day, not per day of the horizon the run never reached.
    expect(values['messages.perDay']! * (sim.kernel.now / 1440)).toBeCloseTo(values['messages.arrived']!, 6);
  });

  it('stops a run with proactive campaigns, and one with an event budget below the default, the same way', () => {
    const campaign = withCampaign(groupAtTenTimes({ memoryBudgetMB: 2 }));
    expect(run(campaign).stopReason).toBe('memory');
    expect(run(groupAtTenTimes({ memoryBudgetMB: 2, eventBudget: 5_000_000 })).stopReason).toBe('memory');
  });

  it('stops at the message table\'s share of the budget when the backlog stays small', () => {
    // Five agents around the clock keep up with their calls (M/M/5, ρ = 0.8): messages, not the
    // backlog, fill the budget, and the table stops the run when it is full.
    const sim = run(loadFile(scenarioPath('mmc-erlang.yaml'), { horizonDays: 366, warmupDays: 0, memoryBudgetMB: 2 }));
    expect(sim.stopReason).toBe('memory');
    expect(memoryEstimate(sim)).toBeLessThanOrEqual(2 * MB);
    expect(sim.messages.count).toBeGreaterThan(0.95 * Math.floor((0.9 * 2 * MB) / (MessageTable.ROW_BYTES + 36)) - 1024);
  });

  it('leaves a run within its budget untouched (same figures with a budget of 4000 MB)', () => {
    const small = preset('sme', 'funnel', { replications: 1 });
    const large = preset('sme', 'funnel', { replications: 1, memoryBudgetMB: 4000 });
    const a = run(small), b = run(large);
    expect([a.stopReason, b.stopReason]).not.toContain('memory');
    expect(measureRun(a).values).toEqual(measureRun(b).values);
  });
});

describe('the command line at the memory budget', () => {
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
  it('exits 3 without a stack trace and names the setting to change', () => {
    const r = spawnSync(tsx, ['src/cli/compare.ts', 'group', '--orgs', 'funnel', '--days', '366', '--replications', '1', '--levers', 'volume:10', '--memory-budget', '2', '--threads', '1'], {
      cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000,
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/memory budget/);
    expect(r.stderr).toMatch(/run\.memoryBudgetMB/);
    expect(r.stderr).toMatch(/--memory-budget/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a budget beyond the documented limit with exit code 2', () => {
    const r = spawnSync(tsx, ['src/cli/compare.ts', 'group', '--orgs', 'funnel', '--memory-budget', '999999'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--memory-budget/);
  });
});
