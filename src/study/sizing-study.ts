/**
 * A sizing study over several organisations of one company: each sized to the same service target
 * (equal service), and each run at the baseline's budget with its groups scaled in proportion
 * (equal budget), with paired differences against the baseline on the same seeds.
 *
 * Shared by `npm run size` and the app, so both give the same numbers for the same settings. A
 * study can be cut into shards (by organisation) and the shards merged into exactly the result of
 * a single run. Owns the study's settings, result shape, sharding and merging.
 */
import type { Estimate } from '../metrics/aggregate';
import type { Scenario } from '../scenario/load';
import { estimateOf, pairedDifference, RunCache, type Evaluator, type Replicating, type RepValues } from './evaluate';
import { describeGroups, reportedMetrics, sizeOrganisation, staffingKey, type GroupStaffing, type Progress, type Sized } from './size';
import { applyStaffing, scaledStaffing, staffGroups, writtenStaffing } from './staffing';
import { metricKey, readTargets, withTargetTimes } from './target';
import { inShard, type Shard } from './shard';

export interface SizingSettings {
  company: string;
  organisations: string[];
  /** Target text, e.g. "sla:0.8" (see target.ts). */
  target: string;
  seed: number;
  horizonDays: number;
  replicating: Replicating;
  /** Replications of the equal-budget runs and their paired differences. */
  replications: number;
  /** Organisation whose cost sets the budget (the funnel by default). */
  baseline: string;
  /** Opening hours of the units facing customers, as a lever. */
  hours: string;
  currency: string;
}

export interface EqualBudget {
  /** Every group's people multiplied by this factor to spend the baseline's money. */
  factor: number;
  groups: GroupStaffing[];
  metrics: Record<string, Estimate>;
  /** This organisation minus the baseline at its written staffing, same seeds. */
  versusBaseline: Record<string, Estimate>;
}

export interface SizedOrganisation extends Sized {
  /** The organisation as written: its people and figures before sizing. */
  written: { groups: GroupStaffing[]; metrics: Record<string, Estimate> };
  equalBudget: EqualBudget;
}

export interface SizingStudy {
  kind: 'sizing';
  settings: SizingSettings;
  results: SizedOrganisation[];
}

export interface SizingShard {
  kind: 'sizing-shard';
  settings: SizingSettings;
  shard: Shard;
  results: SizedOrganisation[];
}

/** Figures the equal-budget comparison differences (service and cost). */
export const PAIRED_KEYS = ['sla.attainment', 'coverage.answered', 'coverage.public', 'resolvedWithin.1d', 'quality.correct', 'cost.perResolved', 'cost.staffPerMonth', 'cost.fte'];

export interface SizingRun {
  evaluator: Evaluator;
  onProgress?: (p: Progress) => void;
  /** Each organisation as it is finished (the app shows them as they come). */
  onResult?: (r: SizedOrganisation) => void;
  cancelled?: () => boolean;
  shard?: Shard;
}

/**
 * Sizes each organisation (scenarios in the order of settings.organisations, already loaded with
 * the study's seed, horizon and hours). Organisations run one after another, each one's
 * replications spread over the evaluator's threads.
 */
export async function runSizing(scenarios: readonly Scenario[], settings: SizingSettings, run: SizingRun): Promise<SizedOrganisation[]> {
  const { targets } = readTargets(settings.target);
  const checks = targets.map((t) => ({ key: metricKey(t), level: t.level }));
  const timed = scenarios.map((s) => withTargetTimes(s, targets));
  const baselineIndex = Math.max(0, settings.organisations.indexOf(settings.baseline));
  const budgetCache = new RunCache(run.evaluator);
  const writtenRuns = (s: Scenario) => budgetCache.get(`${s.organisation.id}|written`, () => s, settings.replications);
  const baseline = timed[baselineIndex]!;
  const results: SizedOrganisation[] = [];
  for (let i = 0; i < timed.length; i++) {
    if (run.shard && !inShard(i, run.shard)) continue;
    if (run.cancelled?.()) break;
    const base = timed[i]!;
    const sized = await sizeOrganisation(base, { checks, replicating: settings.replicating, evaluator: run.evaluator, onProgress: run.onProgress, cancelled: run.cancelled });
    const groups = staffGroups(base);
    const own = await writtenRuns(base);
    const baselineRuns = await writtenRuns(baseline);
    const equalBudget = await atBudget(base, own, baselineRuns, budgetCache, settings.replications);
    const result: SizedOrganisation = {
      ...sized,
      written: { groups: describeGroups(base, groups, writtenStaffing(groups)), metrics: reportedMetrics(own, checks.map((c) => c.key)) },
      equalBudget,
    };
    results.push(result);
    run.onResult?.(result);
  }
  return results;
}

/**
 * The organisation at the baseline's staff cost: every group scaled by one factor. Costs of people
 * paid for time worked are not linear in headcount, so the factor is corrected once from the
 * measured cost of the first guess.
 */
async function atBudget(base: Scenario, own: RepValues[], baselineRuns: RepValues[], cache: RunCache, replications: number): Promise<EqualBudget> {
  const groups = staffGroups(base);
  const budget = estimateOf(baselineRuns, 'cost.staffPerMonth').mean;
  const costOf = (runs: RepValues[]) => estimateOf(runs, 'cost.staffPerMonth').mean;
  const runAt = (factor: number) => {
    const staffing = scaledStaffing(groups, factor);
    return cache.get(`${base.organisation.id}|budget|${staffingKey(staffing)}`, () => applyStaffing(base, staffing), replications);
  };
  let factor = costOf(own) > 0 ? budget / costOf(own) : 1;
  let runs = await runAt(factor);
  if (costOf(runs) > 0) {
    factor *= budget / costOf(runs);
    runs = await runAt(factor);
  }
  return {
    factor: Math.round(factor * 1e4) / 1e4,
    groups: describeGroups(base, groups, scaledStaffing(groups, factor)),
    metrics: reportedMetrics(runs),
    versusBaseline: Object.fromEntries(PAIRED_KEYS.map((k) => [k, pairedDifference(runs, baselineRuns, k)])),
  };
}

/** Merges shards of one study into the result a single run gives; names what does not fit. */
export function mergeSizing(shards: readonly SizingShard[]): SizingStudy {
  const settings = shards[0]!.settings;
  for (const s of shards) if (JSON.stringify(s.settings) !== JSON.stringify(settings)) throw new Error('the shards come from studies with different settings; run every shard with the same options');
  const byOrg = new Map(shards.flatMap((s) => s.results.map((r) => [r.organisation, r] as const)));
  const missing = settings.organisations.filter((o) => !byOrg.has(o));
  if (missing.length) throw new Error(`no shard holds ${missing.join(', ')}: run the missing shards (--shard k/${shards[0]!.shard.count}) and merge them all`);
  return { kind: 'sizing', settings, results: settings.organisations.map((o) => byOrg.get(o)!) };
}
