/**
 * Our engine on the M/M/c scenario: scenarios/mmc-erlang.yaml loaded through the real pipeline
 * (loadScenario → compileScenario → new Simulation(model, seed).run()), run long enough for the
 * requested number of customers.
 *
 * Events are the kernel's own count (sim.kernel.eventsFired): one arrival and one service end per
 * customer, plus the model's bookkeeping events (an hourly time-series sample, the warm-up end).
 * Record memory: the warm-up runs recycle their tables (buffer-pool.ts), so the timed run reuses
 * them as a thread's second and later replications do; `engineCold` skips that, so its timed run
 * pays for fresh memory as a thread's first replication does.
 * The wait of a message is firstResponse − arrival (a live call's first response is the moment an
 * agent picks it up), read from the message table after the run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MINUTES_PER_DAY } from '../../src/engine/calendar';
import { compileScenario } from '../../src/model/compile';
import { checkConservation } from '../../src/model/conservation';
import type { CompiledModel } from '../../src/model/compiled';
import { Simulation } from '../../src/model/simulation';
import { loadScenario } from '../../src/scenario/load';
import { LIMITS } from '../../src/scenario/limits';
import { keepAlive, stopwatch, type MmcParams, type MmcResult } from './mmc-common';

const SCENARIO_FILE = fileURLToPath(new URL('../../scenarios/mmc-erlang.yaml', import.meta.url));

export interface PreparedEngineModel {
  model: CompiledModel;
  horizonDays: number;
  /** True when horizonDays exceeded LIMITS.horizonDays and model.horizon was set directly. */
  horizonOverridden: boolean;
  /** Milliseconds to read, parse, validate and compile the scenario (not part of the timed run). */
  loadMs: number;
}

/**
 * Loads and compiles the scenario with a horizon long enough that at least `p.customers` arrive
 * (the Poisson count's mean is set 5 standard deviations above it: +0.5 % at 10^6; horizonDays may
 * be fractional), and checks that the file describes the queue the other implementations simulate.
 */
export function prepareEngineModel(p: MmcParams): PreparedEngineModel {
  const start = performance.now();
  const minutes = (p.customers + 5 * Math.sqrt(p.customers)) / p.lambda;
  const horizonDays = Math.max(minutes, 2 * p.warmup) / MINUTES_PER_DAY;
  const loadableDays = Math.min(horizonDays, LIMITS.horizonDays);
  const eventBudget = Math.min(500_000_000, Math.max(50_000_000, 4 * p.customers));
  const text = readFileSync(SCENARIO_FILE, 'utf8');
  const loaded = loadScenario(text, 'mmc-erlang.yaml', () => undefined, {
    horizonDays: loadableDays,
    warmupDays: p.warmup / MINUTES_PER_DAY,
    eventBudget,
  });
  if (!loaded.ok) throw new Error(`mmc-erlang.yaml did not load: ${loaded.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);

  const unit = loaded.value.organisation.units[0]!;
  if (unit.headcount !== p.servers || unit.handling.dist !== 'exponential' || unit.handling.mean !== p.meanService) {
    throw new Error('mmc-erlang.yaml no longer describes the benchmarked M/M/c queue (c, service distribution or mean changed)');
  }
  const model = compileScenario(loaded.value);
  const rate = model.streams.reduce((sum, s) => sum + s.rate.meanPerMinute, 0);
  if (Math.abs(rate - p.lambda) > 1e-9 * p.lambda) throw new Error(`mmc-erlang.yaml arrival rate is ${rate}/min, the benchmark expects ${p.lambda}/min`);

  // The scenario schema caps horizonDays at LIMITS.horizonDays (366) to keep interactive runs
  // bounded; 10^6 customers at 1/min need ~700 days. The compiled model is a plain object read by
  // the Simulation constructor, so the horizon (minutes) is set on it directly, before any run.
  const horizonOverridden = horizonDays > loadableDays;
  if (horizonOverridden) model.horizon = horizonDays * MINUTES_PER_DAY;
  return { model, horizonDays, horizonOverridden, loadMs: performance.now() - start };
}

/**
 * Untimed warm-up on the model the timed run will use, stopped after about `customers` arrivals.
 * The same model object matters: optimised code embeds the model's samplers and rates as
 * constants, so warming up on another model would leave code that is thrown away (deoptimised,
 * "weak objects") as soon as that model is collected, and the timed run would pay for V8
 * compiling it all again.
 */
export function warmUpEngineMmc(prepared: PreparedEngineModel, customers: number, seed: number, recycle: boolean): void {
  const sim = new Simulation(prepared.model, seed);
  keepAlive(sim);
  sim.start();
  sim.advance(2 * customers);
  // The run never reaches its horizon here, so the check that ends every run is called directly:
  // the timed run's check then runs compiled, as in every replication after a thread's first.
  checkConservation(sim);
  // As runReplication does once a replication is measured: the timed run then writes its records
  // into memory already touched, like every replication after a thread's first.
  if (recycle) sim.recycle();
}

export function runEngineMmc(prepared: PreparedEngineModel, p: MmcParams, seed: number): MmcResult {
  const stop = stopwatch();
  const sim = new Simulation(prepared.model, seed);
  keepAlive(sim);
  sim.run();
  const { wallMs, cpuMs } = stop();
  if (sim.stopReason !== 'horizon') throw new Error(`engine run stopped early (${sim.stopReason})`);

  const { measured, waited, totalWait, unserved } = waits(sim.messages.arrival, sim.messages.firstResponse, sim.messages.count, p.warmup);
  return {
    customers: sim.messages.count,
    events: sim.kernel.eventsFired,
    wallMs,
    cpuMs,
    measured,
    meanWait: totalWait / measured,
    probabilityOfWaiting: waited / measured,
    unserved,
  };
}

/**
 * Wait statistics from the message table (untimed). A function of plain arrays and numbers, so it
 * compiles the same way whatever the engine's code looks like: the instruction counts of
 * count-instructions.sh, which include this loop, then move only with the engine.
 */
function waits(arrival: Float64Array, firstResponse: Float64Array, count: number, warmup: number) {
  let measured = 0, waited = 0, totalWait = 0, unserved = 0;
  for (let m = 0; m < count; m++) {
    const response = firstResponse[m]!;
    if (Number.isNaN(response)) { unserved++; continue; } // still queued when the horizon came
    const a = arrival[m]!;
    if (a < warmup) continue;
    const wait = response - a;
    measured++;
    totalWait += wait;
    if (wait > 0) waited++;
  }
  return { measured, waited, totalWait, unserved };
}
