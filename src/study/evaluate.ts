/**
 * Running the variants a study tries (a staffing, a volume) and judging them with confidence.
 *
 * Every variant runs replications 0, 1, 2… of the same seed: common random numbers, so two
 * staffings see the same customers and their difference is the organisation's, not the dice's.
 * An `Evaluator` runs replications somewhere (this thread, worker threads, Web Workers); results
 * depend only on the scenario and the replication, never on which thread ran it. Owns the
 * evaluator contract, the cache of runs per variant and the confidence rule.
 */
import type { Estimate } from '../metrics/aggregate';
import { runReplication } from '../metrics/run-scenario';
import { confidenceInterval } from '../metrics/stats';
import type { Scenario } from '../scenario/load';

/** One replication's figures (the run's flat values). */
export type RepValues = Record<string, number>;

export interface Evaluator {
  /** Runs the replications of a scenario; `key` names the scenario so a worker may keep it compiled. */
  run(key: string, scenario: Scenario, replications: readonly number[]): Promise<RepValues[]>;
}

/** Runs in the calling thread (tests, the browser's fallback). */
export const inThreadEvaluator: Evaluator = {
  async run(_key, scenario, replications) {
    return replications.map((r) => runReplication(scenario, r).metrics.values);
  },
};

/** Mean and 95% interval of one figure over replications (NaN mean when never measured). */
export function estimateOf(runs: readonly RepValues[], key: string): Estimate {
  const observed = runs.map((r) => r[key]).filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (observed.length === 0) return { mean: NaN, ci: 0, n: 0 };
  const { mean, halfWidth, n } = confidenceInterval(observed);
  return { mean, ci: halfWidth, n };
}

/** Paired difference a − b over the replications both measured (same seeds: the CI is tight). */
export function pairedDifference(a: readonly RepValues[], b: readonly RepValues[], key: string): Estimate {
  const diffs: RepValues[] = [];
  for (let r = 0; r < Math.min(a.length, b.length); r++) {
    const x = a[r]![key], y = b[r]![key];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) diffs.push({ d: x - y });
  }
  return estimateOf(diffs, 'd');
}

export interface Replicating {
  /** Replications run first for every variant. */
  min: number;
  /** Most replications a variant gets when its interval still straddles the target. */
  max: number;
}

/**
 * Runs of each variant by key, extended on demand: asking for more replications of a variant runs
 * only the missing ones. Counts the replications simulated, for the benchmark and the report.
 */
export class RunCache {
  private readonly runs = new Map<string, RepValues[]>();
  simulated = 0;

  constructor(private readonly evaluator: Evaluator) {}

  async get(key: string, scenario: () => Scenario, replications: number): Promise<RepValues[]> {
    const have = this.runs.get(key) ?? [];
    if (have.length < replications) {
      const missing = Array.from({ length: replications - have.length }, (_, i) => have.length + i);
      const more = await this.evaluator.run(key, scenario(), missing);
      this.simulated += more.length;
      this.runs.set(key, [...have, ...more]);
    }
    return this.runs.get(key)!.slice(0, replications);
  }
}

export interface Check {
  key: string;
  level: number;
}

export type Verdict = { meets: boolean; borderline: boolean; runs: RepValues[] };

/**
 * Whether a variant meets every check with 95% confidence: each figure's interval must lie above
 * its level. An interval that straddles a level earns more replications (doubling up to `max`);
 * still straddling at `max`, the variant does not meet — a staffing is never accepted because a
 * few lucky replications happened to look good.
 */
export async function judge(cache: RunCache, key: string, scenario: () => Scenario, checks: readonly Check[], reps: Replicating): Promise<Verdict> {
  for (let n = reps.min; ; n = Math.min(reps.max, n * 2)) {
    const runs = await cache.get(key, scenario, n);
    const estimates = checks.map((c) => ({ c, e: estimateOf(runs, c.key) }));
    const missed = estimates.some(({ c, e }) => !(e.mean + e.ci >= c.level) || e.n < n);
    const met = estimates.every(({ c, e }) => e.n === n && e.mean - e.ci >= c.level);
    if (met) return { meets: true, borderline: false, runs };
    if (missed) return { meets: false, borderline: false, runs };
    if (n >= reps.max) return { meets: false, borderline: true, runs };
  }
}

/** How far the variant falls short of its levels, summed (0 when every mean is above). */
export function shortfall(runs: readonly RepValues[], checks: readonly Check[]): number {
  return checks.reduce((s, c) => {
    const e = estimateOf(runs, c.key);
    return s + (Number.isFinite(e.mean) ? Math.max(0, c.level - e.mean) : c.level);
  }, 0);
}
