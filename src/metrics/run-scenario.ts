/**
 * Runs a scenario's replications and summarises them. The same function serves the CLI, the
 * worker and the tests, so every surface shows the same numbers for the same scenario and seed.
 */
import { deriveSeed } from '../engine/random';
import { compileScenario } from '../model/compile';
import { Simulation } from '../model/simulation';
import type { CompiledModel } from '../model/compiled';
import type { MessageObserver } from '../model/trace';
import type { Scenario } from '../scenario/load';
import { aggregate, type RunInfo, type Summary } from './aggregate';
import { measureRun, type RunMetrics } from './run-metrics';

/** Seed of replication r: independent streams derived from the scenario seed. */
export function replicationSeed(seed: number, replication: number): number {
  return deriveSeed(seed, replication);
}

/**
 * Compiled models by scenario: replications of one scenario share its model (a simulation only
 * reads it). Besides saving the compilation, this keeps V8's optimised code valid from one
 * replication to the next: that code embeds the model's samplers, and a fresh model per
 * replication made it be thrown away and compiled again each time. A scenario is not changed once
 * run (loaded files are frozen, levers make new objects), so its model never goes stale.
 */
const compiled = new WeakMap<Scenario, CompiledModel>();

function compiledModel(scenario: Scenario): CompiledModel {
  let model = compiled.get(scenario);
  if (!model) compiled.set(scenario, (model = compileScenario(scenario)));
  return model;
}

/**
 * Milliseconds this thread has spent simulating and measuring replications (wall clock): the
 * benchmark's split of where a user's wait goes. Never part of a result.
 */
export const replicationTime = { simulating: 0, measuring: 0 };

/** Runs one replication and measures it; `observe` may attach an observer to the compiled model. */
export function runReplication(scenario: Scenario, replication: number, observe?: (model: CompiledModel) => MessageObserver): { metrics: RunMetrics; info: RunInfo } {
  const seed = replicationSeed(scenario.run.seed, replication);
  const model = compiledModel(scenario);
  const sim = new Simulation(model, seed);
  if (observe) sim.observer = observe(model);
  const started = performance.now();
  sim.run();
  const simulated = performance.now();
  const metrics = measureRun(sim);
  sim.recycle(); // the metrics are copies: the next replication reuses the records' memory
  replicationTime.simulating += simulated - started;
  replicationTime.measuring += performance.now() - simulated;
  return { metrics, info: { replication, seed, events: metrics.events, stopReason: metrics.stopReason } };
}

export interface ScenarioResult {
  id: string;
  company: string;
  organisation: string;
  /** Currency of every cost (the company's). */
  currency: string;
  seed: number;
  replications: number;
  horizonDays: number;
  warmupDays: number;
  summary: Summary;
}

export function summarise(scenario: Scenario, runs: { metrics: RunMetrics; info: RunInfo }[]): ScenarioResult {
  return {
    id: scenario.organisation.id,
    company: scenario.company.id,
    organisation: scenario.organisation.id,
    currency: scenario.company.currency,
    seed: scenario.run.seed,
    replications: runs.length,
    horizonDays: scenario.run.horizonDays,
    warmupDays: scenario.run.warmupDays,
    summary: aggregate(runs.map((r) => r.metrics), runs.map((r) => r.info)),
  };
}

/** Runs every replication in this thread (the CLI spreads them over worker threads instead). */
export function runScenario(scenario: Scenario, onReplication?: (done: number, total: number) => void): ScenarioResult {
  const runs = [];
  for (let r = 0; r < scenario.run.replications; r++) {
    runs.push(runReplication(scenario, r));
    onReplication?.(r + 1, scenario.run.replications);
  }
  return summarise(scenario, runs);
}
